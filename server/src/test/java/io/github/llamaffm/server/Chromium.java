package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol with the JDK's own WebSocket
 * client: no WebDriver, no driver download, no library. The browser is started with
 * {@code --remote-debugging-port=0}; it prints the DevTools address it chose on stderr.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();

    /**
     * The browser to use: {@code $CHROMIUM} when set, else the first of chromium,
     * chromium-browser, google-chrome, google-chrome-stable on the PATH; null when there is none.
     */
    static Path find() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) return Files.isExecutable(Path.of(env)) ? Path.of(env) : null;
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    Chromium(Path executable, int width, int height) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("llama-ffm-chromium");
        process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars", "--window-size=" + width + "," + height, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(devToolsUrl()), new Listener()).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IOException("cannot connect to Chromium's DevTools: " + e + "\n" + stderr(), e);
        }
    }

    /** Reads stderr until the DevTools line, then keeps draining it (the last lines kept for errors). */
    private String devToolsUrl() throws IOException, InterruptedException {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform().daemon().name("chromium-stderr").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (stderrTail) {
                        stderrTail.addLast(line);
                        if (stderrTail.size() > 40) stderrTail.removeFirst();
                    }
                    Matcher m = DEVTOOLS.matcher(line);
                    if (m.find()) url.complete(m.group(1));
                }
            } catch (IOException ignored) {
                // the browser ended
            }
            url.completeExceptionally(new IOException("Chromium ended without a DevTools address"));
        });
        try {
            return url.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            reader.interrupt();
            throw new IOException("no DevTools address from Chromium: " + e.getMessage() + "\n" + stderr(), e);
        }
    }

    /** The browser's last stderr lines (for failure messages). */
    String stderr() {
        synchronized (stderrTail) {
            return String.join("\n", stderrTail);
        }
    }

    /** Every event from the browser and its pages (each with "method", "params" and, for a page, "sessionId"). */
    void onEvent(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    /** A new tab, attached in flat mode: its commands and events carry its session id. */
    Page newPage() {
        String target = call(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank")).get("targetId").asText();
        String session = call(null, "Target.attachToTarget", JSON.createObjectNode().put("targetId", target).put("flatten", true))
                .get("sessionId").asText();
        return new Page(session);
    }

    private JsonNode call(String session, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params == null ? JSON.createObjectNode() : params);
        if (session != null) msg.put("sessionId", session);
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (socket) {
                socket.sendText(msg.toString(), true).get(10, TimeUnit.SECONDS);
            }
            JsonNode r = answer.get(30, TimeUnit.SECONDS);
            if (r.has("error")) throw new IllegalStateException(method + " failed: " + r.get("error"));
            return r.get("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + ": no answer from Chromium (" + e + ")\n" + stderr(), e);
        } finally {
            pending.remove(id);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode msg = JSON.readTree(text);
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.get(msg.get("id").asInt());
                        if (f != null) f.complete(msg);
                    } else {
                        for (Consumer<JsonNode> l : listeners) l.accept(msg);
                    }
                } catch (IOException | RuntimeException e) {
                    System.err.println("Chromium: unreadable DevTools message: " + e);
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** One tab. */
    final class Page {
        final String session;

        private Page(String session) {
            this.session = session;
        }

        JsonNode send(String method) {
            return call(session, method, null);
        }

        JsonNode send(String method, ObjectNode params) {
            return call(session, method, params);
        }

        /** Evaluates a JavaScript expression in the page (promises awaited); its value as JSON. */
        JsonNode eval(String expression) {
            JsonNode r = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
                    .put("awaitPromise", true));
            if (r.has("exceptionDetails")) throw new IllegalStateException("script failed: " + expression + "\n" + r.get("exceptionDetails"));
            JsonNode v = r.get("result").get("value");
            return v == null ? JSON.nullNode() : v;
        }

        /** Polls a JavaScript condition until it is true, or fails with {@code what} after {@code timeout}. */
        void waitFor(String condition, Duration timeout, String what) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (!eval("!!(" + condition + ")").asBoolean()) {
                if (System.nanoTime() > end) throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
                Thread.sleep(50);
            }
        }

        /** Loads a URL and waits for its load event. */
        void navigate(String url) throws InterruptedException {
            CompletableFuture<Void> loaded = new CompletableFuture<>();
            Consumer<JsonNode> l = e -> {
                if (session.equals(e.path("sessionId").asText()) && e.path("method").asText().equals("Page.loadEventFired")) loaded.complete(null);
            };
            onEvent(l);
            try {
                JsonNode r = send("Page.navigate", JSON.createObjectNode().put("url", url));
                if (r.hasNonNull("errorText")) throw new AssertionError("cannot load " + url + ": " + r.get("errorText"));
                loaded.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new AssertionError("no load event from " + url, e);
            } finally {
                listeners.remove(l);
            }
        }

        /** A real mouse click at the middle of the element {@code selector} finds. */
        void click(String selector) {
            JsonNode box = eval("(() => { const r = document.querySelector(" + JSON.valueToTree(selector) + ").getBoundingClientRect();"
                    + " return {x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width}; })()");
            if (box.get("w").asDouble() == 0) throw new AssertionError(selector + " is not visible");
            double x = box.get("x").asDouble(), y = box.get("y").asDouble();
            mouse("mouseMoved", x, y);
            mouse("mousePressed", x, y);
            mouse("mouseReleased", x, y);
        }

        private void mouse(String type, double x, double y) {
            ObjectNode p = JSON.createObjectNode().put("type", type).put("x", x).put("y", y);
            if (!type.equals("mouseMoved")) p.put("button", "left").put("clickCount", 1);
            send("Input.dispatchMouseEvent", p);
        }

        /** Clicks the field, selects what it holds and types {@code text} over it. */
        void type(String selector, String text) {
            click(selector);
            key("a", "KeyA", 65, null, 2, "selectAll"); // Ctrl+A
            send("Input.insertText", JSON.createObjectNode().put("text", text));
        }

        void pressEnter() {
            key("Enter", "Enter", 13, "\r", 0, null);
        }

        private void key(String key, String code, int keyCode, String text, int modifiers, String command) {
            ObjectNode down = JSON.createObjectNode().put("type", text != null ? "keyDown" : "rawKeyDown").put("key", key).put("code", code)
                    .put("windowsVirtualKeyCode", keyCode).put("modifiers", modifiers);
            if (text != null) down.put("text", text);
            if (command != null) down.putArray("commands").add(command);
            send("Input.dispatchKeyEvent", down);
            send("Input.dispatchKeyEvent", JSON.createObjectNode().put("type", "keyUp").put("key", key).put("code", code)
                    .put("windowsVirtualKeyCode", keyCode).put("modifiers", modifiers));
        }

        /** A PNG of the viewport. */
        void screenshot(Path file) throws IOException {
            String data = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")).get("data").asText();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(data));
        }
    }

    /** Closes the browser (politely, then by force, its helper processes too) and deletes its profile. */
    @Override
    public void close() {
        if (socket != null) {
            try {
                call(null, "Browser.close", null);
            } catch (RuntimeException ignored) {
                // it may close before it answers
            }
            socket.abort();
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
