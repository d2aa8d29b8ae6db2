package cocreation.output;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    @TempDir Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static void assertValidPng(Path png, int w, int h) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, "readable PNG");
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        int first = img.getRGB(0, 0);
        long differing = 0;
        for (int y = 0; y < h; y += 3) {
            for (int x = 0; x < w; x += 3) {
                if (img.getRGB(x, y) != first) differing++;
            }
        }
        assertTrue(differing > 100, "image is not blank: " + differing);
    }

    /** The same chart is the same file whatever the machine's locale: decimal commas and Persian digits stay out. */
    @Test
    void svgIsTheSameInEveryLocale() {
        double[] x = {0, 1, 2, 3, 4}, y = {0.01, 0.35, 0.72, 1.5, 2.25};
        java.util.Locale before = java.util.Locale.getDefault();
        Map<String, String> svg = new LinkedHashMap<>();
        try {
            for (String tag : List.of("und", "fa-IR", "de-DE", "ar-EG", "hi-IN-u-nu-deva")) {
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
                JFreeChart line = TimeSeriesChart.build("t", "week", "share", x, Map.of("a", y));
                JFreeChart bars = BarChart.build("b", "factor", "mu*", List.of("p", "q"), new double[] {0.125, 1234.5}, null, false);
                svg.put(tag, Charts.toSvgDocument(line, 400, 300) + Charts.toSvgDocument(bars, 400, 300));
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
        String root = svg.get("und");
        assertTrue(root.contains(">0.5<") && root.contains(">1,000<"), "ticks in plain digits with a decimal point");
        for (Map.Entry<String, String> e : svg.entrySet()) assertEquals(root, e.getValue(), e.getKey());
    }

    @Test
    void timeSeriesPngAndSvg() throws IOException {
        int n = 50;
        double[] x = new double[n], a = new double[n], b = new double[n], lo = new double[n], hi = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            a[i] = Math.sin(i / 8.0);
            b[i] = i == 10 ? Double.NaN : 0.02 * i;
            lo[i] = a[i] - 0.2;
            hi[i] = a[i] + 0.2;
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("trust", a);
        series.put("adoption", b);
        Path base = tmp.resolve("plots/trust");
        TimeSeriesChart.writePngAndSvg(base, "Trust over time", "step", "mean", x, series,
                Map.of("trust", new TimeSeriesChart.Band(lo, hi)));
        assertValidPng(tmp.resolve("plots/trust.png"), 900, 500);
        String svg = Files.readString(tmp.resolve("plots/trust.svg"));
        assertTrue(svg.contains("<svg"), "svg element");
        assertTrue(svg.contains("adoption"), "legend text in svg");

        JFreeChart c = TimeSeriesChart.build("T", "x", "y", x, series);
        String inline = TimeSeriesChart.toSvg(c, 400, 300);
        assertTrue(inline.startsWith("<svg"), inline.substring(0, 40));
        assertEquals(inline, TimeSeriesChart.toSvg(c, 400, 300), "deterministic SVG");
    }

    @Test
    void mismatchedLengthsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TimeSeriesChart.build("t", "x", "y",
                new double[3], Map.of("s", new double[2])));
    }

    @Test
    void barChartWithErrors() throws IOException {
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("S1", new double[] {0.4, 0.1, -0.01});
        values.put("ST", new double[] {0.6, 0.2, Double.NaN});
        Map<String, double[]> err = Map.of("S1", new double[] {0.05, 0.02, 0.01});
        Path base = tmp.resolve("sobol");
        BarChart.writePngAndSvg(base, "Sobol indices", "parameter", "index",
                List.of("trustGain", "meetingRate", "noise"), values, err, true);
        assertValidPng(tmp.resolve("sobol.png"), 900, 500);
        assertTrue(Files.readString(tmp.resolve("sobol.svg")).contains("<svg"));
    }
}
