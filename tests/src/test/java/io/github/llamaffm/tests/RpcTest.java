package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.RpcServerException;
import io.github.llamaffm.Token;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * llama.cpp's RPC backend through the API, against real servers on loopback: the project's
 * launcher in a child JVM and llama.cpp's own ggml-rpc-server. Peers that are not RPC servers are
 * small listeners of this test (peers on the network, not stand-ins for the native layer).
 */
class RpcTest {
    private static final List<String> PROMPTS = List.of("Hello, my name is", "The capital of France is", "def fibonacci(n):");

    private static List<Integer> greedy(LlamaModel m, String prompt) {
        try (LlamaContext ctx = m.newContext(ContextParams.builder().contextSize(256).threads(1).build())) {
            List<Integer> ids = new ArrayList<>();
            for (Token t : ctx.generate(prompt, GenerateParams.builder().maxTokens(16).build())) ids.add(t.id());
            return ids;
        }
    }

    /** A second model, deeper than the tiny one, so that both servers get several layers. */
    private static Path deeper() throws IOException {
        Path dir = Path.of("target", "test-models");
        java.nio.file.Files.createDirectories(dir);
        Path file = dir.resolve("rpc-deeper-llama-bpe.gguf").toAbsolutePath();
        if (!java.nio.file.Files.exists(file)) {
            Path tmp = java.nio.file.Files.createTempFile(dir, "rpc-deeper", ".tmp");
            io.github.llamaffm.testkit.RandomLlamaModel.tiny().vocabulary(TestModels.vocab("llama-bpe")).blockCount(6)
                    .seed(99).build().write(tmp);
            java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The model split over two servers (one of each kind) generates exactly the local model's greedy tokens. */
    @Test
    void splitOverTwoServersGeneratesLikeLocal() throws Exception {
        try (RpcServers.Server ours = RpcServers.launcher(); RpcServers.Server theirs = RpcServers.llamaCpp()) {
            for (Path file : List.of(TestModels.tiny("llama-spm"), deeper())) {
                String vocab = file.getFileName().toString();
                List<List<Integer>> local = new ArrayList<>(), remote = new ArrayList<>();
                try (LlamaModel m = LlamaModel.load(file, ModelParams.builder().gpuLayers(0).build())) {
                    for (String p : PROMPTS) local.add(greedy(m, p));
                }
                try (LlamaModel m = LlamaModel.load(file, ModelParams.builder().rpcServers(List.of(ours.endpoint, theirs.endpoint)).build())) {
                    for (String p : PROMPTS) remote.add(greedy(m, p));
                }
                assertEquals(local, remote, vocab);
                assertTrue(local.stream().allMatch(l -> l.size() == 16), local.toString());
            }
            // It served (the launcher also counts its own start-up check; ggml-rpc-server's stdout is
            // buffered until it ends).
            assertTrue(ours.output().split("Accepted client connection", -1).length - 1 >= 3, ours.output());
        }
    }

    /** A model with servers and a local one in the same JVM: the local one never touches the servers. */
    @Test
    void localModelsStayLocalBesideRpcModels() throws Exception {
        try (RpcServers.Server s = RpcServers.launcher()) {
            Path file = TestModels.tiny("llama-spm");
            try (LlamaModel remote = LlamaModel.load(file, ModelParams.builder().rpcServer(s.endpoint).build())) {
                List<Integer> r = greedy(remote, PROMPTS.get(0));
                s.kill(); // the servers' devices must not be part of a model loaded without them
                try (LlamaModel local = LlamaModel.load(file, ModelParams.defaults())) {
                    assertEquals(r, greedy(local, PROMPTS.get(0)));
                }
            }
        }
    }

    /** State save and restore, and KV memory clear, run through the servers and give the local model's results. */
    @Test
    void stateAndMemoryOfAnRpcModel() throws Exception {
        try (RpcServers.Server s = RpcServers.llamaCpp()) {
            Path file = TestModels.tiny("llama-spm");
            GenerateParams gp = GenerateParams.builder().maxTokens(12).build();
            ContextParams cp = ContextParams.builder().contextSize(256).threads(1).build();
            String local;
            try (LlamaModel m = LlamaModel.load(file, ModelParams.builder().gpuLayers(0).build()); LlamaContext ctx = m.newContext(cp)) {
                ctx.complete("The capital of France is", gp);
                local = ctx.complete(" and then", gp);
            }
            try (LlamaModel m = LlamaModel.load(file, ModelParams.builder().rpcServer(s.endpoint).build()); LlamaContext ctx = m.newContext(cp)) {
                ctx.complete("The capital of France is", gp);
                byte[] state = ctx.saveState();
                assertEquals(local, ctx.complete(" and then", gp));
                ctx.memory().clear();
                ctx.restoreState(state);
                assertEquals(local, ctx.complete(" and then", gp));
            }
        }
    }

    /**
     * Two models of one JVM on one server share llama.cpp's connection to it (the server serves
     * one connection at a time: a second probe would wait for the first model to go).
     */
    @Test
    void twoModelsShareOneServer() throws Exception {
        try (RpcServers.Server s = RpcServers.launcher()) {
            ModelParams p = ModelParams.builder().rpcServer(s.endpoint).build();
            try (LlamaModel a = LlamaModel.load(TestModels.tiny("llama-spm"), p);
                 LlamaModel b = LlamaModel.load(TestModels.tiny("llama-bpe"), p)) {
                List<Integer> first = greedy(a, PROMPTS.get(1));
                assertEquals(16, greedy(b, PROMPTS.get(1)).size());
                assertEquals(first, greedy(a, PROMPTS.get(1)));
            }
            // and after both are gone, a new connection
            try (LlamaModel a = LlamaModel.load(TestModels.tiny("llama-spm"), p)) {
                assertEquals(16, greedy(a, PROMPTS.get(0)).size());
            }
        }
    }

    /** A server busy with another client (it serves one at a time) does not answer the handshake: an exception, not a hang. */
    @Test
    void aBusyServerIsAnException() throws Exception {
        try (RpcServers.Server s = RpcServers.llamaCpp(); Socket other = new Socket("127.0.0.1", s.port())) {
            ByteBuffer hello = ByteBuffer.allocate(33).order(ByteOrder.LITTLE_ENDIAN).put((byte) 14).putLong(24);
            other.getOutputStream().write(hello.array());
            assertEquals(36, other.getInputStream().readNBytes(36).length); // the server now serves this client
            String m = loadFails(s.endpoint).getMessage();
            assertTrue(m.contains("busy"), m);
        }
    }

    private static ModelLoadException loadFails(String endpoint) {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> LlamaModel.load(TestModels.tiny("llama-spm"), ModelParams.builder().rpcServer(endpoint).build()).close());
        RpcServerException cause = assertInstanceOf(RpcServerException.class, e.getCause(), e::toString);
        assertEquals(List.of(endpoint), cause.endpoints());
        assertTrue(e.getMessage().contains(endpoint), e.getMessage());
        return e;
    }

    @Test
    void unreachablePortIsAnException() throws IOException {
        String endpoint = "127.0.0.1:" + RpcServers.freePort();
        assertTrue(loadFails(endpoint).getMessage().contains("connection refused"));
    }

    /** A one-connection listener on loopback that does {@code peer} with each client. */
    private static String listener(Consumer<Socket> peer) throws IOException {
        ServerSocket ss = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try (ss) {
                while (true) {
                    try (Socket s = ss.accept()) {
                        peer.accept(s);
                    }
                }
            } catch (IOException ignored) {
                // test over
            }
        });
        return "127.0.0.1:" + ss.getLocalPort();
    }

    @Test
    void aListenerThatSendsGarbageIsNotAnRpcServer() throws IOException {
        String endpoint = listener(s -> {
            try {
                s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
            } catch (IOException ignored) {
                // the client went
            }
        });
        assertTrue(loadFails(endpoint).getMessage().contains("not a llama.cpp RPC server"));
    }

    @Test
    void aListenerThatClosesIsNotAnRpcServer() throws IOException {
        String endpoint = listener(s -> { });
        assertTrue(loadFails(endpoint).getMessage().contains("closed during the RPC handshake"));
    }

    @Test
    void aServerOfAnotherProtocolVersionIsRefused() throws IOException {
        String endpoint = listener(s -> {
            try {
                InputStream in = s.getInputStream();
                byte[] req = in.readNBytes(1 + 8 + 24);
                if (req.length < 33 || req[0] != 14) return;
                ByteBuffer rsp = ByteBuffer.allocate(8 + 28).order(ByteOrder.LITTLE_ENDIAN);
                rsp.putLong(28).put((byte) 6).put((byte) 0).put((byte) 3);
                OutputStream out = s.getOutputStream();
                out.write(rsp.array());
                out.flush();
                in.read(); // until the client closes
            } catch (IOException ignored) {
                // the client went
            }
        });
        String m = loadFails(endpoint).getMessage();
        assertTrue(m.contains("protocol 6.0.3") && m.contains("7.0"), m);
    }

    @Test
    void malformedEndpointsAreIllegalArguments() {
        for (String bad : List.of("", "host", ":50052", "host:", "host:0", "host:65536", "host:5x", "::1:50052", "a b:1", "host:-1")) {
            assertThrows(IllegalArgumentException.class, () -> ModelParams.builder().rpcServer(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> ModelParams.builder().rpcServers(List.of(bad)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> ModelParams.builder().rpcServers(List.of("h:1", "h:1")).build());
        assertThrows(IllegalArgumentException.class, () -> ModelParams.builder().rpcServer("h:1").gpuLayers(0).build());
        assertThrows(IllegalArgumentException.class, () -> ModelParams.builder().rpcServer("h:1").vocabOnly(true).build());
        assertThrows(NullPointerException.class, () -> ModelParams.builder().rpcServer(null));
        assertEquals(List.of("localhost:1", "10.0.0.2:65535"),
                ModelParams.builder().rpcServer("localhost:1").rpcServer("10.0.0.2:65535").build().rpcServers());
        assertEquals(List.of(), ModelParams.defaults().rpcServers());
    }

    private static Map<String, String> crash(String mode, RpcServers.Server server) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", Jvm.runtimeClassPath(), RpcCrashProbe.class.getName(),
                mode, TestModels.tiny("llama-spm").toString(), server.endpoint);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("LLAMA_FFM_LIBRARY_PATH");
        Process child = pb.start();
        StringBuilder out = new StringBuilder();
        java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null && !line.equals("WAITING")) out.append(line).append('\n');
        assertNotNull(line, () -> "the probe never got to the point of the crash:\n" + out);
        server.kill();
        child.getOutputStream().write('\n');
        child.getOutputStream().flush();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                String l;
                while ((l = r.readLine()) != null) synchronized (out) { out.append(l).append('\n'); }
            } catch (IOException ignored) {
                // ended
            }
        });
        boolean ended = child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
        if (!ended) child.destroyForcibly();
        reader.join(10_000);
        String text;
        synchronized (out) { text = out.toString(); }
        assertTrue(ended, () -> "the probe hung after the server was killed:\n" + text);
        assertEquals(0, child.exitValue(), () -> "the probe's JVM died:\n" + text);
        Map<String, String> v = new Jvm.Result(0, text).values();
        assertEquals("yes", v.get("DONE"), text);
        return v;
    }

    /** A server killed while the model's weights go to it: an exception, the JVM lives, local models still work. */
    @Test
    void serverKilledDuringLoad() throws Exception {
        try (RpcServers.Server s = RpcServers.llamaCpp()) {
            Map<String, String> v = crash("load", s);
            assertTrue(v.get("CAUGHT").contains("stopped answering") && v.get("CAUGHT").contains(s.endpoint), v.toString());
            assertTrue(v.get("CAUSE").startsWith(RpcServerException.class.getName()), v.toString());
            assertTrue(v.get("REUSE").contains("cannot be used again"), v.toString());
            assertEquals("8", v.get("LOCAL"), v.toString());
        }
    }

    /** A server killed during generation: the decode throws, the model is broken, closing it does not hang. */
    @Test
    void serverKilledDuringGeneration() throws Exception {
        try (RpcServers.Server s = RpcServers.launcher()) {
            Map<String, String> v = crash("decode", s);
            assertTrue(v.get("CAUGHT").contains("stopped answering") && v.get("CAUGHT").contains(s.endpoint), v.toString());
            assertEquals("[" + s.endpoint + "]", v.get("ENDPOINTS"), v.toString());
            assertTrue(v.get("LATER").contains("cannot be used any more"), v.toString());
            assertTrue(v.get("NEWCONTEXT").contains("cannot be used any more"), v.toString());
            assertEquals("yes", v.get("CLOSED"), v.toString());
            assertTrue(v.get("REUSE").contains("cannot be used again"), v.toString());
            assertEquals("8", v.get("LOCAL"), v.toString());
        }
    }
}
