package cocreation.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the DevTools protocol with Java's own WebSocket client: opens a
 * page, records every console message, script error, log error and network request it causes,
 * evaluates expressions in it and takes screenshots. Test code only.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path home;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private String session;

    /** The browser: $CHROMIUM, else the first of chromium, chromium-browser, google-chrome on the PATH. */
    static Optional<Path> find() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) return Optional.of(Path.of(env));
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"))
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
        return Optional.empty();
    }

    /** Starts a fresh browser with its own profile under {@code home} (deleted on close). */
    static HeadlessChromium start(Path exe, Path home) throws Exception {
        Path profile = home.resolve("profile");
        Files.createDirectories(profile);
        ProcessBuilder pb = new ProcessBuilder(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        pb.redirectErrorStream(true).redirectOutput(home.resolve("chromium.log").toFile());
        Process process = pb.start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            List<String> lines = List.of();
            while (lines.size() < 2) {
                if (!process.isAlive()) throw new IOException("Chromium exited with " + process.exitValue() + ": " + log(home));
                if (System.nanoTime() > deadline) throw new IOException("Chromium did not open its DevTools port: " + log(home));
                Thread.sleep(50);
                if (Files.exists(portFile)) lines = Files.readAllLines(portFile);
            }
            URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
            return new HeadlessChromium(process, home, uri);
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private HeadlessChromium(Process process, Path home, URI uri) throws Exception {
        this.process = process;
        this.home = home;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(uri, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Opens a new tab of the given size and loads the URL; returns when the load event has fired. */
    void open(URI url, int width, int height) throws Exception {
        String target = call("Target.createTarget", Map.of("url", "about:blank"), null).get("targetId").asText();
        session = call("Target.attachToTarget", Map.of("targetId", target, "flatten", true), null).get("sessionId").asText();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) call(domain + ".enable", Map.of(), session);
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false), session);
        synchronized (events) {
            events.clear();
        }
        call("Page.navigate", Map.of("url", url.toString()), session);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (events) {
            while (events("Page.loadEventFired").isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new IOException("the page did not finish loading: " + url);
                events.wait(Math.max(1, left / 1_000_000));
            }
        }
        Thread.sleep(500); // late console messages and requests
    }

    /** Console messages, uncaught exceptions and error log entries the page produced. */
    List<String> errors() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events("Runtime.consoleAPICalled"))
            out.add("console." + e.path("params").path("type").asText() + ": " + e.path("params").path("args"));
        for (JsonNode e : events("Runtime.exceptionThrown")) out.add("exception: " + e.path("params").path("exceptionDetails"));
        for (JsonNode e : events("Log.entryAdded"))
            if (e.path("params").path("entry").path("level").asText().equals("error"))
                out.add("log: " + e.path("params").path("entry").path("text").asText() + " " + e.path("params").path("entry").path("url").asText());
        return out;
    }

    /** Every URL the page requested (the page itself included). */
    List<String> requests() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events("Network.requestWillBeSent")) out.add(e.path("params").path("request").path("url").asText());
        return out;
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true), session);
        if (r.has("exceptionDetails")) throw new IOException("evaluation failed: " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    /** A PNG of the viewport. */
    void screenshot(Path png) throws Exception {
        write(png, call("Page.captureScreenshot", Map.of("format", "png"), session));
    }

    /** A PNG of one element (the first that matches a CSS selector), wherever it is on the page. */
    void screenshot(String selector, Path png) throws Exception {
        JsonNode r = evaluate("(() => { const r = document.querySelector('" + selector + "').getBoundingClientRect();"
                + " return {x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height}; })()");
        Map<String, Object> clip = Map.of("x", r.get("x").asDouble(), "y", r.get("y").asDouble(), "width", r.get("width").asDouble(),
                "height", r.get("height").asDouble(), "scale", 1);
        write(png, call("Page.captureScreenshot", Map.of("format", "png", "clip", clip, "captureBeyondViewport", true), session));
    }

    private static void write(Path png, JsonNode shot) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    private List<JsonNode> events(String method) {
        synchronized (events) {
            return events.stream().filter(e -> e.path("method").asText().equals(method)).toList();
        }
    }

    private JsonNode call(String method, Map<String, Object> params, String sessionId) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", JSON.valueToTree(params));
        if (sessionId != null) msg.put("sessionId", sessionId);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (r.has("error")) throw new IOException(method + " failed: " + r.get("error"));
        return r.path("result");
    }

    @Override
    public void close() throws Exception {
        try {
            call("Browser.close", Map.of(), null);
        } catch (Exception ignored) {
            // the browser may close the socket before it answers
        }
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> s = Files.walk(home.resolve("profile"))) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: the profile lives in a test's temporary folder
        }
    }

    private static String log(Path home) {
        try {
            List<String> lines = Files.readAllLines(home.resolve("chromium.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Joins message fragments, answers pending calls and keeps events. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode msg = JSON.readTree(text.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                        if (f != null) f.complete(msg);
                    } else {
                        synchronized (events) {
                            events.add(msg);
                            events.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            pending.values().forEach(f -> f.completeExceptionally(new IOException("DevTools connection closed: " + reason)));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
