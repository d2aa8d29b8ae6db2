package cocreation.gui;

import cocreation.model.Arena;
import cocreation.model.Municipality;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Double2D;

/**
 * The floor of an arena in session: a clear disc ringed in black in the middle of the ring,
 * drawn over the ties and under the people, so a gathering stands out from the back of the room.
 */
final class ArenaFloor extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color FLOOR = new Color(0xFFF8E7);
    private final transient CommunityView view;

    ArenaFloor(CommunityView view) {
        this.view = view;
        setField(view.space);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Municipality m = view.model();
        if (m == null || view.layout() == null || view.week() == 0) return;
        double scale = info.draw.width / CommunityLayout.WIDTH;
        for (Arena arena : m.arenas()) {
            if (arena.lastSessionWeek() != view.week()) continue;
            Double2D c = view.layout().arenaCentre(arena.index);
            double r = (view.layout().arenaRadius(arena.lastParticipants().length) + 12) * scale;
            Ellipse2D.Double disc = new Ellipse2D.Double(info.draw.x + c.x * scale - r, info.draw.y + c.y * scale - r, 2 * r, 2 * r);
            g.setColor(FLOOR);
            g.fill(disc);
            Stroke old = g.getStroke();
            g.setStroke(new BasicStroke(Math.max(2f, (float) (4 * scale))));
            g.setColor(Palette.ARENA);
            g.draw(disc);
            g.setStroke(old);
        }
    }
}
