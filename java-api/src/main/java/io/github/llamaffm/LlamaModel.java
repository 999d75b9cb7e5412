package io.github.llamaffm;

import io.github.llamaffm.internal.ModelHandle;
import io.github.llamaffm.internal.Native;

import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A loaded GGUF model: its weights, vocabulary and metadata.
 *
 * <p>Thread-safe: many threads may tokenize, read metadata and create contexts at once.
 * Ownership is a tree: the model owns the {@link LlamaContext}s made by {@link #newContext}, the
 * {@link LoraAdapter}s it loaded and the native chains of {@link Sampler}s used with it;
 * {@link #close()} closes them first (stopping a running decode), then frees the model. A closed
 * model throws {@link IllegalStateException} on use. A {@link Cleaner} frees a model that was
 * never closed once it is unreachable, as a backstop only: close models yourself, they can hold
 * gigabytes.
 *
 * <p><b>Locks.</b> Facts that never change (sizes, counts, templates) are final fields read at
 * load, so no lock guards them. The read lock is held by calls that use the model's native handle
 * outside any context (tokenizing, loading an adapter, creating a context); contexts and samplers
 * use it under their own guard without the lock, which is safe because the model is freed only
 * after every child is freed. {@link #close()} closes the children first, holding no lock (each
 * waits for its running call, or is freed at the end of that call when the close comes from a
 * callback inside it). The final free takes the write lock without waiting, once the last child
 * is gone; if a reader is inside then, the last reader to leave frees the model. So no thread
 * ever waits for the model's lock while holding another, and a close from a log listener inside
 * a read cannot deadlock. See {@link io.github.llamaffm.internal.Guard} for the order of all locks.
 */
public final class LlamaModel implements AutoCloseable {
    // The llama_model, its views (scoped to an arena closed before llama_model_free) and free order.
    private final ModelHandle nativeModel;
    private final Path path;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Set<Object> children = new java.util.HashSet<>(); // guarded by itself
    private final Object adapterLock = new Object();
    private final Vocab vocab;
    private final Map<String, String> metadata;
    private final String description;
    private final long sizeBytes, parameterCount;
    private final int trainingContextSize, embeddingSize, outputEmbeddingSize, layerCount, classifierOutputs;
    private final Optional<String> chatTemplate, rerankTemplate;
    private volatile boolean closed;
    private boolean freed; // guarded by children

    private LlamaModel(ModelHandle nativeModel, Path path) {
        this.path = path;
        this.nativeModel = nativeModel;
        this.vocab = new Vocab(this, nativeModel.vocab());
        this.metadata = nativeModel.metadata();
        this.description = nativeModel.description();
        long[] sizes = nativeModel.sizes();
        this.sizeBytes = sizes[0];
        this.parameterCount = sizes[1];
        int[] shape = nativeModel.shape();
        this.trainingContextSize = shape[0];
        this.embeddingSize = shape[1];
        this.outputEmbeddingSize = shape[2];
        this.layerCount = shape[3];
        this.classifierOutputs = shape[4];
        this.chatTemplate = nativeModel.template(null);
        this.rerankTemplate = nativeModel.template("rerank");
    }

    /**
     * Loads a model with {@link ModelParams#defaults()}.
     *
     * @param path the GGUF file
     * @return the model; close it when done
     * @throws ModelLoadException if the file is missing, unreadable, not GGUF, or llama.cpp refuses it
     */
    public static LlamaModel load(Path path) {
        return load(path, ModelParams.defaults(), null);
    }

    /**
     * Loads a model.
     *
     * @param path   the GGUF file
     * @param params how to load it
     * @return the model; close it when done
     * @throws ModelLoadException if the file is missing, unreadable, not GGUF, or llama.cpp refuses it
     */
    public static LlamaModel load(Path path, ModelParams params) {
        return load(path, params, null);
    }

    /**
     * Loads a model, reporting progress.
     *
     * @param path     the GGUF file
     * @param params   how to load it
     * @param listener told of the progress (may be null); returning false cancels the load
     * @return the model; close it when done
     * @throws ModelLoadException if the file is missing, unreadable, not GGUF, llama.cpp refuses it,
     *                            or the listener cancelled; with an {@link RpcServerException} as its
     *                            cause when an RPC server of {@link ModelParams#rpcServers()} is
     *                            unreachable, not a llama.cpp RPC server of this protocol version,
     *                            or died during the load
     * @throws NullPointerException if {@code path} or {@code params} is null
     */
    public static LlamaModel load(Path path, ModelParams params, LoadProgressListener listener) {
        java.util.Objects.requireNonNull(path, "path");
        java.util.Objects.requireNonNull(params, "params");
        Native.ensureLoaded();
        Path abs = path.toAbsolutePath();
        if (!Files.exists(abs)) throw new ModelLoadException("cannot load model " + abs + ": no such file");
        if (Files.isDirectory(abs)) throw new ModelLoadException("cannot load model " + abs + ": it is a directory");
        if (!Files.isReadable(abs)) throw new ModelLoadException("cannot load model " + abs + ": not readable");
        // Hostile files must not reach llama.cpp's assertions: check the metadata in Java first.
        io.github.llamaffm.internal.ModelFileCheck.checkModel(abs);
        return new LlamaModel(ModelHandle.load(abs, params::writeTo, params.rpcServers(), listener == null ? null : listener::onProgress), abs);
    }

    // ---- facts ------------------------------------------------------------------------------

    /**
     * The file this model was loaded from.
     *
     * @return the absolute path
     */
    public Path path() {
        return path;
    }

    /**
     * The vocabulary (tokenizer) of this model, valid as long as the model is open.
     *
     * @return the vocabulary
     */
    public Vocab vocab() {
        return vocab;
    }

    /**
     * llama.cpp's one-line description, e.g. {@code llama 1B Q4_0}.
     *
     * @return the description
     * @throws IllegalStateException if the model is closed
     */
    public String description() {
        checkOpen();
        return description;
    }

    /**
     * Total size of the weights in bytes.
     *
     * @return bytes
     * @throws IllegalStateException if the model is closed
     */
    public long sizeBytes() {
        checkOpen();
        return sizeBytes;
    }

    /**
     * Number of parameters.
     *
     * @return the parameter count
     * @throws IllegalStateException if the model is closed
     */
    public long parameterCount() {
        checkOpen();
        return parameterCount;
    }

    /**
     * The context length the model was trained with.
     *
     * @return tokens
     * @throws IllegalStateException if the model is closed
     */
    public int trainingContextSize() {
        checkOpen();
        return trainingContextSize;
    }

    /**
     * The embedding size (hidden dimension).
     *
     * @return the embedding length
     * @throws IllegalStateException if the model is closed
     */
    public int embeddingSize() {
        checkOpen();
        return embeddingSize;
    }

    /**
     * The number of layers.
     *
     * @return layers
     * @throws IllegalStateException if the model is closed
     */
    public int layerCount() {
        checkOpen();
        return layerCount;
    }

    /**
     * The model's GGUF metadata as llama.cpp renders it (values as strings; long arrays are
     * abbreviated by llama.cpp). Read once at load time.
     *
     * @return an immutable, ordered map
     */
    public Map<String, String> metadata() {
        return metadata;
    }

    /**
     * The model's default chat template ({@code tokenizer.chat_template}), a Jinja template.
     *
     * @return the template, or empty when the model has none
     * @throws IllegalStateException if the model is closed
     */
    public Optional<String> chatTemplate() {
        checkOpen();
        return chatTemplate;
    }

    private volatile long fingerprint;

    /**
     * Identifies the model's content for saved states: its shape, its metadata and samples of the
     * file's bytes (weights included), so a state of a same-shaped model with other weights is refused.
     */
    long fingerprint() {
        long f = fingerprint;
        if (f != 0) return f;
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update((vocab.size() + "|" + embeddingSize + "|" + layerCount + "|" + parameterCount + "|" + sizeBytes
                + "|" + new java.util.TreeMap<>(metadata)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path)) {
            long size = ch.size();
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(4096);
            for (int i = 0; i < 32; i++) {
                buf.clear();
                ch.read(buf, size / 32 * i);
                buf.flip();
                crc.update(buf);
            }
        } catch (java.io.IOException e) {
            // the file moved since loading: shape and metadata still tell most models apart
        }
        f = crc.getValue() | 1L << 40;
        fingerprint = f;
        return f;
    }

    // ---- contexts ---------------------------------------------------------------------------

    /**
     * Creates a context with {@link ContextParams#defaults()}.
     *
     * @return a new context owned by this model
     * @throws IllegalStateException if the model is closed
     * @throws LlamaException        if llama.cpp cannot create the context (e.g. out of memory)
     */
    public LlamaContext newContext() {
        return newContext(ContextParams.defaults());
    }

    /**
     * Creates a context: the KV memory and compute buffers for inference with this model.
     *
     * @param params context size, batch sizes, threads, ...
     * @return a new context owned by this model; close it when done (closing the model closes it too)
     * @throws IllegalStateException if the model is closed or was loaded vocabulary-only
     * @throws LlamaException        if llama.cpp cannot create the context (e.g. out of memory)
     */
    public LlamaContext newContext(ContextParams params) {
        java.util.Objects.requireNonNull(params, "params");
        return read(() -> LlamaContext.create(this, params));
    }

    // ---- plumbing for the API classes ---------------------------------------------------------

    /**
     * Loads a LoRA adapter made for this model (same architecture and tensor shapes).
     *
     * @param path the adapter's GGUF file
     * @return the adapter, owned by this model (closed with it)
     * @throws ModelLoadException    if the file is missing, not an adapter, or made for another model;
     *                               the message carries llama.cpp's reason
     * @throws IllegalStateException if the model is closed
     */
    public LoraAdapter loadLora(Path path) {
        return LoraAdapter.load(this, path);
    }

    /** The native model, for the API classes' native calls (a reader or child keeps it alive). */
    ModelHandle nativeModel() {
        return nativeModel;
    }

    /** Output embedding width ({@code llama_model_n_embd_out}). */
    int outputEmbeddingSize() {
        return outputEmbeddingSize;
    }

    /** Classifier outputs of a reranker ({@code llama_model_n_cls_out}). */
    int classifierOutputs() {
        return classifierOutputs;
    }

    /** The model's "rerank" template, if it has one. */
    Optional<String> rerankTemplate() {
        return rerankTemplate;
    }

    /**
     * Serializes llama.cpp's changes to the model's adapter set ({@code llama_adapter_lora_init}
     * and {@code _free} edit a {@code std::set} of the model without a lock of their own).
     */
    Object adapterLock() {
        return adapterLock;
    }

    /**
     * Registers a child that {@link #close()} closes first; throws if the model is closed. A child
     * calls {@link #release} once its native memory is freed.
     */
    void adopt(AutoCloseable child) {
        synchronized (children) {
            checkOpen();
            children.add(child);
        }
    }

    /** A child was freed (or never needs closing again); the last one lets a closed model go. */
    void release(AutoCloseable child) {
        synchronized (children) {
            children.remove(child);
        }
        if (closed) freeIfUnused();
    }

    void checkOpen() {
        if (closed) throw new IllegalStateException("LlamaModel " + path.getFileName() + " is closed");
    }

    /** Runs {@code op} while the model cannot be freed (many readers at once). */
    <T> T read(Supplier<T> op) {
        lock.readLock().lock();
        try {
            checkOpen();
            return op.get();
        } finally {
            lock.readLock().unlock();
            if (closed) freeIfUnused(); // the model closed meanwhile: the last reader out frees it
        }
    }

    /**
     * Whether {@link #close()} has been called.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes the contexts, adapters and sampler chains of this model, then frees the model.
     * Idempotent: later calls do nothing. From any thread: a decode running on another thread is
     * aborted and waited for. From a callback inside a call of one of its contexts (a token
     * consumer, say) the model is closed at once, and its memory, and that context's, are freed
     * when that call returns.
     *
     * @throws LlamaException if closing a child failed (the others are still closed)
     */
    @Override
    public void close() {
        List<Object> snapshot;
        synchronized (children) {
            if (closed) return;
            closed = true; // from here on nothing can adopt a child
            snapshot = List.copyOf(children);
        }
        List<Throwable> failures = new ArrayList<>();
        for (Object c : snapshot) {
            try {
                ((AutoCloseable) c).close();
            } catch (Throwable t) {
                failures.add(t);
            }
        }
        freeIfUnused();
        if (!failures.isEmpty()) {
            LlamaException e = new LlamaException("closing the children of model " + path.getFileName() + " failed");
            failures.forEach(e::addSuppressed);
            throw e;
        }
    }

    /**
     * Frees the closed model once no child and no reader is left. Never waits: while a reader is
     * inside (tokenizing, creating a context, loading an adapter — perhaps this very thread, from
     * a log listener), the last reader to leave frees it (see {@link #read}).
     */
    private void freeIfUnused() {
        synchronized (children) {
            if (freed || !children.isEmpty()) return;
        }
        if (!lock.writeLock().tryLock()) return;
        try {
            synchronized (children) {
                if (freed || !children.isEmpty()) return;
                freed = true;
            }
            nativeModel.free();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "LlamaModel[" + path.getFileName() + (closed ? ", closed]" : "]");
    }
}
