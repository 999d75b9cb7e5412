package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The chat page at {@code /}: static files read from the jar at start (no build step, nothing
 * from another origin), and {@code /chat-config.json}, the two facts the page needs before it has
 * a key. They are served without a key: they hold no secret, and a browser cannot send one with a
 * navigation. The page itself sends the key the user enters with each API call.
 *
 * <p>Every answer forbids what the page does not need: scripts, styles, images and connections
 * from this origin only, no inline script or style, no framing, no form posts, and Trusted Types
 * without any policy, so no string can ever become HTML through {@code innerHTML} (model output is
 * only ever text).
 */
final class WebPage {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; "
            + "require-trusted-types-for 'script'; trusted-types 'none'";
    static final String CONFIG = "/chat-config.json";

    private record File(String contentType, byte[] bytes) {}

    private final Map<String, File> files;

    WebPage() {
        File index = load("index.html", "text/html; charset=utf-8");
        files = Map.of("/", index, "/index.html", index,
                "/chat.js", load("chat.js", "text/javascript; charset=utf-8"),
                "/chat.css", load("chat.css", "text/css; charset=utf-8"),
                "/favicon.svg", load("favicon.svg", "image/svg+xml"));
    }

    private static File load(String name, String contentType) {
        try (InputStream in = WebPage.class.getResourceAsStream("web/" + name)) {
            if (in == null) throw new IllegalStateException("the chat page's " + name + " is missing from the jar");
            return new File(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code path} is one of the page's files. */
    boolean serves(String path) {
        return files.containsKey(path) || path.equals(CONFIG);
    }

    /** Answers GET or HEAD for one of the page's paths. */
    void answer(HttpExchange ex, ServerState s, String method, String path) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD")) throw ApiException.methodNotAllowed(method, path);
        File f = files.get(path);
        if (f == null) f = new File("application/json", JsonBody.MAPPER.writeValueAsBytes(config(s)));
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", f.contentType());
        h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        h.set("Cache-Control", "no-cache");
        if (method.equals("HEAD")) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, f.bytes().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(f.bytes());
        }
    }

    private static ObjectNode config(ServerState s) {
        return JsonBody.MAPPER.createObjectNode()
                .put("apiKeyRequired", !s.options.apiKeys().isEmpty())
                .put("maxTokens", s.options.maxTokens());
    }
}
