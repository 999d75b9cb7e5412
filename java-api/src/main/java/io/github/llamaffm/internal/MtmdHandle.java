package io.github.llamaffm.internal;

import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.bindings.mtmd_context_params;
import io.github.llamaffm.bindings.mtmd_helper_bitmap_wrapper;
import io.github.llamaffm.bindings.mtmd_input_text;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A loaded libmtmd context ({@code mtmd_context}: a multimodal projector for one text model) and
 * the native steps of media input: bitmaps, tokenizing a media marker with its bitmap into chunks,
 * encoding and decoding a chunk into a llama context.
 *
 * <p>Not thread-safe: libmtmd keeps the last encoding in the context, so the owner runs one call
 * at a time, and frees it only when no call runs and before the text model is freed.
 */
public final class MtmdHandle {
    /** The media marker this project gives libmtmd (its default, {@code mtmd_default_marker()}). */
    public static final String MARKER = "<__media__>";
    private static volatile boolean logRouted;

    private final Arena arena; // the params and strings of the context; closed after mtmd_free
    private final MemorySegment ctx;
    private final boolean vision, audio, mrope;
    private final int sampleRate;
    private boolean freed;

    private MtmdHandle(Arena arena, MemorySegment ctx) {
        this.arena = arena;
        this.ctx = ctx;
        this.vision = llama_h.mtmd_support_vision(ctx);
        this.audio = llama_h.mtmd_support_audio(ctx);
        this.mrope = llama_h.mtmd_decode_use_mrope(ctx);
        this.sampleRate = llama_h.mtmd_get_audio_sample_rate(ctx);
    }

    /**
     * Loads a projector for a model (the file checked by {@link ProjectorFileCheck} first). The load
     * runs an encode of a blank image (libmtmd's warm-up), so a graph that cannot be built fails here,
     * inside {@link NativeAbort#load}, and not in a later generation.
     *
     * @param model   the text model, alive longer than the handle
     * @param path    the projector file
     * @param threads encoder threads
     * @param gpu     whether the encoder may use a GPU
     * @return the handle
     * @throws ModelLoadException if libmtmd refuses the file
     */
    public static MtmdHandle load(ModelHandle model, Path path, int threads, boolean gpu) {
        routeLog();
        Arena arena = Arena.ofShared();
        try {
            MemorySegment p = llama_h.mtmd_context_params_default(arena);
            mtmd_context_params.use_gpu(p, gpu);
            mtmd_context_params.n_threads(p, threads);
            mtmd_context_params.print_timings(p, false);
            mtmd_context_params.warmup(p, true);
            mtmd_context_params.media_marker(p, arena.allocateFrom(MARKER));
            MemorySegment name = arena.allocateFrom(path.toString());
            MemorySegment m = model.segment();
            NativeAbort.Loaded<MemorySegment> r = NativeAbort.load("loading the projector " + path,
                    () -> llama_h.mtmd_init_from_file(name, m, p));
            if (Native.isNull(r.value())) {
                throw new ModelLoadException("libmtmd cannot load the projector " + path
                        + (r.recentLog().isEmpty() ? "" : r.recentLog()));
            }
            return new MtmdHandle(arena, r.value().reinterpret(arena, null));
        } catch (RuntimeException | Error e) {
            closeUnlessHeld(arena);
            throw e;
        }
    }

    /**
     * Closes the load's arena, unless the native call still holds it: after an assertion the
     * loader thread is parked inside {@code mtmd_init_from_file} for good, its arguments stay
     * acquired, and they leak with it (NativeAbort lists what such an event leaks). Closing would
     * throw IllegalStateException and hide the load's ModelLoadException.
     */
    private static void closeUnlessHeld(Arena arena) {
        try {
            arena.close();
        } catch (IllegalStateException stillUsed) {
            // leaked on purpose, see above
        }
    }

    /** libmtmd and its helpers log through ggml's logger: to SLF4J, as llama.cpp does. */
    private static void routeLog() {
        if (logRouted) return;
        synchronized (MtmdHandle.class) {
            if (logRouted) return;
            llama_h.mtmd_log_set(NativeLog.callback(), MemorySegment.NULL);
            llama_h.mtmd_helper_log_set(NativeLog.callback(), MemorySegment.NULL);
            logRouted = true;
        }
    }

    /** Whether the projector takes images. */
    public boolean vision() {
        return vision;
    }

    /** Whether the projector takes audio. */
    public boolean audio() {
        return audio;
    }

    /** Whether the model counts media positions in M-RoPE fashion (fewer positions than tokens). */
    public boolean mrope() {
        return mrope;
    }

    /** The audio sample rate in Hz, or -1 without audio. */
    public int audioSampleRate() {
        return sampleRate;
    }

    // ---- bitmaps (freed by freeBitmap) --------------------------------------------------------

    /**
     * A bitmap from an encoded file (image by stb_image, or audio by miniaudio), or NULL when
     * libmtmd cannot decode it.
     *
     * @param data the file's bytes
     * @return the bitmap or NULL
     */
    public MemorySegment decodeFile(byte[] data) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(1, data.length));
            MemorySegment.copy(data, 0, buf, ValueLayout.JAVA_BYTE, 0, data.length);
            NativeLog.clearRecent();
            MemorySegment w = llama_h.mtmd_helper_bitmap_init_from_buf(a, ctx, buf, data.length, false,
                    llama_h.mtmd_helper_init_opt_default(a));
            MemorySegment video = mtmd_helper_bitmap_wrapper.video_ctx(w);
            if (!Native.isNull(video)) llama_h.mtmd_helper_video_free(video); // not offered: video
            return mtmd_helper_bitmap_wrapper.bitmap(w);
        }
    }

    /**
     * A bitmap of RGB pixels.
     *
     * @param width  width
     * @param height height
     * @param rgb    {@code width * height * 3} bytes, rows top to bottom
     * @param id     the content's id (its hash), for libmtmd's caches
     * @return the bitmap
     */
    public MemorySegment rgb(int width, int height, byte[] rgb, String id) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(rgb.length);
            MemorySegment.copy(rgb, 0, buf, ValueLayout.JAVA_BYTE, 0, rgb.length);
            MemorySegment b = llama_h.mtmd_bitmap_init(width, height, buf);
            if (!Native.isNull(b)) llama_h.mtmd_bitmap_set_id(b, a.allocateFrom(id));
            return b;
        }
    }

    /**
     * A bitmap of mono PCM samples.
     *
     * @param samples the samples, at {@link #audioSampleRate()}
     * @param id      the content's id
     * @return the bitmap
     */
    public MemorySegment pcm(float[] samples, String id) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(ValueLayout.JAVA_FLOAT, samples.length);
            MemorySegment.copy(samples, 0, buf, ValueLayout.JAVA_FLOAT, 0, samples.length);
            MemorySegment b = llama_h.mtmd_bitmap_init_from_audio(samples.length, buf);
            if (!Native.isNull(b)) llama_h.mtmd_bitmap_set_id(b, a.allocateFrom(id));
            return b;
        }
    }

    /** Whether a bitmap holds audio. */
    public static boolean isAudio(MemorySegment bitmap) {
        return llama_h.mtmd_bitmap_is_audio(bitmap);
    }

    /** Frees a bitmap (NULL is fine). */
    public static void freeBitmap(MemorySegment bitmap) {
        if (!Native.isNull(bitmap)) llama_h.mtmd_bitmap_free(bitmap);
    }

    // ---- chunks -------------------------------------------------------------------------------

    /**
     * One chunk of a tokenized media marker: text (tokens libmtmd puts around the media, such as
     * an image-start token) or the media itself.
     *
     * @param pointer    the {@code mtmd_input_chunk *}, valid until its chunks are freed
     * @param media      true for an image or audio chunk
     * @param tokens     a text chunk's token ids (empty for media)
     * @param positions  positions the chunk fills ({@code mtmd_input_chunk_get_n_pos})
     * @param cells      KV cells the chunk takes, one per token or embedding
     *                   ({@code mtmd_input_chunk_get_n_tokens}): more than its positions for an
     *                   image of an M-RoPE model
     */
    public record Chunk(MemorySegment pointer, boolean media, int[] tokens, int positions, int cells) {}

    /**
     * Tokenizes one media marker with its bitmap into a new chunk list.
     *
     * @param bitmap the bitmap
     * @param out    receives the chunks, in order
     * @return the {@code mtmd_input_chunks *} to free with {@link #freeChunks}
     * @throws IllegalArgumentException if libmtmd cannot preprocess the media (the log says why), or
     *                                  the audio has fewer than 2 samples
     */
    public MemorySegment tokenize(MemorySegment bitmap, List<Chunk> out) {
        // mtmd_tokenize asserts (GGML_ASSERT) that an audio bitmap holds more than one sample
        if (isAudio(bitmap) && llama_h.mtmd_bitmap_get_nx(bitmap) < 2) {
            throw new IllegalArgumentException("the audio has " + llama_h.mtmd_bitmap_get_nx(bitmap) + " sample(s); libmtmd needs at least 2");
        }
        MemorySegment chunks = llama_h.mtmd_input_chunks_init();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment text = mtmd_input_text.allocate(a);
            byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
            mtmd_input_text.text(text, a.allocateFrom(MARKER));
            mtmd_input_text.text_len(text, marker.length);
            mtmd_input_text.add_special(text, false);
            mtmd_input_text.parse_special(text, true);
            MemorySegment bitmaps = a.allocate(ValueLayout.ADDRESS);
            bitmaps.set(ValueLayout.ADDRESS, 0, bitmap);
            NativeLog.clearRecent();
            int rc = llama_h.mtmd_tokenize(ctx, chunks, text, bitmaps, 1);
            if (rc != 0) {
                throw new IllegalArgumentException("libmtmd cannot prepare the " + (isAudio(bitmap) ? "audio" : "image")
                        + " (mtmd_tokenize: " + rc + ")" + Native.recentLog());
            }
            long n = llama_h.mtmd_input_chunks_size(chunks);
            List<Chunk> found = new ArrayList<>();
            MemorySegment count = a.allocate(ValueLayout.JAVA_LONG);
            for (long i = 0; i < n; i++) {
                MemorySegment c = llama_h.mtmd_input_chunks_get(chunks, i);
                int type = llama_h.mtmd_input_chunk_get_type(c);
                int positions = llama_h.mtmd_input_chunk_get_n_pos(c);
                if (type == llama_h.MTMD_INPUT_CHUNK_TYPE_TEXT()) {
                    MemorySegment t = llama_h.mtmd_input_chunk_get_tokens_text(c, count);
                    int k = Math.toIntExact(count.get(ValueLayout.JAVA_LONG, 0));
                    int[] ids = k == 0 ? new int[0] : t.reinterpret(k * 4L).toArray(ValueLayout.JAVA_INT);
                    found.add(new Chunk(c, false, ids, ids.length, ids.length));
                } else {
                    long cells = llama_h.mtmd_input_chunk_get_n_tokens(c);
                    if (positions < 1 || cells < positions || cells > Integer.MAX_VALUE) {
                        throw new IllegalArgumentException("libmtmd made a media chunk of " + positions + " positions and " + cells + " tokens");
                    }
                    found.add(new Chunk(c, true, new int[0], positions, (int) cells));
                }
            }
            out.addAll(found);
            return chunks;
        } catch (RuntimeException | Error e) {
            llama_h.mtmd_input_chunks_free(chunks);
            throw e;
        }
    }

    /** Frees a chunk list from {@link #tokenize}. */
    public static void freeChunks(MemorySegment chunks) {
        if (!Native.isNull(chunks)) llama_h.mtmd_input_chunks_free(chunks);
    }

    /**
     * Encodes a media chunk and decodes its embeddings into sequence {@code sequence} of
     * {@code context} from {@code position} on ({@code mtmd_helper_eval_chunk_single}, which
     * places M-RoPE positions itself); the context's output views end, and no row of this decode
     * has outputs.
     *
     * @param context  the context
     * @param chunk    a media chunk
     * @param position its first position
     * @param sequence the sequence, valid for the context
     * @return 0, or llama_decode's (or the encoder's) failure code
     */
    public int evalChunk(ContextHandle context, MemorySegment chunk, int position, int sequence) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment newPast = a.allocate(ValueLayout.JAVA_INT);
            return context.decodeExternal(h -> llama_h.mtmd_helper_eval_chunk_single(ctx, h, chunk, position, sequence,
                    context.nBatch, false, newPast));
        }
    }

    /** Frees the context; later calls fail. Idempotent. */
    public void free() {
        if (freed) return;
        freed = true;
        MemorySegment c = ctx;
        arena.close(); // the views end first: a late call fails in the JDK
        llama_h.mtmd_free(MemorySegment.ofAddress(c.address()));
    }
}
