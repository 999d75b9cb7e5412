package io.github.llamaffm.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The server's settings, from the command line ({@link #parse(String...)}) or built in code.
 * Every value is checked here, so a bad option stops the server with a message before anything
 * is loaded.
 *
 * @param model          the chat model's GGUF file, or null for the demo model
 * @param modelId        the id clients name in {@code "model"} (default: the file name without {@code .gguf})
 * @param host           the address to bind (default 127.0.0.1: loopback only)
 * @param port           the port (0 picks a free one)
 * @param parallel       requests generated at once: the engine's sequences (slots)
 * @param queue          requests that may wait beyond the slots; more get 503
 * @param contextSize    tokens of the chat context, shared by the slots (0: the model's training context)
 * @param threads        CPU threads for decoding (0: llama.cpp's default)
 * @param gpuLayers      layers offloaded to a GPU (0: none)
 * @param timeoutSeconds the longest a request may take, queueing included
 * @param apiKeys        keys a client must send as {@code Authorization: Bearer <key>}; none: no check
 * @param corsOrigins    origins allowed by CORS ({@code *} for any); none: CORS off
 * @param maxBodyBytes   the largest request body
 * @param maxPromptTokens the largest prompt in tokens (0: what a slot holds)
 * @param maxTokens      the largest {@code max_tokens} a request may ask, and the default when it asks none
 * @param embeddingModel a separate embedding model for {@code /v1/embeddings}, or null to embed with the chat model
 * @param rerankModel    a reranking model for {@code /v1/rerank}, or null (then rerank answers 501)
 * @param lookup         speculative decoding by prompt lookup for every generation, proposals of up to
 *                       this many tokens (0: off)
 * @param draftModel     speculative decoding with this draft model (same vocabulary as the chat
 *                       model) for every generation, or null; not together with {@code lookup}
 * @param draftMax       the longest proposal of the draft model, 1 to 256
 * @param mmproj         a multimodal projector for the chat model ({@code --mmproj}): chat messages may
 *                       then carry images (and audio, when the projector takes it), or null for text only
 */
public record ServerOptions(Path model, String modelId, String host, int port, int parallel, int queue, int contextSize,
                            int threads, int gpuLayers, int timeoutSeconds, List<String> apiKeys, List<String> corsOrigins,
                            int maxBodyBytes, int maxPromptTokens, int maxTokens, Path embeddingModel, Path rerankModel,
                            int lookup, Path draftModel, int draftMax, Path mmproj) {
    /** The draft model's longest proposal when {@code --draft-max} is not given. */
    public static final int DEFAULT_DRAFT_MAX = 8;

    /** The usage text printed for {@code --help} and after a bad option. */
    public static final String USAGE = """
            usage: llama-ffm-server [--model FILE.gguf] [options]
              --model FILE            the chat model (GGUF); without it, a small demo model with random weights
              --alias NAME            the model id clients send (default: the file name)
              --host ADDR             address to bind (default 127.0.0.1; 0.0.0.0 exposes the server to the network)
              --port N                port (default 8080; 0 picks a free one)
              --parallel N            requests generated at once, the slots (default 4)
              --queue N               requests waiting beyond the slots before 503 (default 16)
              --ctx-size N            context tokens shared by the slots (default 4096 per slot, at most the model's)
              --threads N             decoding threads (default: llama.cpp's)
              --gpu-layers N          layers offloaded to a GPU (default 0)
              --timeout S             seconds a request may take, queueing included (default 600)
              --api-key KEY           require this key (repeatable)
              --api-key-file FILE     require the keys in FILE, one a line (# comments)
              --cors-origin ORIGIN    allow browser calls from ORIGIN (repeatable; * for any); default off
              --max-body BYTES        largest request body (default 1048576)
              --max-prompt-tokens N   largest prompt (default: what a slot holds)
              --max-tokens N          largest max_tokens, and the default (default 4096)
              --embedding-model FILE  a separate model for /v1/embeddings (default: the chat model)
              --rerank-model FILE     a reranking model for /v1/rerank (default: none)
              --lookup N              speculative decoding by prompt lookup, proposals of up to N tokens (default: off)
              --draft-model FILE      speculative decoding with this draft model (the chat model's vocabulary)
              --draft-max N           the draft model's longest proposal (default 8)
              --mmproj FILE           the chat model's multimodal projector: images (and audio) in chat messages
            """;

    /**
     * Checks the values and copies the lists.
     *
     * @throws IllegalArgumentException if a value is out of range, with the option's name
     * @throws NullPointerException     if {@code host} or a list is null
     */
    public ServerOptions {
        Objects.requireNonNull(host, "host");
        apiKeys = List.copyOf(apiKeys);
        corsOrigins = List.copyOf(corsOrigins);
        if (host.isBlank()) throw new IllegalArgumentException("--host must not be empty");
        range("--port", port, 0, 65535);
        range("--parallel", parallel, 1, 256);
        range("--queue", queue, 0, 100_000);
        range("--ctx-size", contextSize, 0, 1 << 24);
        if (contextSize > 0 && contextSize / parallel < 64) {
            throw new IllegalArgumentException("--ctx-size " + contextSize + " gives each of the " + parallel + " slots only "
                    + contextSize / parallel + " tokens; give at least 64 a slot");
        }
        range("--threads", threads, 0, 1024);
        range("--gpu-layers", gpuLayers, -1, 100_000);
        range("--timeout", timeoutSeconds, 1, 7 * 24 * 3600);
        range("--max-body", maxBodyBytes, 1024, 1 << 30);
        range("--max-prompt-tokens", maxPromptTokens, 0, 1 << 24);
        range("--max-tokens", maxTokens, 1, 1 << 24);
        for (String k : apiKeys) {
            if (k.isEmpty() || k.chars().anyMatch(c -> c <= ' ' || c == 127)) {
                throw new IllegalArgumentException("an API key must be non-empty, without spaces or control characters");
            }
        }
        for (String o : corsOrigins) {
            if (!o.equals("*") && !o.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
                throw new IllegalArgumentException("--cors-origin must be * or scheme://host[:port], e.g. http://localhost:3000: " + o);
            }
        }
        if (modelId != null && (modelId.isBlank() || modelId.length() > 200)) throw new IllegalArgumentException("--alias must be 1 to 200 characters");
        range("--lookup", lookup, 0, 256);
        range("--draft-max", draftMax, 1, 256);
        if (lookup > 0 && draftModel != null) throw new IllegalArgumentException("--lookup and --draft-model cannot be combined; choose one");
    }

    /**
     * The options without a projector (the constructor before {@code mmproj} existed, kept).
     *
     * @param model           the chat model's GGUF file, or null for the demo model
     * @param modelId         the id clients name in {@code "model"}
     * @param host            the address to bind
     * @param port            the port
     * @param parallel        the slots
     * @param queue           requests that may wait beyond the slots
     * @param contextSize     tokens of the chat context
     * @param threads         CPU threads for decoding
     * @param gpuLayers       layers offloaded to a GPU
     * @param timeoutSeconds  the longest a request may take
     * @param apiKeys         the keys
     * @param corsOrigins     origins allowed by CORS
     * @param maxBodyBytes    the largest request body
     * @param maxPromptTokens the largest prompt in tokens
     * @param maxTokens       the largest {@code max_tokens}
     * @param embeddingModel  a separate embedding model, or null
     * @param rerankModel     a reranking model, or null
     * @param lookup          prompt-lookup proposals of up to this many tokens (0: off)
     * @param draftModel      a draft model, or null
     * @param draftMax        the draft model's longest proposal
     * @throws IllegalArgumentException if a value is out of range, with the option's name
     */
    public ServerOptions(Path model, String modelId, String host, int port, int parallel, int queue, int contextSize,
                         int threads, int gpuLayers, int timeoutSeconds, List<String> apiKeys, List<String> corsOrigins,
                         int maxBodyBytes, int maxPromptTokens, int maxTokens, Path embeddingModel, Path rerankModel,
                         int lookup, Path draftModel, int draftMax) {
        this(model, modelId, host, port, parallel, queue, contextSize, threads, gpuLayers, timeoutSeconds, apiKeys, corsOrigins,
                maxBodyBytes, maxPromptTokens, maxTokens, embeddingModel, rerankModel, lookup, draftModel, draftMax, null);
    }

    /**
     * The options without speculative decoding (the constructor before {@code lookup},
     * {@code draftModel} and {@code draftMax} existed, kept).
     *
     * @param model           the chat model's GGUF file, or null for the demo model
     * @param modelId         the id clients name in {@code "model"}
     * @param host            the address to bind
     * @param port            the port
     * @param parallel        the slots
     * @param queue           requests that may wait beyond the slots
     * @param contextSize     tokens of the chat context
     * @param threads         CPU threads for decoding
     * @param gpuLayers       layers offloaded to a GPU
     * @param timeoutSeconds  the longest a request may take
     * @param apiKeys         the keys
     * @param corsOrigins     origins allowed by CORS
     * @param maxBodyBytes    the largest request body
     * @param maxPromptTokens the largest prompt in tokens
     * @param maxTokens       the largest {@code max_tokens}
     * @param embeddingModel  a separate embedding model, or null
     * @param rerankModel     a reranking model, or null
     * @throws IllegalArgumentException if a value is out of range, with the option's name
     */
    public ServerOptions(Path model, String modelId, String host, int port, int parallel, int queue, int contextSize,
                         int threads, int gpuLayers, int timeoutSeconds, List<String> apiKeys, List<String> corsOrigins,
                         int maxBodyBytes, int maxPromptTokens, int maxTokens, Path embeddingModel, Path rerankModel) {
        this(model, modelId, host, port, parallel, queue, contextSize, threads, gpuLayers, timeoutSeconds, apiKeys, corsOrigins,
                maxBodyBytes, maxPromptTokens, maxTokens, embeddingModel, rerankModel, 0, null, DEFAULT_DRAFT_MAX);
    }

    private static void range(String option, int value, int min, int max) {
        if (value < min || value > max) throw new IllegalArgumentException(option + " must be from " + min + " to " + max + ": " + value);
    }

    /**
     * The defaults: demo model, 127.0.0.1:8080, 4 slots, queue of 16, no keys, CORS off.
     *
     * @return the default options
     */
    public static ServerOptions defaults() {
        return new ServerOptions(null, null, "127.0.0.1", 8080, 4, 16, 0, 0, 0, 600, List.of(), List.of(),
                1 << 20, 0, 4096, null, null);
    }

    /**
     * Reads command-line options ({@code --name value} or {@code --name=value}).
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException for an unknown option, a missing or malformed value, a
     *                                  value out of range, or a file that cannot be read
     */
    public static ServerOptions parse(String... args) {
        ServerOptions d = defaults();
        Path model = null, embedding = null, rerank = null, draft = null, mmproj = null;
        int lookup = 0, draftMax = DEFAULT_DRAFT_MAX;
        boolean draftMaxSet = false;
        String alias = null, host = d.host;
        int port = d.port, parallel = d.parallel, queue = d.queue, ctx = d.contextSize, threads = d.threads, gpu = d.gpuLayers;
        int timeout = d.timeoutSeconds, maxBody = d.maxBodyBytes, maxPrompt = d.maxPromptTokens, maxTokens = d.maxTokens;
        List<String> keys = new ArrayList<>(), origins = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i], value;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (!name.startsWith("--")) throw new IllegalArgumentException("unexpected argument '" + name + "' (options start with --)");
                if (i + 1 >= args.length) throw new IllegalArgumentException(name + " needs a value");
                value = args[++i];
            }
            switch (name) {
                case "--model" -> model = file(name, value);
                case "--alias" -> alias = value;
                case "--host" -> host = value;
                case "--port" -> port = integer(name, value);
                case "--parallel" -> parallel = integer(name, value);
                case "--queue" -> queue = integer(name, value);
                case "--ctx-size" -> ctx = integer(name, value);
                case "--threads" -> threads = integer(name, value);
                case "--gpu-layers" -> gpu = integer(name, value);
                case "--timeout" -> timeout = integer(name, value);
                case "--api-key" -> keys.add(value);
                case "--api-key-file" -> keys.addAll(keyFile(file(name, value)));
                case "--cors-origin" -> origins.add(value);
                case "--max-body" -> maxBody = integer(name, value);
                case "--max-prompt-tokens" -> maxPrompt = integer(name, value);
                case "--max-tokens" -> maxTokens = integer(name, value);
                case "--embedding-model" -> embedding = file(name, value);
                case "--rerank-model" -> rerank = file(name, value);
                case "--lookup" -> {
                    lookup = integer(name, value);
                    range(name, lookup, 1, 256); // 0 is "off", which is not giving the option
                }
                case "--draft-model" -> draft = file(name, value);
                case "--mmproj" -> mmproj = file(name, value);
                case "--draft-max" -> {
                    draftMax = integer(name, value);
                    draftMaxSet = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (draftMaxSet && draft == null) throw new IllegalArgumentException("--draft-max needs --draft-model");
        return new ServerOptions(model, alias, host, port, parallel, queue, ctx, threads, gpu, timeout, keys, origins,
                maxBody, maxPrompt, maxTokens, embedding, rerank, lookup, draft, draftMax, mmproj);
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs an integer: '" + value + "'");
        }
    }

    private static Path file(String option, String value) {
        Path p = Path.of(value);
        if (!Files.isRegularFile(p)) throw new IllegalArgumentException(option + ": no such file: " + value);
        if (!Files.isReadable(p)) throw new IllegalArgumentException(option + ": cannot read " + value);
        return p;
    }

    private static List<String> keyFile(Path p) {
        try {
            List<String> keys = Files.readAllLines(p, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (keys.isEmpty()) throw new IllegalArgumentException("--api-key-file: no key in " + p);
            return keys;
        } catch (IOException e) {
            throw new IllegalArgumentException("--api-key-file: cannot read " + p + ": " + e.getMessage());
        }
    }

    /**
     * These options with another port (tests bind port 0).
     *
     * @param newPort the port
     * @return the new options
     */
    public ServerOptions withPort(int newPort) {
        return new ServerOptions(model, modelId, host, newPort, parallel, queue, contextSize, threads, gpuLayers, timeoutSeconds,
                apiKeys, corsOrigins, maxBodyBytes, maxPromptTokens, maxTokens, embeddingModel, rerankModel, lookup, draftModel, draftMax,
                mmproj);
    }

    @Override
    public String toString() {
        // the keys stay out of logs
        return "ServerOptions[model=" + model + ", host=" + host + ", port=" + port + ", parallel=" + parallel + ", queue=" + queue
                + ", apiKeys=" + apiKeys.size() + ", cors=" + corsOrigins
                + (mmproj != null ? ", mmproj=" + mmproj : "") + (lookup > 0 ? ", lookup=" + lookup : "") + (draftModel != null ? ", draftModel=" + draftModel + ", draftMax=" + draftMax : "") + "]";
    }
}
