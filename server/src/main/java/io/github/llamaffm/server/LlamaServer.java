package io.github.llamaffm.server;

import io.github.llamaffm.Speculation;
import io.github.llamaffm.speculative.DraftModel;
import io.github.llamaffm.speculative.PromptLookup;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.ProjectorParams;
import io.github.llamaffm.chat.ChatEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible HTTP server over one model: {@code /v1/chat/completions},
 * {@code /v1/completions}, {@code /v1/embeddings}, {@code /v1/rerank}, {@code /v1/models},
 * {@code /health} and {@code /metrics}, and a chat page at {@code /} (see docs/SERVER.md).
 *
 * <pre>{@code
 * try (LlamaServer server = LlamaServer.start(ServerOptions.parse("--model", "model.gguf", "--parallel", "4"))) {
 *     System.out.println(server.baseUrl());   // http://127.0.0.1:8080
 *     Thread.currentThread().join();
 * }
 * }</pre>
 *
 * <p>The HTTP layer is the JDK's {@link HttpServer}, one virtual thread per exchange. All chat
 * and completion requests share one {@link ChatEngine} (its sequences are the slots); a bounded number more wait,
 * the rest get 503 with {@code Retry-After}. A streaming client that disconnects has its
 * generation cancelled at once. The server owns the models it loads and frees them on
 * {@link #close()}.
 */
public final class LlamaServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LlamaServer.class);

    private final List<AutoCloseable> owned = new ArrayList<>();
    private final ServerState state;
    private final HttpServer http;
    private final ExecutorService executor;
    private final byte[][] keyDigests;
    private final WebPage page = new WebPage();
    private boolean closed;

    private LlamaServer(ServerOptions o) throws IOException {
        try {
            Path modelPath = o.model() != null ? o.model() : demoModel();
            ModelParams mp = ModelParams.builder().gpuLayers(o.gpuLayers()).build();
            LlamaModel model = own(LlamaModel.load(modelPath, mp));
            String id = o.modelId() != null ? o.modelId() : stripGguf(modelPath);
            int perSlot = Math.min(model.trainingContextSize() > 0 ? model.trainingContextSize() : 4096, 4096);
            int ctxSize = o.contextSize() > 0 ? o.contextSize() : perSlot * o.parallel();
            ContextParams.Builder cp = ContextParams.builder().contextSize(ctxSize).sequences(o.parallel()).unifiedKv(true);
            if (o.threads() > 0) cp.threads(o.threads()).batchThreads(o.threads());
            ContextParams chatParams = cp.build();
            Speculation speculation = null;
            if (o.lookup() > 0) {
                speculation = PromptLookup.of().withDraftLength(0, o.lookup());
            } else if (o.draftModel() != null) {
                // before the engine, so closed after it: a draft sequence per slot, the chat context's size
                LlamaModel draftModel = own(LlamaModel.load(o.draftModel(), mp));
                LlamaContext draft = own(draftModel.newContext(chatParams));
                speculation = DraftModel.of(draft).withDraftLength(0, o.draftMax());
                speculation.factory().check(model); // an incompatible vocabulary stops the server here
            }
            MultimodalProjector projector = null;
            if (o.mmproj() != null) {
                // owned after the model and before the engine: closed after the engine, before the model
                ProjectorParams.Builder pp = ProjectorParams.builder();
                if (o.threads() > 0) pp.threads(o.threads());
                projector = own(MultimodalProjector.load(model, o.mmproj(), pp.build()));
            }
            ChatEngine chat = own(ChatEngine.builder(model).contextParams(chatParams).projector(projector).build());

            List<String> ids = new ArrayList<>(List.of(id));
            LlamaModel embedModel = model;
            if (o.embeddingModel() != null) {
                embedModel = own(LlamaModel.load(o.embeddingModel(), mp));
                ids.add(stripGguf(o.embeddingModel()));
            }
            LlamaContext embeddings = own(embedModel.newContext(embeddingParams(embedModel, o, pooling(embedModel))));
            LlamaContext reranker = null;
            if (o.rerankModel() != null) {
                LlamaModel rm = own(LlamaModel.load(o.rerankModel(), mp));
                reranker = own(rm.newContext(embeddingParams(rm, o, ContextParams.Pooling.RANK)));
                ids.add(stripGguf(o.rerankModel()));
            }
            state = new ServerState(o, id, o.embeddingModel() != null ? stripGguf(o.embeddingModel()) : id, ids, chat, embeddings, reranker, ctxSize / o.parallel(), speculation);
            owned.add(state.watchdog);
            keyDigests = o.apiKeys().stream().map(LlamaServer::sha256).toArray(byte[][]::new);

            if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
                // a client gets a minute to send its request (headers and body), then the connection is closed
                System.setProperty("sun.net.httpserver.maxReqTime", "60");
            }
            http = HttpServer.create(new InetSocketAddress(o.host(), o.port()), 128);
            executor = Executors.newVirtualThreadPerTaskExecutor();
            http.setExecutor(executor);
            http.createContext("/", this::exchange);
            http.start();
        } catch (IOException | RuntimeException | Error e) {
            closeOwned();
            throw e;
        }
    }

    /**
     * Loads the models, creates the engine and contexts and starts listening.
     *
     * @param options the settings
     * @return the running server
     * @throws UncheckedIOException                 if the address cannot be bound or the demo model written
     * @throws io.github.llamaffm.LlamaException if a model or context cannot be loaded or created
     */
    public static LlamaServer start(ServerOptions options) {
        try {
            return new LlamaServer(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
        }
    }

    private static ContextParams embeddingParams(LlamaModel m, ServerOptions o, ContextParams.Pooling pooling) {
        int n = Math.min(m.trainingContextSize() > 0 ? m.trainingContextSize() : 2048, 2048);
        ContextParams.Builder b = ContextParams.builder().embeddings(true).pooling(pooling).contextSize(n * 4).batchSize(n)
                .microBatchSize(n).sequences(4).unifiedKv(true);
        if (o.threads() > 0) b.threads(o.threads()).batchThreads(o.threads());
        return b.build();
    }

    /** The model's own pooling when its file names one (embedding models), else the mean (chat models). */
    private static ContextParams.Pooling pooling(LlamaModel m) {
        String arch = m.metadata().get("general.architecture");
        String pooling = arch == null ? null : m.metadata().get(arch + ".pooling_type");
        return pooling != null && !pooling.equals("0") ? ContextParams.Pooling.UNSPECIFIED : ContextParams.Pooling.MEAN;
    }

    private static Path demoModel() throws IOException {
        return io.github.llamaffm.testkit.DemoModel.path();
    }

    private static String stripGguf(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".gguf") ? name.substring(0, name.length() - 5) : name;
    }

    private <T extends AutoCloseable> T own(T resource) {
        owned.add(resource);
        return resource;
    }

    /**
     * The address the server listens on.
     *
     * @return the bound address (with the port chosen when port 0 was asked)
     */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return http.getAddress().getPort();
    }

    /**
     * The URL clients use, such as {@code http://127.0.0.1:8080} (append {@code /v1} for OpenAI clients).
     *
     * @return the base URL
     */
    public String baseUrl() {
        String host = state.options.host();
        if (host.contains(":")) host = "[" + host + "]";
        if (host.equals("0.0.0.0") || host.equals("[::]")) host = "127.0.0.1";
        return "http://" + host + ":" + port();
    }

    /**
     * The id clients send as {@code "model"} for chat and completions.
     *
     * @return the model id
     */
    public String modelId() {
        return state.modelId;
    }

    /**
     * The number of slots: requests generated at once.
     *
     * @return the slots
     */
    public int slots() {
        return state.admission.slots();
    }

    /**
     * Slots generating now (a disconnected or finished request's slot is free again once its
     * generation has ended).
     *
     * @return the busy slots
     */
    public int busySlots() {
        return state.chat.running();
    }

    /**
     * Stops listening, ends the generations in progress and frees the engines, contexts and
     * models. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        http.stop(0);
        closeOwned();
        executor.shutdownNow();
    }

    private void closeOwned() {
        // reverse order: engines and contexts before their models
        for (int i = owned.size() - 1; i >= 0; i--) {
            try {
                owned.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", owned.get(i), e);
            }
        }
        owned.clear();
    }

    // ---- HTTP ----

    private void exchange(HttpExchange ex) {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        String endpoint = page.serves(path) ? "page" : endpoint(path);
        try {
            // no answer of this server is meant to be read as anything but its declared type
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            cors(ex);
            if (method.equals("OPTIONS") && !state.options.corsOrigins().isEmpty()) {
                ex.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                ex.getResponseHeaders().set("Access-Control-Allow-Headers", "Authorization, Content-Type");
                ex.getResponseHeaders().set("Access-Control-Max-Age", "600");
                ex.sendResponseHeaders(204, -1);
                return;
            }
            // the page's files hold no secret (a browser cannot send a key with a navigation); the page sends the key with its API calls
            if (!endpoint.equals("health") && !endpoint.equals("page")) authorize(ex.getRequestHeaders());
            route(ex, endpoint, method, path);
        } catch (ApiException e) {
            if (e.status == 503) state.metrics.rejected();
            answerError(ex, e);
        } catch (IOException e) {
            // the client went away while we read or wrote: nothing to answer
        } catch (RuntimeException e) {
            LOG.warn("request to {} failed", path, e);
            answerError(ex, ApiException.internal());
        } finally {
            int status = ex.getResponseCode();
            state.metrics.request(endpoint, status < 0 ? 499 : status);
            ex.close();
        }
    }

    private static void answerError(HttpExchange ex, ApiException e) {
        if (ex.getResponseCode() >= 0) return; // headers already sent (a stream): it reports its own errors
        try {
            Http.error(ex, e);
        } catch (IOException ignored) {
            // the client is gone
        }
    }

    private static String endpoint(String path) {
        return switch (path) {
            case "/v1/chat/completions", "/chat/completions" -> "chat";
            case "/v1/completions", "/completions" -> "completions";
            case "/v1/embeddings", "/embeddings" -> "embeddings";
            case "/v1/rerank", "/rerank", "/v1/reranking" -> "rerank";
            case "/v1/models", "/models" -> "models";
            case "/health", "/v1/health" -> "health";
            case "/metrics" -> "metrics";
            default -> "other";
        };
    }

    private void route(HttpExchange ex, String endpoint, String method, String path) throws IOException {
        if (endpoint.equals("page")) {
            page.answer(ex, state, method, path);
            return;
        }
        boolean post = switch (endpoint) {
            case "chat", "completions", "embeddings", "rerank" -> true;
            case "models", "health", "metrics" -> false;
            default -> throw ApiException.notFound("Not found: " + method + " " + path, null, "not_found");
        };
        if (!method.equals(post ? "POST" : "GET")) throw ApiException.methodNotAllowed(method, path);
        if (!post) {
            switch (endpoint) {
                case "health" -> Http.json(ex, 200, JsonBody.MAPPER.createObjectNode().put("status", "ok"));
                case "metrics" -> Http.text(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                        state.metrics.render(state.chat.running(), state.chat.queued(), state.chat.capacity(),
                                state.chat.speculationStats()));
                default -> Http.json(ex, 200, models());
            }
            return;
        }
        JsonBody body = JsonBody.parse(Http.body(ex, state.options.maxBodyBytes()));
        switch (endpoint) {
            case "chat" -> ChatApi.handle(state, ex, body);
            case "completions" -> CompletionsApi.handle(state, ex, body);
            case "embeddings" -> EmbeddingsApi.embeddings(state, ex, body);
            default -> EmbeddingsApi.rerank(state, ex, body);
        }
    }

    private ObjectNode models() {
        ObjectNode root = JsonBody.MAPPER.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        for (String id : state.modelIds) {
            ObjectNode m = data.addObject().put("id", id).put("object", "model").put("created", 0).put("owned_by", "llama-ffm");
            if (id.equals(state.modelId)) {
                // what chat messages may carry besides text (llama-server says it in /props' "modalities")
                MultimodalProjector p = state.chat.projector().orElse(null);
                m.putObject("modalities").put("vision", p != null && p.supportsVision()).put("audio", p != null && p.supportsAudio());
            }
        }
        return root;
    }

    /** Every configured key is compared (constant time, over digests of equal length), none skipped. */
    private void authorize(Headers headers) {
        if (keyDigests.length == 0) return;
        String auth = headers.getFirst("Authorization");
        boolean ok = false;
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            byte[] given = sha256(auth.substring(7).strip());
            for (byte[] k : keyDigests) ok |= MessageDigest.isEqual(k, given);
        }
        if (!ok) throw ApiException.unauthorized();
    }

    private void cors(HttpExchange ex) {
        List<String> allowed = state.options.corsOrigins();
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (allowed.isEmpty() || origin == null) return;
        if (allowed.contains("*") || allowed.contains(origin)) {
            ex.getResponseHeaders().set("Access-Control-Allow-Origin", allowed.contains("*") ? "*" : origin);
            ex.getResponseHeaders().set("Vary", "Origin");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "LlamaServer[" + baseUrl() + ", " + state.modelId + ", " + slots() + " slots" + (closed ? ", closed]" : "]");
    }
}
