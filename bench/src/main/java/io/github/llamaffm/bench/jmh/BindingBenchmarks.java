package io.github.llamaffm.bench.jmh;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Llama;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SamplerChain;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Token;
import io.github.llamaffm.Vocab;
import io.github.llamaffm.bench.BenchSettings;
import io.github.llamaffm.bench.RawDecoder;
import io.github.llamaffm.bindings.ggml_abort_callback;
import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.internal.TextStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The binding's own costs, per call, on a model with llama-bpe's 128256-token vocabulary
 * ({@code -p model=FILE}): a trivial downcall with and without {@link Linker.Option#critical},
 * tokenizing 1 KB, reading one position's logits, one sampler-chain step, assembling a token's text,
 * an abort-callback upcall, a shared arena's open and close.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BindingBenchmarks {
    /** The model file (a tiny random model with the llama-bpe vocabulary is enough). */
    @Param("")
    public String model;

    /** About 1 KB of English prose (ASCII, so 1024 bytes). */
    static final String TEXT_1K;

    static {
        String s = "The quick brown fox jumps over the lazy dog while the llama reads its tokens one by one, "
                + "and a careful binding keeps every call short, every buffer reused and every thread idle. ";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1024) sb.append(s);
        TEXT_1K = sb.substring(0, 1024);
    }

    /** llama_vocab_n_tokens through a handle of our own, marked critical (no thread-state transition). */
    private static final MethodHandle N_TOKENS_CRITICAL;
    /** The same function, a plain handle made here (to compare like with like with the generated one). */
    private static final MethodHandle N_TOKENS_PLAIN;

    static {
        Llama.load();
        Linker linker = Linker.nativeLinker();
        N_TOKENS_CRITICAL = linker.downcallHandle(llama_h.llama_vocab_n_tokens$address(), llama_h.llama_vocab_n_tokens$descriptor(),
                Linker.Option.critical(false));
        N_TOKENS_PLAIN = linker.downcallHandle(llama_h.llama_vocab_n_tokens$address(), llama_h.llama_vocab_n_tokens$descriptor());
    }

    private RawDecoder raw;
    private MemorySegment vocabHandle;
    private LlamaModel llamaModel;
    private LlamaContext ctx;
    private SamplerChain chain, greedy;
    private Vocab vocab;
    private int[] textTokens;
    private int next;
    private Arena arena;
    private MemorySegment piece;
    private TextStream stream;
    private int pushed;
    private MemorySegment abortStub;
    private volatile boolean abortRequested;

    /** JMH creates the state. */
    public BindingBenchmarks() {}

    /**
     * Loads the model twice (bindings and API), decodes a short prompt so that logits exist.
     */
    @Setup(Level.Trial)
    public void setUp() {
        if (model.isEmpty()) throw new IllegalArgumentException("give the model with -p model=FILE");
        raw = new RawDecoder(Path.of(model), 256, new BenchSettings(1, 1, 1, 1, 256, 256), -1);
        vocabHandle = raw.vocab();
        llamaModel = LlamaModel.load(Path.of(model));
        vocab = llamaModel.vocab();
        ctx = llamaModel.newContext(ContextParams.builder().contextSize(512).threads(1).batchThreads(1).build());
        chain = Sampler.builder().topK(40).topP(0.95f).temperature(0.8f).seed(42).build().newChain(llamaModel);
        greedy = Sampler.greedy().newChain(llamaModel);
        textTokens = vocab.tokenize(TEXT_1K, SpecialTokens.NONE);
        ctx.generate(vocab.tokenize(TEXT_1K.substring(0, 200), SpecialTokens.ADD), GenerateParams.builder().maxTokens(1).build()).run();
        arena = Arena.ofConfined();
        piece = arena.allocate(256);
        stream = new TextStream(List.of());
        abortStub = ggml_abort_callback.allocate(data -> abortRequested, arena);
    }

    /** Frees everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        chain.close();
        greedy.close();
        llamaModel.close();
        raw.close();
        arena.close();
    }

    /**
     * The generated binding's wrapper of {@code llama_vocab_n_tokens}.
     *
     * @return the vocabulary size
     */
    @Benchmark
    public int downcallGenerated() {
        return llama_h.llama_vocab_n_tokens(vocabHandle);
    }

    /**
     * A plain downcall handle of our own.
     *
     * @return the vocabulary size
     * @throws Throwable never (the handle's signature)
     */
    @Benchmark
    public int downcallPlain() throws Throwable {
        return (int) N_TOKENS_PLAIN.invokeExact(vocabHandle);
    }

    /**
     * The same with {@code Linker.Option.critical(false)}.
     *
     * @return the vocabulary size
     * @throws Throwable never (the handle's signature)
     */
    @Benchmark
    public int downcallCritical() throws Throwable {
        return (int) N_TOKENS_CRITICAL.invokeExact(vocabHandle);
    }

    /**
     * {@code Vocab.tokenize} of 1024 bytes of text.
     *
     * @return the tokens
     */
    @Benchmark
    public int[] tokenize1k() {
        return vocab.tokenize(TEXT_1K, SpecialTokens.NONE);
    }

    /**
     * {@code LlamaContext.logits(-1)}: the zero-copy view of the last position's logits.
     *
     * @return the view
     */
    @Benchmark
    public MemorySegment logitsView() {
        return ctx.logits(-1);
    }

    /**
     * The view and a pass over all 128256 floats (argmax), as a custom sampler would read them.
     *
     * @return the index of the largest logit
     */
    @Benchmark
    public int logitsArgmax() {
        MemorySegment l = ctx.logits(-1);
        int n = (int) (l.byteSize() / 4), best = 0;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            float v = l.getAtIndex(ValueLayout.JAVA_FLOAT, i);
            if (v > max) {
                max = v;
                best = i;
            }
        }
        return best;
    }

    /**
     * One step of a top-k 40 / top-p 0.95 / temperature 0.8 / dist chain over the 128k logits.
     *
     * @return the sampled token
     */
    @Benchmark
    public int samplerChainStep() {
        return chain.sample(ctx, -1);
    }

    /**
     * One greedy step over the 128k logits.
     *
     * @return the sampled token
     */
    @Benchmark
    public int samplerGreedyStep() {
        return greedy.sample(ctx, -1);
    }

    /**
     * A token's text as the generation loop makes it: its piece from llama.cpp into a reused buffer,
     * the UTF-8 stream (held-back bytes, stop strings), the {@link Token}. A fresh stream every
     * 4096 tokens keeps its collected text from growing without end.
     *
     * @return the token
     */
    @Benchmark
    public Token tokenText() {
        int id = textTokens[next];
        next = next + 1 == textTokens.length ? 0 : next + 1;
        if (++pushed == 4096) {
            pushed = 0;
            stream = new TextStream(List.of());
        }
        int n = llama_h.llama_token_to_piece(vocabHandle, id, piece, (int) piece.byteSize(), 0, false);
        return new Token(id, stream.push(piece, n));
    }

    /**
     * A call from C into a Java abort callback like the context's (reached here through a downcall
     * of the stub, so this is one downcall plus one upcall). ggml's CPU backend calls the abort
     * callback once per graph node, between two barriers.
     *
     * @return the callback's answer
     */
    @Benchmark
    public boolean abortCallbackUpcall() {
        return ggml_abort_callback.invoke(abortStub, MemorySegment.NULL);
    }

    /**
     * What a decode costs the API once logits were viewed: the views' shared arena is closed
     * (a handshake with every Java thread) and a new one made at the next {@code logits()}.
     *
     * @return a segment of the new arena's scope
     */
    @Benchmark
    public long sharedArenaOpenClose() {
        Arena views = Arena.ofShared();
        long size = piece.reinterpret(4, views, null).byteSize();
        views.close();
        return size;
    }
}
