package cocreation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.TestEnvironment;
import cocreation.cli.Main;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser (headless Chromium): it loads with no console errors and no
 * network requests, and shows what a planner needs. Runs a small comparison, or renders the
 * report named by $COCREATION_REPORT. Writes report-screenshot.png (the top of the page) and
 * report-charts.png (the charts) into target/, and also into the folder named by
 * $COCREATION_SCREENSHOTS (how the pictures in docs/ are made). Skipped without Chromium, except
 * on CI (CI=true), where a missing browser fails the test.
 */
class ReportInBrowserTest {
    static final int WIDTH = 1200, HEIGHT = 1500;

    @TempDir
    Path tmp;

    @Test
    void reportOpensOfflineWithoutErrorsAndShowsTheComparison() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        TestEnvironment.require(chromium.isPresent(), "no Chromium found: the report test needs one "
                + "(apt-get install chromium, as .ci/run does, or set $CHROMIUM)");

        Path report = report();
        JsonNode manifest = new ObjectMapper().readTree(report.resolveSibling("manifest.json").toFile());
        List<String> names = new ArrayList<>();
        manifest.get("options").forEach(o -> names.add(o.get("name").asText()));

        try (HeadlessChromium browser = HeadlessChromium.start(chromium.get(), tmp.resolve("browser"))) {
            URI url = report.toUri();
            browser.open(url, WIDTH, HEIGHT);

            List<String> others = browser.requests().stream().filter(u -> !u.equals(url.toString())).toList();
            assertEquals(List.of(), others, "requests beyond the report file itself");
            assertEquals(List.of(), browser.errors(), "console errors or failed loads");

            assertTrue(browser.evaluate("document.title").asText().contains(names.get(0)));
            assertEquals(0, browser.evaluate("document.querySelectorAll('script,link,img,iframe,object,embed,video,audio').length").asInt(),
                    "external resources");
            assertEquals(0, browser.evaluate("[...document.querySelectorAll('a[href]')].filter(a => !a.getAttribute('href').startsWith('#')).length").asInt(),
                    "links that leave the page");
            assertEquals(Trend.ALL.size() + 1, browser.evaluate("document.querySelectorAll('figure.chart svg').length").asInt(),
                    "charts: the forest plot and one per trend");
            assertEquals(1, browser.evaluate("document.querySelectorAll('#brief figure.forest svg').length").asInt(), "the forest plot in the brief");
            assertTrue(browser.evaluate("[...document.querySelectorAll('figure.chart svg')].every(s => s.getBoundingClientRect().width > 300 && s.getBoundingClientRect().height > 150)").asBoolean(),
                    "charts are drawn at a readable size");
            for (String id : List.of("brief", "options", "over-time", "outcomes", "differences", "cost", "relational", "why", "limits", "method", "inputs"))
                assertTrue(browser.evaluate("!!document.getElementById('" + id + "')").asBoolean(), "section " + id);
            assertTrue(browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean(),
                    "the page fits the window's width");

            assertEquals("[]", browser.evaluate("JSON.stringify(Object.entries([...document.querySelectorAll('li')]"
                    + ".filter(li => !li.closest('ul.diff')).map(li => li.textContent.trim()).reduce((m, t) => (m[t] = (m[t] || 0) + 1, m), {}))"
                    + ".filter(([t, n]) => n > 1).map(([t]) => t))").asText(), "no sentence said twice");
            String text = browser.evaluate("document.body.innerText").asText();
            for (String name : names) assertTrue(text.contains(name), "option " + name);
            for (JsonNode seed : manifest.get("seeds")) assertTrue(text.contains(seed.asText()), "seed " + seed);
            for (JsonNode o : manifest.get("options")) assertTrue(text.contains(o.get("sha256").asText()), "hash of " + o.get("file"));
            assertTrue(text.contains("95% CI"));
            assertTrue(text.contains("Fieller"));
            // every non-baseline option has a headline sentence on the primary outcome, whatever it says
            int sentences = browser.evaluate("[...document.querySelectorAll('#brief li')].filter(li => /innovations (put )?to use/.test(li.textContent)"
                    + " && /(95% CI|same value in every replication)/.test(li.textContent)).length").asInt();
            assertEquals(names.size() - 1, sentences, "a headline on innovations put to use per option");

            String docs = System.getenv("COCREATION_SCREENSHOTS");
            for (Path dir : docs == null || docs.isBlank() ? List.of(Path.of("target")) : List.of(Path.of("target"), Path.of(docs))) {
                browser.screenshot(dir.resolve("report-screenshot.png"));
                browser.screenshot("#over-time", dir.resolve("report-charts.png"));
            }
        }
        assertTrue(Files.size(Path.of("target", "report-screenshot.png")) > 10_000, "a screenshot with content");
        assertTrue(Files.size(Path.of("target", "report-charts.png")) > 10_000, "a screenshot of the charts");
    }

    /** $COCREATION_REPORT, or a small comparison made now. */
    private Path report() {
        String given = System.getenv("COCREATION_REPORT");
        if (given != null && !given.isBlank()) return Path.of(given).toAbsolutePath();
        Path out = tmp.resolve("compare");
        int code = Main.execute("compare", "baseline", "kommune-3", "larvik-48-hours", "--replications", "4", "--steps", "104",
                "--set", "population.citizens=300", "--set", "population.officials=40", "--set", "population.organisations=10",
                "--out", out.toString(), "--quiet");
        assertEquals(0, code);
        return out.resolve("report.html").toAbsolutePath();
    }
}
