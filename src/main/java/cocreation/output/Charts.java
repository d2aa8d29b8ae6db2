package cocreation.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;

/** Shared chart style (Okabe-Ito palette, white background, light grid) and PNG/SVG export. */
public final class Charts {
    /** Okabe-Ito colour-blind-safe palette, ordered for contrast on white (yellow last). */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xE69F00),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442));
    public static final int DEFAULT_WIDTH = 900;
    public static final int DEFAULT_HEIGHT = 500;

    static final Color GRID = new Color(0xDDDDDD);
    static final Color TEXT = new Color(0x222222);
    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final String ID_PLACEHOLDER = "__cocreationSvgId__";

    private Charts() {}

    /** Palette colour for series i (cycles). */
    public static Color color(int i) {
        return PALETTE.get(Math.floorMod(i, PALETTE.size()));
    }

    /** Thick line; dashed once the palette has cycled, so series stay distinguishable. */
    public static Stroke lineStroke(int i) {
        int cycle = Math.floorMod(i, PALETTE.size() * 3) / PALETTE.size();
        float[] dash = cycle == 0 ? null : cycle == 1 ? new float[] {8f, 5f} : new float[] {2f, 4f};
        return new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Applies title, background, legend and outline style common to all charts. */
    public static void styleChart(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setFont(TITLE_FONT);
            t.setPaint(TEXT);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemFont(LABEL_FONT);
            legend.setItemPaint(TEXT);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
    }

    public static void styleAxis(Axis axis) {
        if (axis instanceof org.jfree.chart.axis.NumberAxis n) n.setStandardTickUnits(new RootTicks());
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(Color.GRAY);
        axis.setTickMarkPaint(Color.GRAY);
    }

    public static Stroke gridStroke() {
        return new BasicStroke(1f);
    }

    public static Paint gridPaint() {
        return GRID;
    }

    public static byte[] toPng(JFreeChart chart, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, width, height);
        return out.toByteArray();
    }

    /**
     * An {@code <svg>} element (no XML prolog) for inline HTML. Internal ids (clip paths,
     * gradients) get a prefix derived from the content, so output is deterministic and several
     * different charts can share one HTML page.
     */
    public static String toSvg(JFreeChart chart, int width, int height) {
        return withIds(render(chart, width, height).getSVGElement());
    }

    /** A standalone SVG document (with XML prolog), deterministic. */
    public static String toSvgDocument(JFreeChart chart, int width, int height) {
        return withIds(render(chart, width, height).getSVGDocument());
    }

    /** Writes base.png and base.svg atomically (base is a path without extension). */
    public static void writePngAndSvg(Path base, JFreeChart chart, int width, int height) throws IOException {
        String name = base.getFileName().toString();
        AtomicFiles.write(base.resolveSibling(name + ".png"), toPng(chart, width, height));
        AtomicFiles.writeString(base.resolveSibling(name + ".svg"), toSvgDocument(chart, width, height));
    }

    private static SVGGraphics2D render(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(ID_PLACEHOLDER); // JFreeSVG's default uses System.nanoTime()
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        return g2;
    }

    private static String withIds(String svg) {
        String prefix = "c" + Hashing.sha256(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 10);
        return svg.replace(ID_PLACEHOLDER, prefix);
    }
}
