package cocreation.gui;

import cocreation.model.Role;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a person: shape by kind (citizen circle, official square, business diamond, association
 * triangle), colour by role and level, size by hierarchy, and a gold halo in a week they thought
 * slowly (System 2). Sizes are in field units, so zooming the display enlarges them.
 */
final class PersonPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final double HALO = 4.0;
    private static final Color OUTLINE = new Color(0x333333);
    private static final Color SELECTED = Color.RED;
    private final transient Path2D.Double path = new Path2D.Double();
    private final transient Stroke outline = new BasicStroke(1f);

    /** Half the size of a role's symbol, in field units. */
    static double radius(Role role) {
        switch (role) {
            case CITIZEN: return 2.2;
            case FRONTLINE: return 5.0;
            case MANAGER: return 6.5;
            case POLITICIAN: return 8.5;
            default: return 6.0;
        }
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Person p = (Person) object;
        if (p.isThinkingSlowlyThisWeek()) {
            // At least 3 pixels of gold around the symbol, so the halo still shows on a small display.
            double r = radius(p.actor.role) * info.draw.width, h = Math.max(r + HALO * info.draw.width, Math.max(r, 1.5) + 3);
            g.setColor(Palette.SYSTEM2);
            g.fillOval((int) (info.draw.x - h), (int) (info.draw.y - h), (int) (2 * h), (int) (2 * h));
        }
        drawSymbol(p.actor.role, g, info);
    }

    /** The role's symbol alone, centred at info.draw.x/y, info.draw.width pixels per field unit. */
    void drawSymbol(Role role, Graphics2D g, DrawInfo2D info) {
        double x = info.draw.x, y = info.draw.y, r = radius(role) * info.draw.width;
        g.setColor(Palette.role(role));
        if (role == Role.CITIZEN) {
            int d = Math.max(3, (int) Math.round(2 * r)); // 3 pixels at least: a citizen must be seen on a projector
            g.fillOval((int) Math.round(x - d / 2.0), (int) Math.round(y - d / 2.0), d, d);
            if (info.selected) {
                g.setColor(SELECTED);
                g.drawOval((int) (x - r - 2), (int) (y - r - 2), (int) (2 * r + 4), (int) (2 * r + 4));
            }
            return;
        }
        shape(role, x, y, r);
        g.fill(path);
        Stroke old = g.getStroke();
        g.setStroke(outline);
        g.setColor(info.selected ? SELECTED : OUTLINE);
        g.draw(path);
        g.setStroke(old);
    }

    private void shape(Role role, double x, double y, double r) {
        path.reset();
        switch (role.kind) {
            case OFFICIAL:
                path.moveTo(x - r, y - r);
                path.lineTo(x + r, y - r);
                path.lineTo(x + r, y + r);
                path.lineTo(x - r, y + r);
                break;
            default:
                if (role == Role.BUSINESS) {
                    path.moveTo(x, y - 1.25 * r);
                    path.lineTo(x + 1.25 * r, y);
                    path.lineTo(x, y + 1.25 * r);
                    path.lineTo(x - 1.25 * r, y);
                } else {
                    path.moveTo(x, y - 1.3 * r);
                    path.lineTo(x + 1.2 * r, y + r);
                    path.lineTo(x - 1.2 * r, y + r);
                }
        }
        path.closePath();
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double r = (radius(((Person) object).actor.role) + 1) * range.draw.width;
        return range.clip.intersects(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r);
    }
}
