package cocreation.gui;

import java.awt.Graphics2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a tie as a one-pixel line coloured by trust (vermillion low, grey middling, blue high):
 * a pale tint within a sector, the full colour across sectors, so bridges between silos stand
 * out. Opaque one-pixel lines are Java2D's fast path; 20,000 of them are drawn every week.
 */
final class TiePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final boolean crossSector;

    TiePortrayal(boolean crossSector) {
        this.crossSector = crossSector;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        Tie tie = (Tie) ((Edge) object).info;
        g.setColor(Palette.tie(tie.trust, crossSector));
        g.drawLine((int) e.draw.x, (int) e.draw.y, (int) e.secondPoint.x, (int) e.secondPoint.y);
    }

    /** Ties are not picked by clicks: with 20,000 of them a click would hit hundreds; people are. */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
