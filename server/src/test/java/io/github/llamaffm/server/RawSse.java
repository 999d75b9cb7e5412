package io.github.llamaffm.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A streaming request over a plain socket, so a test can hang up mid-stream for certain (closing
 * the socket closes the TCP connection; an HTTP client library may keep it open for reuse).
 */
final class RawSse implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final StringBuilder seen = new StringBuilder();

    RawSse(LlamaServer server, String path, String body, String key) throws IOException {
        socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(30_000);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + (key == null ? "" : "Authorization: Bearer " + key + "\r\n")
                + "Content-Length: " + bytes.length + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        in = socket.getInputStream();
    }

    /** Reads until {@code n} events ({@code data: } lines) have arrived; the raw text so far. */
    String awaitEvents(int n) throws IOException {
        byte[] buf = new byte[4096];
        while (count(seen, "data: ") < n) {
            int r = in.read(buf);
            if (r < 0) throw new IOException("the server closed the stream early: " + seen);
            seen.append(new String(buf, 0, r, StandardCharsets.UTF_8));
        }
        return seen.toString();
    }

    /** Reads until {@code text} has arrived; the raw text so far. */
    String awaitText(String text) throws IOException {
        byte[] buf = new byte[4096];
        while (seen.indexOf(text) < 0) {
            int r = in.read(buf);
            if (r < 0) throw new IOException("the server closed the stream before '" + text + "': " + seen);
            seen.append(new String(buf, 0, r, StandardCharsets.UTF_8));
        }
        return seen.toString();
    }

    private static int count(CharSequence s, String what) {
        int c = 0;
        for (int i = s.toString().indexOf(what); i >= 0; i = s.toString().indexOf(what, i + 1)) c++;
        return c;
    }

    /** Hangs up. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
