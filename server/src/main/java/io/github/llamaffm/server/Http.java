package io.github.llamaffm.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading bodies within the limit and writing JSON and error answers on an exchange. */
final class Http {
    private Http() {}

    /** The body, refused with 413 past {@code limit} bytes (by its Content-Length or while reading). */
    static byte[] body(HttpExchange ex, int limit) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Content-Length is not a number.", null);
            }
            if (n > limit) {
                drain(ex);
                throw ApiException.tooLarge("The body has " + n + " bytes; this server takes at most " + limit + ".");
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int r;
            while ((r = in.read(buf)) >= 0) {
                out.write(buf, 0, r);
                if (out.size() > limit) {
                    drain(ex);
                    throw ApiException.tooLarge("The body is over this server's limit of " + limit + " bytes.");
                }
            }
            return out.toByteArray();
        }
    }

    /**
     * Reads and drops what is left of an oversize body, up to {@link #DRAIN_LIMIT} bytes, so the
     * client (still sending) can read the 413: closing a socket with unread input resets the
     * connection and loses the answer. Past that the connection is closed anyway.
     */
    private static void drain(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Connection", "close");
        InputStream in = ex.getRequestBody();
        byte[] buf = new byte[8192];
        long total = 0;
        int r;
        while (total < DRAIN_LIMIT && (r = in.read(buf)) >= 0) total += r;
    }

    private static final long DRAIN_LIMIT = 16L << 20;

    static void json(HttpExchange ex, int status, Object value) throws IOException {
        byte[] bytes = JsonBody.MAPPER.writeValueAsBytes(value);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        send(ex, status, bytes);
    }

    static void text(HttpExchange ex, int status, String contentType, String text) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        send(ex, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, byte[] bytes) throws IOException {
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** OpenAI's error object. */
    static ObjectNode error(ApiException e) {
        ObjectNode root = JsonBody.MAPPER.createObjectNode();
        ObjectNode err = root.putObject("error");
        err.put("message", e.getMessage());
        err.put("type", e.type);
        err.put("param", e.param);
        err.put("code", e.code);
        return root;
    }

    static void error(HttpExchange ex, ApiException e) throws IOException {
        if (e.retryAfter > 0) ex.getResponseHeaders().set("Retry-After", Integer.toString(e.retryAfter));
        json(ex, e.status, error(e));
    }
}
