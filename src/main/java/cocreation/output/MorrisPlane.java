package cocreation.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The Morris mu*-sigma plane (Morris 1991; Campolongo, Cariboni & Saltelli 2007): each factor a
 * point at its mu* (with the bootstrap interval as a horizontal bar) and sigma. Far right means a
 * large effect; high up means the effect varies with the other factors (interaction or nonlinearity).
 * The dashed line sigma = mu* separates mostly monotonic effects (below) from effects whose sign or
 * size depends on the others (above); a dotted vertical line marks the mu* that noise alone gives.
 * The factors with the largest mu* (beyond twice the noise) are labelled, without the prefix all share.
 */
public final class MorrisPlane {
    private static final int LABELLED = 8;

    private MorrisPlane() {
    }

    /** One factor's point: its name, mu*, the half-width of mu*'s interval, and sigma. */
    public record Point(String factor, double muStar, double conf, double sigma) {
    }

    public static JFreeChart build(String title, List<Point> points, double noise) {
        XYIntervalSeries s = new XYIntervalSeries("factors");
        double max = 0;
        for (Point p : points) {
            if (Double.isNaN(p.muStar()) || Double.isNaN(p.sigma())) continue;
            double c = Double.isNaN(p.conf()) ? 0 : p.conf();
            s.add(p.muStar(), Math.max(0, p.muStar() - c), p.muStar() + c, p.sigma(), p.sigma(), p.sigma());
            max = Math.max(max, Math.max(p.muStar() + c, p.sigma()));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDefaultLinesVisible(false);
        r.setSeriesPaint(0, Charts.color(0));
        r.setErrorPaint(Color.GRAY);
        NumberAxis x = new NumberAxis("mu* (mean absolute effect of moving the factor over its range)");
        NumberAxis y = new NumberAxis("sigma (spread of the effects)");
        Charts.styleAxis(x);
        Charts.styleAxis(y);
        double top = max > 0 ? max * 1.1 : 1;
        x.setRange(0, top);
        y.setRange(0, top);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setDomainGridlinePaint(Charts.gridPaint());
        plot.setRangeGridlinePaint(Charts.gridPaint());
        plot.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(0, 0, top, top,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f), Color.GRAY));
        if (noise > 0 && Double.isFinite(noise)) {
            ValueMarker m = new ValueMarker(noise, Color.DARK_GRAY,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
            m.setLabel("noise alone");
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m);
        }
        Point[] ranked = points.stream().filter(p -> !Double.isNaN(p.muStar()) && !Double.isNaN(p.sigma()))
                .filter(p -> !(noise > 0) || p.muStar() > 2 * noise) // points in the noise stay unnamed: their names would pile up
                .sorted((a, b) -> Double.compare(b.muStar(), a.muStar())).toArray(Point[]::new);
        String prefix = commonPrefix(points);
        for (Point p : Arrays.copyOf(ranked, Math.min(LABELLED, ranked.length))) {
            boolean right = p.muStar() > top / 2;
            String name = p.factor().substring(prefix.length());
            XYTextAnnotation label = new XYTextAnnotation(right ? name + " " : " " + name, p.muStar(), p.sigma());
            label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            label.setTextAnchor(right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        JFreeChart chart = new JFreeChart(title, Charts.TITLE_FONT, plot, false);
        Charts.styleChart(chart);
        return chart;
    }

    /** The dotted prefix all factors share ("arenas[0].facilitation."), left out of the labels; empty if none. */
    public static String commonPrefix(List<Point> points) {
        if (points.size() < 2) return "";
        String first = points.get(0).factor();
        int end = first.lastIndexOf('.') + 1;
        for (Point p : points)
            while (end > 0 && !p.factor().startsWith(first.substring(0, end))) end = first.lastIndexOf('.', end - 2) + 1;
        return first.substring(0, end);
    }

    /** Writes base.png and base.svg atomically. */
    public static void writePngAndSvg(Path base, String title, List<Point> points, double noise) throws IOException {
        Charts.writePngAndSvg(base, build(title, points, noise), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
    }
}
