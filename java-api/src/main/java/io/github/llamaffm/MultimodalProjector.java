package io.github.llamaffm;

import io.github.llamaffm.internal.MtmdHandle;
import io.github.llamaffm.internal.ProjectorFileCheck;

import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A multimodal projector ("mmproj" file) loaded for a {@link LlamaModel}: the image and/or audio
 * encoder of a vision or audio model (LLaVA, Qwen2.5-VL, Gemma 3, SmolVLM, Ultravox, …), run by
 * llama.cpp's libmtmd. It turns {@link Media} into embeddings that a context of its model decodes
 * in place of a media marker:
 *
 * <pre>{@code
 * try (LlamaModel model = LlamaModel.load(Path.of("model.gguf"));
 *      MultimodalProjector vision = MultimodalProjector.load(model, Path.of("mmproj.gguf"));
 *      LlamaContext ctx = model.newContext()) {
 *     MultimodalPrompt prompt = MultimodalPrompt.of(vision, "USER: " + vision.marker() + "\nWhat is this?\nASSISTANT:",
 *             Media.fromFile(Path.of("cat.jpg")));
 *     System.out.println(ctx.complete(prompt, GenerateParams.defaults()));
 * }
 * }</pre>
 *
 * <p>In a conversation, give the session the projector ({@code ChatSession.Builder.projector})
 * and send messages with media parts ({@link io.github.llamaffm.chat.ChatMessage#userParts(Object...)}).
 *
 * <p><b>Hostile files.</b> The file is checked in Java before libmtmd opens it (libmtmd stops the
 * process on a key of the wrong type): the types of every key libmtmd reads, and for the LLaVA
 * projector ({@code mlp}) and the Ultravox audio projector ({@code ultravox}) the shapes of all their tensors; a projector whose embeddings do not have
 * the model's width is refused. The load runs libmtmd's warm-up encode, so a graph that cannot be
 * built fails at load. Failures are {@link ModelLoadException}s.
 *
 * <p><b>Ownership and threads.</b> Owned by its model: closing the model closes it. Thread-safe:
 * contexts of the model on several threads may use one projector; encodes take turns (libmtmd keeps
 * one encoder state per projector). {@link #close()} never frees memory under a running encode: when
 * one runs (on any thread, or around the calling callback), the projector is freed as it ends.
 */
public final class MultimodalProjector implements AutoCloseable {
    /** The media marker: the text that stands for one {@link Media} in a prompt ({@code <__media__>}). */
    public static final String MARKER = MtmdHandle.MARKER;

    private final LlamaModel model;
    private final Path path;
    private final MtmdHandle handle;
    private final String projectorType;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean closed;
    private boolean freed; // guarded by lock

    private MultimodalProjector(LlamaModel model, Path path, MtmdHandle handle, String projectorType) {
        this.model = model;
        this.path = path;
        this.handle = handle;
        this.projectorType = projectorType;
    }

    /**
     * Loads a projector for {@code model} with {@link ProjectorParams#defaults()}.
     *
     * @param model the text model the projector was made for
     * @param path  the projector file
     * @return the projector, owned by the model (close it, or the model)
     * @throws ModelLoadException    if the file is missing, invalid, hostile or made for another model
     * @throws IllegalStateException if the model is closed
     */
    public static MultimodalProjector load(LlamaModel model, Path path) {
        return load(model, path, ProjectorParams.defaults());
    }

    /**
     * Loads a projector for {@code model}.
     *
     * @param model  the text model the projector was made for
     * @param path   the projector file
     * @param params encoder threads, GPU use
     * @return the projector, owned by the model (close it, or the model)
     * @throws ModelLoadException    if the file is missing, invalid, hostile or made for another model
     * @throws IllegalStateException if the model is closed
     * @throws NullPointerException  if an argument is null
     */
    public static MultimodalProjector load(LlamaModel model, Path path, ProjectorParams params) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(params, "params");
        Path abs = path.toAbsolutePath();
        if (!Files.isRegularFile(abs)) throw new ModelLoadException("no projector file at " + abs);
        int width = model.embeddingSize();
        ProjectorFileCheck.Facts facts = ProjectorFileCheck.check(abs, width);
        return model.read(() -> {
            MtmdHandle h = MtmdHandle.load(model.nativeModel(), abs, params.threads(), params.gpu());
            MultimodalProjector p = new MultimodalProjector(model, path, h, facts.projectorType());
            try {
                model.adopt(p);
            } catch (RuntimeException e) {
                h.free();
                throw e;
            }
            return p;
        });
    }

    /**
     * Whether the projector takes images.
     *
     * @return true for a vision projector
     * @throws IllegalStateException if closed
     */
    public boolean supportsVision() {
        checkOpen();
        return handle.vision();
    }

    /**
     * Whether the projector takes audio.
     *
     * @return true for an audio projector
     * @throws IllegalStateException if closed
     */
    public boolean supportsAudio() {
        checkOpen();
        return handle.audio();
    }

    /**
     * The sample rate that {@link Media#audio(float[])} samples must have.
     *
     * @return Hz, or -1 when the projector takes no audio
     * @throws IllegalStateException if closed
     */
    public int audioSampleRate() {
        checkOpen();
        return handle.audioSampleRate();
    }

    /**
     * The text that stands for one media in a prompt.
     *
     * @return {@link #MARKER}
     */
    public String marker() {
        return MARKER;
    }

    /**
     * The projector type named in the file ({@code clip.projector_type}, such as {@code mlp}).
     *
     * @return the type, or "" when the file names none
     */
    public String projectorType() {
        return projectorType;
    }

    /**
     * The file the projector was loaded from.
     *
     * @return the path as given
     */
    public Path path() {
        return path;
    }

    /**
     * The model the projector belongs to.
     *
     * @return the model
     */
    public LlamaModel model() {
        return model;
    }

    /**
     * How many positions of a context {@code media} fills (its tokens, and the marker tokens libmtmd
     * puts around it; models with M-RoPE count fewer positions than tokens). Decodes the media,
     * without encoding it.
     *
     * @param media the media
     * @return positions
     * @throws IllegalArgumentException if the media cannot be decoded or does not suit the projector
     * @throws IllegalStateException    if closed
     */
    public int positions(Media media) {
        return count(media, MtmdHandle.Chunk::positions);
    }

    /**
     * How many tokens {@code media} becomes: its embeddings and the marker tokens libmtmd puts
     * around it, each one KV cell of a context. The same as {@link #positions(Media)}, except for
     * models with M-RoPE (Qwen2-VL), where an image of {@code nx × ny} tokens fills only
     * {@code max(nx, ny)} positions: size their contexts by tokens. Decodes the media, without
     * encoding it.
     *
     * @param media the media
     * @return tokens
     * @throws IllegalArgumentException if the media cannot be decoded or does not suit the projector
     * @throws IllegalStateException    if closed
     */
    public int tokens(Media media) {
        return count(media, MtmdHandle.Chunk::cells);
    }

    private int count(Media media, java.util.function.ToIntFunction<MtmdHandle.Chunk> what) {
        Objects.requireNonNull(media, "media");
        return use(h -> {
            MemorySegment bitmap = media.bitmap(h);
            MemorySegment chunks = MemorySegment.NULL;
            try {
                checkKind(h, bitmap, media);
                List<MtmdHandle.Chunk> out = new ArrayList<>();
                chunks = h.tokenize(bitmap, out);
                int n = 0;
                for (MtmdHandle.Chunk c : out) n += what.applyAsInt(c);
                return n;
            } finally {
                MtmdHandle.freeChunks(chunks);
                MtmdHandle.freeBitmap(bitmap);
            }
        });
    }

    /** Refuses audio for a projector without audio, and images for one without vision. */
    static void checkKind(MtmdHandle h, MemorySegment bitmap, Media media) {
        boolean audio = MtmdHandle.isAudio(bitmap);
        if (audio && !h.audio()) throw new IllegalArgumentException(media + " is audio; this projector takes no audio");
        if (!audio && !h.vision()) throw new IllegalArgumentException(media + " is an image; this projector takes no images");
    }

    /**
     * Runs {@code op} on the native projector, one call at a time (callers on other threads wait; the
     * caller's context guard may be held: no lock is taken inside that waits for a context).
     */
    <T> T use(Function<MtmdHandle, T> op) {
        lock.lock();
        try {
            checkOpen();
            return op.apply(handle);
        } finally {
            boolean outermost = lock.getHoldCount() == 1;
            lock.unlock();
            if (closed && outermost) freeIfIdle();
        }
    }

    private void checkOpen() {
        if (closed) throw new IllegalStateException("the projector " + path.getFileName() + " is closed");
    }

    /**
     * Whether {@link #close()} has been called (directly or by closing the model).
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Frees the projector; idempotent. When an encode runs (on another thread, or around a callback
     * that calls this), it is freed as that call ends; later use throws
     * {@link IllegalStateException}.
     */
    @Override
    public void close() {
        closed = true;
        freeIfIdle();
    }

    private void freeIfIdle() {
        if (!lock.tryLock()) return; // the running call frees it on its way out
        try {
            if (freed || lock.getHoldCount() > 1) return;
            freed = true;
            handle.free();
        } finally {
            lock.unlock();
        }
        model.release(this);
    }

    @Override
    public String toString() {
        return "MultimodalProjector[" + path.getFileName() + (projectorType.isEmpty() ? "" : ", " + projectorType)
                + (closed ? ", closed]" : "]");
    }
}
