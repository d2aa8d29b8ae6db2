package cocreation.gui;

import cocreation.model.Arena;
import cocreation.model.Metric;
import cocreation.model.Municipality;
import cocreation.model.Role;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Double2D;

/**
 * What the back row reads: the week in large type, the headline numbers (ideas put to use among
 * them), the sectors by the names the scenario gives them, an arena in session, and the legend. Drawn over the community, in field units, so it
 * scales with the display and appears in every snapshot.
 */
final class Caption extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private final transient CommunityView view;
    private final transient Texts texts;
    /** The title of the lesson now loaded. */
    private final transient Supplier<String> lesson;
    private final transient PersonPortrayal symbols = new PersonPortrayal();
    private int drawn;
    private int lastWeekDrawn = -1;

    Caption(CommunityView view, Supplier<String> lesson) {
        this.view = view;
        this.texts = view.texts;
        this.lesson = lesson;
        setField(view.space);
    }

    /** Number of distinct weeks drawn so far: the display's real frame rate, for measurements. */
    synchronized int weeksDrawn() {
        return drawn;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Municipality m = view.model();
        if (m == null || view.layout() == null) return;
        synchronized (this) {
            if (view.week() != lastWeekDrawn) {
                lastWeekDrawn = view.week();
                drawn++;
            }
        }
        Object aa = g.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Pen pen = new Pen(g, info);
        sectorLabels(pen);
        arenaLabels(pen, m);
        headline(pen, m);
        legend(pen, info);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, aa);
    }

    private void sectorLabels(Pen pen) {
        CommunityLayout layout = view.layout();
        int n = layout.sectors();
        for (int s = 0; s < n; s++) {
            String name = view.sectors().get(s);
            double angle = CommunityLayout.sectorAngle(s, n);
            double out = CommunityLayout.RING + layout.sectorRadius(s) + 28;
            double half = pen.width(name, 26, Font.BOLD) / 2 + 4;
            // Long names stay left of the legend and on the display.
            double x = Math.max(half, Math.min(CommunityLayout.LEGEND_X - 10 - half, CommunityLayout.CENTRE_X + out * Math.cos(angle)));
            double y = CommunityLayout.CENTRE_Y + out * Math.sin(angle) + 8;
            pen.centred(name, x, y, 26, Font.BOLD, Palette.MUTED);
        }
    }

    private void arenaLabels(Pen pen, Municipality m) {
        CommunityLayout layout = view.layout();
        for (Arena arena : m.arenas()) {
            if (arena.lastSessionWeek() != view.week() || view.week() == 0) continue;
            int n = arena.lastParticipants().length;
            Double2D c = layout.arenaCentre(arena.index);
            double r = layout.arenaRadius(n) + 12;
            pen.centred(texts.format("caption.arena", texts.name(arena.name()), n), c.x, c.y - r - 10, 24, Font.BOLD, Palette.TEXT);
        }
    }

    /** The lines of the headline block, in order: the week, the regime and lesson, then the numbers. */
    List<String> headlineLines(Municipality m, String lesson) {
        double[] row = view.row();
        List<String> lines = new ArrayList<>();
        lines.add(texts.format("caption.week", view.week()));
        lines.add(texts.format(view.week() == 0 ? "caption.regime.start" : "caption.regime", m.scenario().municipality.regime));
        lines.add(lesson);
        lines.add(texts.format("caption.system2", percent(row, Metric.SYSTEM2_SHARE)));
        lines.add(texts.format("caption.trust_within", number(row, Metric.TRUST_WITHIN)));
        lines.add(texts.format("caption.trust_between", number(row, Metric.TRUST_BETWEEN)));
        lines.add(texts.format("caption.cross_ties", percent(row, Metric.CROSS_SECTOR_TIE_SHARE)));
        lines.add(texts.format("caption.put_to_use", count(row, Metric.IDEAS_PUT_TO_USE)));
        lines.add(texts.format("caption.harmful", count(row, Metric.IDEAS_HARMFUL)));
        return lines;
    }

    private void headline(Pen pen, Municipality m) {
        List<String> lines = headlineLines(m, lesson.get());
        double x = CommunityLayout.LEGEND_X, y = 70;
        pen.text(lines.get(0), x, y, 64, Font.BOLD, Palette.TEXT);
        y += 38;
        pen.text(lines.get(1), x, y, 22, Font.PLAIN, Palette.MUTED);
        y = pen.wrapped(lines.get(2), x, y + 28, 22, CommunityLayout.WIDTH - x - 10, Palette.MUTED) + 46;
        pen.dot(x + 10, y - 9, 10, Palette.SYSTEM2);
        pen.text(lines.get(3), x + 30, y, 26, Font.BOLD, Palette.TEXT);
        for (int i = 4; i < 7; i++) pen.text(lines.get(i), x, y += i == 4 ? 36 : 32, 24, Font.PLAIN, Palette.TEXT);
        pen.text(lines.get(7), x, y += 34, 24, Font.BOLD, Palette.TEXT);
        pen.text(lines.get(8), x, y + 30, 22, Font.PLAIN, Palette.TEXT);
    }

    private void legend(Pen pen, DrawInfo2D info) {
        double x = CommunityLayout.LEGEND_X, y = 420, step = 36;
        pen.text(texts.get("legend.who"), x, y, 26, Font.BOLD, Palette.TEXT);
        Role[] roles = {Role.CITIZEN, Role.FRONTLINE, Role.MANAGER, Role.POLITICIAN, Role.BUSINESS, Role.ASSOCIATION};
        for (Role role : roles) {
            y += step;
            pen.symbol(symbols, role, x + 14, y - 8, 2.0);
            pen.text(texts.get("role." + role.label()), x + 44, y, 22, Font.PLAIN, Palette.TEXT);
        }
        y += step + 6;
        pen.dot(x + 14, y - 8, 15, Palette.SYSTEM2);
        pen.dot(x + 14, y - 8, 6, Palette.CITIZEN);
        pen.text(texts.get("legend.system2"), x + 44, y, 22, Font.PLAIN, Palette.TEXT);
        y += step + 10;
        pen.text(texts.get("legend.ties"), x, y, 26, Font.BOLD, Palette.TEXT);
        y += 30;
        for (int i = 0; i <= 40; i++) pen.line(x + 8 * i, y, x + 8 * i + 8, y, Palette.trustColour(i / 40.0), 16f);
        y += 34;
        pen.text(texts.get("legend.low"), x, y, 20, Font.PLAIN, Palette.TEXT);
        pen.centred(texts.get("legend.middling"), x + 164, y, 20, Font.PLAIN, Palette.TEXT);
        pen.text(texts.get("legend.high"), x + 328 - pen.width(texts.get("legend.high"), 20, Font.PLAIN), y, 20, Font.PLAIN, Palette.TEXT);
        y += step;
        pen.line(x, y - 8, x + 34, y - 8, Palette.tie(0.8, false), 4f);
        pen.text(texts.get("legend.within"), x + 44, y, 22, Font.PLAIN, Palette.TEXT);
        y += step - 4;
        pen.line(x, y - 8, x + 34, y - 8, Palette.tie(0.8, true), 4f);
        pen.text(texts.get("legend.across"), x + 44, y, 22, Font.PLAIN, Palette.TEXT);
        y += step;
        pen.circle(x + 16, y - 8, 14, Palette.ARENA, 2.5f);
        pen.text(texts.get("legend.arena"), x + 44, y, 22, Font.PLAIN, Palette.TEXT);
    }

    private String percent(double[] row, Metric metric) {
        return row == null || Double.isNaN(row[metric.ordinal()]) ? "-" : Math.round(100 * row[metric.ordinal()]) + " %";
    }

    private String number(double[] row, Metric metric) {
        return row == null || Double.isNaN(row[metric.ordinal()]) ? "-" : String.format(texts.language.numbers(), "%.2f", row[metric.ordinal()]);
    }

    private static String count(double[] row, Metric metric) {
        return row == null || Double.isNaN(row[metric.ordinal()]) ? "0" : String.valueOf((long) row[metric.ordinal()]);
    }

    /** Draws in field units on a display whose scale may change. */
    private static final class Pen {
        final Graphics2D g;
        final DrawInfo2D info;
        final double scale;

        Pen(Graphics2D g, DrawInfo2D info) {
            this.g = g;
            this.info = info;
            this.scale = info.draw.width / CommunityLayout.WIDTH;
        }

        double px(double x) {
            return info.draw.x + x * scale;
        }

        double py(double y) {
            return info.draw.y + y * scale;
        }

        Font font(double size, int style) {
            return new Font(Font.SANS_SERIF, style, Math.max(6, (int) Math.round(size * scale)));
        }

        /** A text's width in field units. */
        double width(String s, double size, int style) {
            return g.getFontMetrics(font(size, style)).stringWidth(s) / scale;
        }

        /** Plain text broken into lines no wider than {@code max}; returns the last line's baseline. */
        double wrapped(String s, double x, double y, double size, double max, Color c) {
            StringBuilder line = new StringBuilder();
            for (String word : s.split(" ")) {
                if (line.length() > 0 && width(line + " " + word, size, Font.PLAIN) > max) {
                    text(line.toString(), x, y, size, Font.PLAIN, c);
                    y += size * 1.25;
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            text(line.toString(), x, y, size, Font.PLAIN, c);
            return y;
        }

        /** Text from (x, y), made smaller if it would run off the display's right edge. */
        void text(String s, double x, double y, double size, int style, Color c) {
            double room = CommunityLayout.WIDTH - 6 - x, w = width(s, size, style);
            if (w > room) size *= room / w;
            g.setFont(font(size, style));
            g.setColor(c);
            g.drawString(s, (float) px(x), (float) py(y));
        }

        void centred(String s, double x, double y, double size, int style, Color c) {
            Font f = font(size, style);
            FontMetrics fm = g.getFontMetrics(f);
            g.setFont(f);
            double w = fm.stringWidth(s);
            // A white halo keeps a label readable over a dense cluster.
            g.setColor(new Color(255, 255, 255, 200));
            g.fillRect((int) (px(x) - w / 2 - 3), (int) (py(y) - fm.getAscent()), (int) w + 6, fm.getAscent() + fm.getDescent());
            g.setColor(c);
            g.drawString(s, (float) (px(x) - w / 2), (float) py(y));
        }

        void dot(double x, double y, double r, Color c) {
            g.setColor(c);
            g.fill(new Ellipse2D.Double(px(x) - r * scale, py(y) - r * scale, 2 * r * scale, 2 * r * scale));
        }

        void circle(double x, double y, double r, Color c, float width) {
            Stroke old = g.getStroke();
            g.setStroke(new BasicStroke(Math.max(1f, (float) (width * scale * 1.4))));
            g.setColor(c);
            g.draw(new Ellipse2D.Double(px(x) - r * scale, py(y) - r * scale, 2 * r * scale, 2 * r * scale));
            g.setStroke(old);
        }

        void line(double x1, double y1, double x2, double y2, Color c, float width) {
            Stroke old = g.getStroke();
            g.setStroke(new BasicStroke(Math.max(1f, (float) (width * scale)), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.setColor(c);
            g.draw(new Line2D.Double(px(x1), py(y1), px(x2), py(y2)));
            g.setStroke(old);
        }

        /** A role's symbol at a position, enlarged by {@code zoom}. */
        void symbol(PersonPortrayal p, Role role, double x, double y, double zoom) {
            DrawInfo2D at = new DrawInfo2D(info.gui, info.fieldPortrayal,
                    new java.awt.geom.Rectangle2D.Double(px(x), py(y), scale * zoom, scale * zoom), info.clip);
            p.drawSymbol(role, g, at);
        }
    }
}
