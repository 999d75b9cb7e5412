// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h, mtmd.h, mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** Part 1 of {@link llama_h}, split off to keep class files small. */
public class llama_h_1 extends llama_h_2 {

    llama_h_1() {
        // static members only
    }

    private static final int LLAMA_LOAD_MODE_DIRECT_IO = 4;
    /** {@code LLAMA_LOAD_MODE_DIRECT_IO = 4} */
    public static int LLAMA_LOAD_MODE_DIRECT_IO() {
        return LLAMA_LOAD_MODE_DIRECT_IO;
    }

    private static final int LLAMA_LAZY_MODE_OFF = 0;
    /** {@code LLAMA_LAZY_MODE_OFF = 0} */
    public static int LLAMA_LAZY_MODE_OFF() {
        return LLAMA_LAZY_MODE_OFF;
    }

    private static final int LLAMA_LAZY_MODE_AUTO = 1;
    /** {@code LLAMA_LAZY_MODE_AUTO = 1} */
    public static int LLAMA_LAZY_MODE_AUTO() {
        return LLAMA_LAZY_MODE_AUTO;
    }

    private static final int LLAMA_LAZY_MODE_ON = 2;
    /** {@code LLAMA_LAZY_MODE_ON = 2} */
    public static int LLAMA_LAZY_MODE_ON() {
        return LLAMA_LAZY_MODE_ON;
    }

    private static final int LLAMA_CONTEXT_TYPE_DEFAULT = 0;
    /** {@code LLAMA_CONTEXT_TYPE_DEFAULT = 0} */
    public static int LLAMA_CONTEXT_TYPE_DEFAULT() {
        return LLAMA_CONTEXT_TYPE_DEFAULT;
    }

    private static final int LLAMA_CONTEXT_TYPE_MTP = 1;
    /** {@code LLAMA_CONTEXT_TYPE_MTP = 1} */
    public static int LLAMA_CONTEXT_TYPE_MTP() {
        return LLAMA_CONTEXT_TYPE_MTP;
    }

    private static final int LLAMA_KV_OVERRIDE_TYPE_INT = 0;
    /** {@code LLAMA_KV_OVERRIDE_TYPE_INT = 0} */
    public static int LLAMA_KV_OVERRIDE_TYPE_INT() {
        return LLAMA_KV_OVERRIDE_TYPE_INT;
    }

    private static final int LLAMA_KV_OVERRIDE_TYPE_FLOAT = 1;
    /** {@code LLAMA_KV_OVERRIDE_TYPE_FLOAT = 1} */
    public static int LLAMA_KV_OVERRIDE_TYPE_FLOAT() {
        return LLAMA_KV_OVERRIDE_TYPE_FLOAT;
    }

    private static final int LLAMA_KV_OVERRIDE_TYPE_BOOL = 2;
    /** {@code LLAMA_KV_OVERRIDE_TYPE_BOOL = 2} */
    public static int LLAMA_KV_OVERRIDE_TYPE_BOOL() {
        return LLAMA_KV_OVERRIDE_TYPE_BOOL;
    }

    private static final int LLAMA_KV_OVERRIDE_TYPE_STR = 3;
    /** {@code LLAMA_KV_OVERRIDE_TYPE_STR = 3} */
    public static int LLAMA_KV_OVERRIDE_TYPE_STR() {
        return LLAMA_KV_OVERRIDE_TYPE_STR;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_SEQUENCE = 0;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_SEQUENCE = 0} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_SEQUENCE() {
        return LLAMA_MODEL_META_KEY_SAMPLING_SEQUENCE;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_TOP_K = 1;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_TOP_K = 1} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_TOP_K() {
        return LLAMA_MODEL_META_KEY_SAMPLING_TOP_K;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_TOP_P = 2;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_TOP_P = 2} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_TOP_P() {
        return LLAMA_MODEL_META_KEY_SAMPLING_TOP_P;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_MIN_P = 3;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_MIN_P = 3} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_MIN_P() {
        return LLAMA_MODEL_META_KEY_SAMPLING_MIN_P;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_XTC_PROBABILITY = 4;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_XTC_PROBABILITY = 4} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_XTC_PROBABILITY() {
        return LLAMA_MODEL_META_KEY_SAMPLING_XTC_PROBABILITY;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_XTC_THRESHOLD = 5;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_XTC_THRESHOLD = 5} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_XTC_THRESHOLD() {
        return LLAMA_MODEL_META_KEY_SAMPLING_XTC_THRESHOLD;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_TEMP = 6;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_TEMP = 6} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_TEMP() {
        return LLAMA_MODEL_META_KEY_SAMPLING_TEMP;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_PENALTY_LAST_N = 7;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_PENALTY_LAST_N = 7} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_PENALTY_LAST_N() {
        return LLAMA_MODEL_META_KEY_SAMPLING_PENALTY_LAST_N;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_PENALTY_REPEAT = 8;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_PENALTY_REPEAT = 8} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_PENALTY_REPEAT() {
        return LLAMA_MODEL_META_KEY_SAMPLING_PENALTY_REPEAT;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT = 9;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT = 9} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT() {
        return LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT_TAU = 10;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT_TAU = 10} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT_TAU() {
        return LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT_TAU;
    }

    private static final int LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT_ETA = 11;
    /** {@code LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT_ETA = 11} */
    public static int LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT_ETA() {
        return LLAMA_MODEL_META_KEY_SAMPLING_MIROSTAT_ETA;
    }

    private static final int GGML_FILE_MAGIC = 1734831468;
    /** {@code GGML_FILE_MAGIC = 1734831468} */
    public static int GGML_FILE_MAGIC() {
        return GGML_FILE_MAGIC;
    }

    private static final int GGML_FILE_VERSION = 2;
    /** {@code GGML_FILE_VERSION = 2} */
    public static int GGML_FILE_VERSION() {
        return GGML_FILE_VERSION;
    }

    private static final int GGML_QNT_VERSION = 2;
    /** {@code GGML_QNT_VERSION = 2} */
    public static int GGML_QNT_VERSION() {
        return GGML_QNT_VERSION;
    }

    private static final int GGML_QNT_VERSION_FACTOR = 1000;
    /** {@code GGML_QNT_VERSION_FACTOR = 1000} */
    public static int GGML_QNT_VERSION_FACTOR() {
        return GGML_QNT_VERSION_FACTOR;
    }

    private static final int GGML_MAX_DIMS = 4;
    /** {@code GGML_MAX_DIMS = 4} */
    public static int GGML_MAX_DIMS() {
        return GGML_MAX_DIMS;
    }

    private static final int GGML_MAX_PARAMS = 2048;
    /** {@code GGML_MAX_PARAMS = 2048} */
    public static int GGML_MAX_PARAMS() {
        return GGML_MAX_PARAMS;
    }

    private static final int GGML_MAX_SRC = 10;
    /** {@code GGML_MAX_SRC = 10} */
    public static int GGML_MAX_SRC() {
        return GGML_MAX_SRC;
    }

    private static final int GGML_MAX_N_THREADS = 512;
    /** {@code GGML_MAX_N_THREADS = 512} */
    public static int GGML_MAX_N_THREADS() {
        return GGML_MAX_N_THREADS;
    }

    private static final int GGML_MAX_OP_PARAMS = 64;
    /** {@code GGML_MAX_OP_PARAMS = 64} */
    public static int GGML_MAX_OP_PARAMS() {
        return GGML_MAX_OP_PARAMS;
    }

    private static final int GGML_MAX_NAME = 64;
    /** {@code GGML_MAX_NAME = 64} */
    public static int GGML_MAX_NAME() {
        return GGML_MAX_NAME;
    }

    private static final int GGML_DEFAULT_N_THREADS = 4;
    /** {@code GGML_DEFAULT_N_THREADS = 4} */
    public static int GGML_DEFAULT_N_THREADS() {
        return GGML_DEFAULT_N_THREADS;
    }

    private static final int GGML_DEFAULT_GRAPH_SIZE = 2048;
    /** {@code GGML_DEFAULT_GRAPH_SIZE = 2048} */
    public static int GGML_DEFAULT_GRAPH_SIZE() {
        return GGML_DEFAULT_GRAPH_SIZE;
    }

    private static final int GGML_MEM_ALIGN = 16;
    /** {@code GGML_MEM_ALIGN = 16} */
    public static int GGML_MEM_ALIGN() {
        return GGML_MEM_ALIGN;
    }

    private static final int GGML_EXIT_SUCCESS = 0;
    /** {@code GGML_EXIT_SUCCESS = 0} */
    public static int GGML_EXIT_SUCCESS() {
        return GGML_EXIT_SUCCESS;
    }

    private static final int GGML_EXIT_ABORTED = 1;
    /** {@code GGML_EXIT_ABORTED = 1} */
    public static int GGML_EXIT_ABORTED() {
        return GGML_EXIT_ABORTED;
    }

    private static final int GGML_ROPE_TYPE_NORMAL = 0;
    /** {@code GGML_ROPE_TYPE_NORMAL = 0} */
    public static int GGML_ROPE_TYPE_NORMAL() {
        return GGML_ROPE_TYPE_NORMAL;
    }

    private static final int GGML_ROPE_TYPE_NEOX = 2;
    /** {@code GGML_ROPE_TYPE_NEOX = 2} */
    public static int GGML_ROPE_TYPE_NEOX() {
        return GGML_ROPE_TYPE_NEOX;
    }

    private static final int GGML_ROPE_TYPE_MROPE = 8;
    /** {@code GGML_ROPE_TYPE_MROPE = 8} */
    public static int GGML_ROPE_TYPE_MROPE() {
        return GGML_ROPE_TYPE_MROPE;
    }

    private static final int GGML_ROPE_TYPE_VISION = 24;
    /** {@code GGML_ROPE_TYPE_VISION = 24} */
    public static int GGML_ROPE_TYPE_VISION() {
        return GGML_ROPE_TYPE_VISION;
    }

    private static final int GGML_ROPE_TYPE_IMROPE = 40;
    /** {@code GGML_ROPE_TYPE_IMROPE = 40} */
    public static int GGML_ROPE_TYPE_IMROPE() {
        return GGML_ROPE_TYPE_IMROPE;
    }

    private static final int GGML_MROPE_SECTIONS = 4;
    /** {@code GGML_MROPE_SECTIONS = 4} */
    public static int GGML_MROPE_SECTIONS() {
        return GGML_MROPE_SECTIONS;
    }

    private static final int GGML_N_TASKS_MAX = -1;
    /** {@code GGML_N_TASKS_MAX = -1} */
    public static int GGML_N_TASKS_MAX() {
        return GGML_N_TASKS_MAX;
    }

    private static final int GGML_BACKEND_META_MAX_DEVICES = 16;
    /** {@code GGML_BACKEND_META_MAX_DEVICES = 16} */
    public static int GGML_BACKEND_META_MAX_DEVICES() {
        return GGML_BACKEND_META_MAX_DEVICES;
    }

    private static final int GGUF_VERSION = 3;
    /** {@code GGUF_VERSION = 3} */
    public static int GGUF_VERSION() {
        return GGUF_VERSION;
    }

    private static final int GGUF_DEFAULT_ALIGNMENT = 32;
    /** {@code GGUF_DEFAULT_ALIGNMENT = 32} */
    public static int GGUF_DEFAULT_ALIGNMENT() {
        return GGUF_DEFAULT_ALIGNMENT;
    }

    private static final int LLAMA_DEFAULT_SEED = -1;
    /** {@code LLAMA_DEFAULT_SEED = -1} */
    public static int LLAMA_DEFAULT_SEED() {
        return LLAMA_DEFAULT_SEED;
    }

    private static final int LLAMA_TOKEN_NULL = -1;
    /** {@code LLAMA_TOKEN_NULL = -1} */
    public static int LLAMA_TOKEN_NULL() {
        return LLAMA_TOKEN_NULL;
    }

    private static final int LLAMA_FILE_MAGIC_GGLA = 1734831201;
    /** {@code LLAMA_FILE_MAGIC_GGLA = 1734831201} */
    public static int LLAMA_FILE_MAGIC_GGLA() {
        return LLAMA_FILE_MAGIC_GGLA;
    }

    private static final int LLAMA_FILE_MAGIC_GGSN = 1734833006;
    /** {@code LLAMA_FILE_MAGIC_GGSN = 1734833006} */
    public static int LLAMA_FILE_MAGIC_GGSN() {
        return LLAMA_FILE_MAGIC_GGSN;
    }

    private static final int LLAMA_FILE_MAGIC_GGSQ = 1734833009;
    /** {@code LLAMA_FILE_MAGIC_GGSQ = 1734833009} */
    public static int LLAMA_FILE_MAGIC_GGSQ() {
        return LLAMA_FILE_MAGIC_GGSQ;
    }

    private static final int LLAMA_SESSION_MAGIC = 1734833006;
    /** {@code LLAMA_SESSION_MAGIC = 1734833006} */
    public static int LLAMA_SESSION_MAGIC() {
        return LLAMA_SESSION_MAGIC;
    }

    private static final int LLAMA_SESSION_VERSION = 10;
    /** {@code LLAMA_SESSION_VERSION = 10} */
    public static int LLAMA_SESSION_VERSION() {
        return LLAMA_SESSION_VERSION;
    }

    private static final int LLAMA_STATE_SEQ_MAGIC = 1734833009;
    /** {@code LLAMA_STATE_SEQ_MAGIC = 1734833009} */
    public static int LLAMA_STATE_SEQ_MAGIC() {
        return LLAMA_STATE_SEQ_MAGIC;
    }

    private static final int LLAMA_STATE_SEQ_VERSION = 3;
    /** {@code LLAMA_STATE_SEQ_VERSION = 3} */
    public static int LLAMA_STATE_SEQ_VERSION() {
        return LLAMA_STATE_SEQ_VERSION;
    }

    private static final int LLAMA_STATE_SEQ_FLAGS_NONE = 0;
    /** {@code LLAMA_STATE_SEQ_FLAGS_NONE = 0} */
    public static int LLAMA_STATE_SEQ_FLAGS_NONE() {
        return LLAMA_STATE_SEQ_FLAGS_NONE;
    }

    private static final int LLAMA_STATE_SEQ_FLAGS_SWA_ONLY = 1;
    /** {@code LLAMA_STATE_SEQ_FLAGS_SWA_ONLY = 1} */
    public static int LLAMA_STATE_SEQ_FLAGS_SWA_ONLY() {
        return LLAMA_STATE_SEQ_FLAGS_SWA_ONLY;
    }

    private static final int LLAMA_STATE_SEQ_FLAGS_PARTIAL_ONLY = 1;
    /** {@code LLAMA_STATE_SEQ_FLAGS_PARTIAL_ONLY = 1} */
    public static int LLAMA_STATE_SEQ_FLAGS_PARTIAL_ONLY() {
        return LLAMA_STATE_SEQ_FLAGS_PARTIAL_ONLY;
    }

    private static final int LLAMA_STATE_SEQ_FLAGS_ON_DEVICE = 2;
    /** {@code LLAMA_STATE_SEQ_FLAGS_ON_DEVICE = 2} */
    public static int LLAMA_STATE_SEQ_FLAGS_ON_DEVICE() {
        return LLAMA_STATE_SEQ_FLAGS_ON_DEVICE;
    }

    private static final int RPC_PROTO_MAJOR_VERSION = 7;
    /** {@code RPC_PROTO_MAJOR_VERSION = 7} */
    public static int RPC_PROTO_MAJOR_VERSION() {
        return RPC_PROTO_MAJOR_VERSION;
    }

    private static final int RPC_PROTO_MINOR_VERSION = 0;
    /** {@code RPC_PROTO_MINOR_VERSION = 0} */
    public static int RPC_PROTO_MINOR_VERSION() {
        return RPC_PROTO_MINOR_VERSION;
    }

    private static final int RPC_PROTO_PATCH_VERSION = 0;
    /** {@code RPC_PROTO_PATCH_VERSION = 0} */
    public static int RPC_PROTO_PATCH_VERSION() {
        return RPC_PROTO_PATCH_VERSION;
    }

    private static final int GGML_RPC_MAX_SERVERS = 16;
    /** {@code GGML_RPC_MAX_SERVERS = 16} */
    public static int GGML_RPC_MAX_SERVERS() {
        return GGML_RPC_MAX_SERVERS;
    }

    private static final int MTMD_INPUT_CHUNK_TYPE_TEXT = 0;
    /** {@code MTMD_INPUT_CHUNK_TYPE_TEXT = 0} */
    public static int MTMD_INPUT_CHUNK_TYPE_TEXT() {
        return MTMD_INPUT_CHUNK_TYPE_TEXT;
    }

    private static final int MTMD_INPUT_CHUNK_TYPE_IMAGE = 1;
    /** {@code MTMD_INPUT_CHUNK_TYPE_IMAGE = 1} */
    public static int MTMD_INPUT_CHUNK_TYPE_IMAGE() {
        return MTMD_INPUT_CHUNK_TYPE_IMAGE;
    }

    private static final int MTMD_INPUT_CHUNK_TYPE_AUDIO = 2;
    /** {@code MTMD_INPUT_CHUNK_TYPE_AUDIO = 2} */
    public static int MTMD_INPUT_CHUNK_TYPE_AUDIO() {
        return MTMD_INPUT_CHUNK_TYPE_AUDIO;
    }

    private static final int MTMD_INPUT_CHUNK_TYPE_COUNT = 3;
    /** {@code MTMD_INPUT_CHUNK_TYPE_COUNT = 3} */
    public static int MTMD_INPUT_CHUNK_TYPE_COUNT() {
        return MTMD_INPUT_CHUNK_TYPE_COUNT;
    }

    private static final int MTMD_GEN_AUDIO_TYPE_NONE = 0;
    /** {@code MTMD_GEN_AUDIO_TYPE_NONE = 0} */
    public static int MTMD_GEN_AUDIO_TYPE_NONE() {
        return MTMD_GEN_AUDIO_TYPE_NONE;
    }

    private static final int MTMD_GEN_AUDIO_TYPE_QWEN3TTS = 1;
    /** {@code MTMD_GEN_AUDIO_TYPE_QWEN3TTS = 1} */
    public static int MTMD_GEN_AUDIO_TYPE_QWEN3TTS() {
        return MTMD_GEN_AUDIO_TYPE_QWEN3TTS;
    }

    private static final int MTMD_GEN_AUDIO_TYPE_POCKETTTS = 2;
    /** {@code MTMD_GEN_AUDIO_TYPE_POCKETTTS = 2} */
    public static int MTMD_GEN_AUDIO_TYPE_POCKETTTS() {
        return MTMD_GEN_AUDIO_TYPE_POCKETTTS;
    }

    private static final int MTMD_GEN_PROCESS_TYPE_GEN_CODE = 0;
    /** {@code MTMD_GEN_PROCESS_TYPE_GEN_CODE = 0} */
    public static int MTMD_GEN_PROCESS_TYPE_GEN_CODE() {
        return MTMD_GEN_PROCESS_TYPE_GEN_CODE;
    }

    private static final int MTMD_GEN_PROCESS_TYPE_GEN_WAV = 1;
    /** {@code MTMD_GEN_PROCESS_TYPE_GEN_WAV = 1} */
    public static int MTMD_GEN_PROCESS_TYPE_GEN_WAV() {
        return MTMD_GEN_PROCESS_TYPE_GEN_WAV;
    }

    private static final int MTMD_HELPER_GEN_AUDIO_OUTTYPE_PCM = 0;
    /** {@code MTMD_HELPER_GEN_AUDIO_OUTTYPE_PCM = 0} */
    public static int MTMD_HELPER_GEN_AUDIO_OUTTYPE_PCM() {
        return MTMD_HELPER_GEN_AUDIO_OUTTYPE_PCM;
    }

    private static final int MTMD_HELPER_GEN_AUDIO_OUTTYPE_WAV = 1;
    /** {@code MTMD_HELPER_GEN_AUDIO_OUTTYPE_WAV = 1} */
    public static int MTMD_HELPER_GEN_AUDIO_OUTTYPE_WAV() {
        return MTMD_HELPER_GEN_AUDIO_OUTTYPE_WAV;
    }

    private static class ggml_fp16_to_fp32 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_FLOAT, llama_h_shared.C_SHORT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_fp16_to_fp32");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_fp16_to_fp32}. */
    public static FunctionDescriptor ggml_fp16_to_fp32$descriptor() {
        return ggml_fp16_to_fp32.DESC;
    }

    /** The downcall handle of {@code ggml_fp16_to_fp32}. */
    public static MethodHandle ggml_fp16_to_fp32$handle() {
        return ggml_fp16_to_fp32.HANDLE;
    }

    /** The address of {@code ggml_fp16_to_fp32}. */
    public static MemorySegment ggml_fp16_to_fp32$address() {
        return ggml_fp16_to_fp32.ADDR;
    }

    /** Calls {@code ggml_fp16_to_fp32}. */
    public static float ggml_fp16_to_fp32(short x0) {
        var mh$ = ggml_fp16_to_fp32.HANDLE;
        try {
            return (float) mh$.invokeExact(x0);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_fp32_to_fp16 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_SHORT, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_fp32_to_fp16");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_fp32_to_fp16}. */
    public static FunctionDescriptor ggml_fp32_to_fp16$descriptor() {
        return ggml_fp32_to_fp16.DESC;
    }

    /** The downcall handle of {@code ggml_fp32_to_fp16}. */
    public static MethodHandle ggml_fp32_to_fp16$handle() {
        return ggml_fp32_to_fp16.HANDLE;
    }

    /** The address of {@code ggml_fp32_to_fp16}. */
    public static MemorySegment ggml_fp32_to_fp16$address() {
        return ggml_fp32_to_fp16.ADDR;
    }

    /** Calls {@code ggml_fp32_to_fp16}. */
    public static short ggml_fp32_to_fp16(float x0) {
        var mh$ = ggml_fp32_to_fp16.HANDLE;
        try {
            return (short) mh$.invokeExact(x0);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_version");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_version}. */
    public static FunctionDescriptor ggml_version$descriptor() {
        return ggml_version.DESC;
    }

    /** The downcall handle of {@code ggml_version}. */
    public static MethodHandle ggml_version$handle() {
        return ggml_version.HANDLE;
    }

    /** The address of {@code ggml_version}. */
    public static MemorySegment ggml_version$address() {
        return ggml_version.ADDR;
    }

    /** Calls {@code ggml_version}. */
    public static MemorySegment ggml_version() {
        var mh$ = ggml_version.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_commit {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_commit");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_commit}. */
    public static FunctionDescriptor ggml_commit$descriptor() {
        return ggml_commit.DESC;
    }

    /** The downcall handle of {@code ggml_commit}. */
    public static MethodHandle ggml_commit$handle() {
        return ggml_commit.HANDLE;
    }

    /** The address of {@code ggml_commit}. */
    public static MemorySegment ggml_commit$address() {
        return ggml_commit.ADDR;
    }

    /** Calls {@code ggml_commit}. */
    public static MemorySegment ggml_commit() {
        var mh$ = ggml_commit.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_time_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_time_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_time_init}. */
    public static FunctionDescriptor ggml_time_init$descriptor() {
        return ggml_time_init.DESC;
    }

    /** The downcall handle of {@code ggml_time_init}. */
    public static MethodHandle ggml_time_init$handle() {
        return ggml_time_init.HANDLE;
    }

    /** The address of {@code ggml_time_init}. */
    public static MemorySegment ggml_time_init$address() {
        return ggml_time_init.ADDR;
    }

    /** Calls {@code ggml_time_init}. */
    public static void ggml_time_init() {
        var mh$ = ggml_time_init.HANDLE;
        try {
            mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_time_ms {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_time_ms");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_time_ms}. */
    public static FunctionDescriptor ggml_time_ms$descriptor() {
        return ggml_time_ms.DESC;
    }

    /** The downcall handle of {@code ggml_time_ms}. */
    public static MethodHandle ggml_time_ms$handle() {
        return ggml_time_ms.HANDLE;
    }

    /** The address of {@code ggml_time_ms}. */
    public static MemorySegment ggml_time_ms$address() {
        return ggml_time_ms.ADDR;
    }

    /** Calls {@code ggml_time_ms}. */
    public static long ggml_time_ms() {
        var mh$ = ggml_time_ms.HANDLE;
        try {
            return (long) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_time_us {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_time_us");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_time_us}. */
    public static FunctionDescriptor ggml_time_us$descriptor() {
        return ggml_time_us.DESC;
    }

    /** The downcall handle of {@code ggml_time_us}. */
    public static MethodHandle ggml_time_us$handle() {
        return ggml_time_us.HANDLE;
    }

    /** The address of {@code ggml_time_us}. */
    public static MemorySegment ggml_time_us$address() {
        return ggml_time_us.ADDR;
    }

    /** Calls {@code ggml_time_us}. */
    public static long ggml_time_us() {
        var mh$ = ggml_time_us.HANDLE;
        try {
            return (long) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_nelements {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_nelements");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_nelements}. */
    public static FunctionDescriptor ggml_nelements$descriptor() {
        return ggml_nelements.DESC;
    }

    /** The downcall handle of {@code ggml_nelements}. */
    public static MethodHandle ggml_nelements$handle() {
        return ggml_nelements.HANDLE;
    }

    /** The address of {@code ggml_nelements}. */
    public static MemorySegment ggml_nelements$address() {
        return ggml_nelements.ADDR;
    }

    /** Calls {@code ggml_nelements}. */
    public static long ggml_nelements(MemorySegment tensor) {
        var mh$ = ggml_nelements.HANDLE;
        try {
            return (long) mh$.invokeExact(tensor);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_nrows {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_nrows");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_nrows}. */
    public static FunctionDescriptor ggml_nrows$descriptor() {
        return ggml_nrows.DESC;
    }

    /** The downcall handle of {@code ggml_nrows}. */
    public static MethodHandle ggml_nrows$handle() {
        return ggml_nrows.HANDLE;
    }

    /** The address of {@code ggml_nrows}. */
    public static MemorySegment ggml_nrows$address() {
        return ggml_nrows.ADDR;
    }

    /** Calls {@code ggml_nrows}. */
    public static long ggml_nrows(MemorySegment tensor) {
        var mh$ = ggml_nrows.HANDLE;
        try {
            return (long) mh$.invokeExact(tensor);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_nbytes {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_nbytes");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_nbytes}. */
    public static FunctionDescriptor ggml_nbytes$descriptor() {
        return ggml_nbytes.DESC;
    }

    /** The downcall handle of {@code ggml_nbytes}. */
    public static MethodHandle ggml_nbytes$handle() {
        return ggml_nbytes.HANDLE;
    }

    /** The address of {@code ggml_nbytes}. */
    public static MemorySegment ggml_nbytes$address() {
        return ggml_nbytes.ADDR;
    }

    /** Calls {@code ggml_nbytes}. */
    public static long ggml_nbytes(MemorySegment tensor) {
        var mh$ = ggml_nbytes.HANDLE;
        try {
            return (long) mh$.invokeExact(tensor);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_blck_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_blck_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_blck_size}. */
    public static FunctionDescriptor ggml_blck_size$descriptor() {
        return ggml_blck_size.DESC;
    }

    /** The downcall handle of {@code ggml_blck_size}. */
    public static MethodHandle ggml_blck_size$handle() {
        return ggml_blck_size.HANDLE;
    }

    /** The address of {@code ggml_blck_size}. */
    public static MemorySegment ggml_blck_size$address() {
        return ggml_blck_size.ADDR;
    }

    /** Calls {@code ggml_blck_size}. */
    public static long ggml_blck_size(int type) {
        var mh$ = ggml_blck_size.HANDLE;
        try {
            return (long) mh$.invokeExact(type);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_type_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_type_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_type_size}. */
    public static FunctionDescriptor ggml_type_size$descriptor() {
        return ggml_type_size.DESC;
    }

    /** The downcall handle of {@code ggml_type_size}. */
    public static MethodHandle ggml_type_size$handle() {
        return ggml_type_size.HANDLE;
    }

    /** The address of {@code ggml_type_size}. */
    public static MemorySegment ggml_type_size$address() {
        return ggml_type_size.ADDR;
    }

    /** Calls {@code ggml_type_size}. */
    public static long ggml_type_size(int type) {
        var mh$ = ggml_type_size.HANDLE;
        try {
            return (long) mh$.invokeExact(type);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_row_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_INT, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_row_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_row_size}. */
    public static FunctionDescriptor ggml_row_size$descriptor() {
        return ggml_row_size.DESC;
    }

    /** The downcall handle of {@code ggml_row_size}. */
    public static MethodHandle ggml_row_size$handle() {
        return ggml_row_size.HANDLE;
    }

    /** The address of {@code ggml_row_size}. */
    public static MemorySegment ggml_row_size$address() {
        return ggml_row_size.ADDR;
    }

    /** Calls {@code ggml_row_size}. */
    public static long ggml_row_size(int type, long ne) {
        var mh$ = ggml_row_size.HANDLE;
        try {
            return (long) mh$.invokeExact(type, ne);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_type_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_type_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_type_name}. */
    public static FunctionDescriptor ggml_type_name$descriptor() {
        return ggml_type_name.DESC;
    }

    /** The downcall handle of {@code ggml_type_name}. */
    public static MethodHandle ggml_type_name$handle() {
        return ggml_type_name.HANDLE;
    }

    /** The address of {@code ggml_type_name}. */
    public static MemorySegment ggml_type_name$address() {
        return ggml_type_name.ADDR;
    }

    /** Calls {@code ggml_type_name}. */
    public static MemorySegment ggml_type_name(int type) {
        var mh$ = ggml_type_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(type);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_op_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_op_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_op_name}. */
    public static FunctionDescriptor ggml_op_name$descriptor() {
        return ggml_op_name.DESC;
    }

    /** The downcall handle of {@code ggml_op_name}. */
    public static MethodHandle ggml_op_name$handle() {
        return ggml_op_name.HANDLE;
    }

    /** The address of {@code ggml_op_name}. */
    public static MemorySegment ggml_op_name$address() {
        return ggml_op_name.ADDR;
    }

    /** Calls {@code ggml_op_name}. */
    public static MemorySegment ggml_op_name(int op) {
        var mh$ = ggml_op_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(op);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_op_desc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_op_desc");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_op_desc}. */
    public static FunctionDescriptor ggml_op_desc$descriptor() {
        return ggml_op_desc.DESC;
    }

    /** The downcall handle of {@code ggml_op_desc}. */
    public static MethodHandle ggml_op_desc$handle() {
        return ggml_op_desc.HANDLE;
    }

    /** The address of {@code ggml_op_desc}. */
    public static MemorySegment ggml_op_desc$address() {
        return ggml_op_desc.ADDR;
    }

    /** Calls {@code ggml_op_desc}. */
    public static MemorySegment ggml_op_desc(MemorySegment t) {
        var mh$ = ggml_op_desc.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(t);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_is_quantized {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_is_quantized");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_is_quantized}. */
    public static FunctionDescriptor ggml_is_quantized$descriptor() {
        return ggml_is_quantized.DESC;
    }

    /** The downcall handle of {@code ggml_is_quantized}. */
    public static MethodHandle ggml_is_quantized$handle() {
        return ggml_is_quantized.HANDLE;
    }

    /** The address of {@code ggml_is_quantized}. */
    public static MemorySegment ggml_is_quantized$address() {
        return ggml_is_quantized.ADDR;
    }

    /** Calls {@code ggml_is_quantized}. */
    public static boolean ggml_is_quantized(int type) {
        var mh$ = ggml_is_quantized.HANDLE;
        try {
            return (boolean) mh$.invokeExact(type);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_ftype_to_ggml_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_ftype_to_ggml_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_ftype_to_ggml_type}. */
    public static FunctionDescriptor ggml_ftype_to_ggml_type$descriptor() {
        return ggml_ftype_to_ggml_type.DESC;
    }

    /** The downcall handle of {@code ggml_ftype_to_ggml_type}. */
    public static MethodHandle ggml_ftype_to_ggml_type$handle() {
        return ggml_ftype_to_ggml_type.HANDLE;
    }

    /** The address of {@code ggml_ftype_to_ggml_type}. */
    public static MemorySegment ggml_ftype_to_ggml_type$address() {
        return ggml_ftype_to_ggml_type.ADDR;
    }

    /** Calls {@code ggml_ftype_to_ggml_type}. */
    public static int ggml_ftype_to_ggml_type(int ftype) {
        var mh$ = ggml_ftype_to_ggml_type.HANDLE;
        try {
            return (int) mh$.invokeExact(ftype);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_validate_row_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_validate_row_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_validate_row_data}. */
    public static FunctionDescriptor ggml_validate_row_data$descriptor() {
        return ggml_validate_row_data.DESC;
    }

    /** The downcall handle of {@code ggml_validate_row_data}. */
    public static MethodHandle ggml_validate_row_data$handle() {
        return ggml_validate_row_data.HANDLE;
    }

    /** The address of {@code ggml_validate_row_data}. */
    public static MemorySegment ggml_validate_row_data$address() {
        return ggml_validate_row_data.ADDR;
    }

    /** Calls {@code ggml_validate_row_data}. */
    public static boolean ggml_validate_row_data(int type, MemorySegment data, long nbytes) {
        var mh$ = ggml_validate_row_data.HANDLE;
        try {
            return (boolean) mh$.invokeExact(type, data, nbytes);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_get_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_get_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_get_name}. */
    public static FunctionDescriptor ggml_get_name$descriptor() {
        return ggml_get_name.DESC;
    }

    /** The downcall handle of {@code ggml_get_name}. */
    public static MethodHandle ggml_get_name$handle() {
        return ggml_get_name.HANDLE;
    }

    /** The address of {@code ggml_get_name}. */
    public static MemorySegment ggml_get_name$address() {
        return ggml_get_name.ADDR;
    }

    /** Calls {@code ggml_get_name}. */
    public static MemorySegment ggml_get_name(MemorySegment tensor) {
        var mh$ = ggml_get_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(tensor);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_log_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_log_get");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_log_get}. */
    public static FunctionDescriptor ggml_log_get$descriptor() {
        return ggml_log_get.DESC;
    }

    /** The downcall handle of {@code ggml_log_get}. */
    public static MethodHandle ggml_log_get$handle() {
        return ggml_log_get.HANDLE;
    }

    /** The address of {@code ggml_log_get}. */
    public static MemorySegment ggml_log_get$address() {
        return ggml_log_get.ADDR;
    }

    /** Calls {@code ggml_log_get}. */
    public static void ggml_log_get(MemorySegment log_callback, MemorySegment user_data) {
        var mh$ = ggml_log_get.HANDLE;
        try {
            mh$.invokeExact(log_callback, user_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_log_set {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_log_set");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_log_set}. */
    public static FunctionDescriptor ggml_log_set$descriptor() {
        return ggml_log_set.DESC;
    }

    /** The downcall handle of {@code ggml_log_set}. */
    public static MethodHandle ggml_log_set$handle() {
        return ggml_log_set.HANDLE;
    }

    /** The address of {@code ggml_log_set}. */
    public static MemorySegment ggml_log_set$address() {
        return ggml_log_set.ADDR;
    }

    /** Calls {@code ggml_log_set}. */
    public static void ggml_log_set(MemorySegment log_callback, MemorySegment user_data) {
        var mh$ = ggml_log_set.HANDLE;
        try {
            mh$.invokeExact(log_callback, user_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_threadpool_params_default {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.ggml_threadpool_params.layout(), llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_threadpool_params_default");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_threadpool_params_default}. */
    public static FunctionDescriptor ggml_threadpool_params_default$descriptor() {
        return ggml_threadpool_params_default.DESC;
    }

    /** The downcall handle of {@code ggml_threadpool_params_default}. */
    public static MethodHandle ggml_threadpool_params_default$handle() {
        return ggml_threadpool_params_default.HANDLE;
    }

    /** The address of {@code ggml_threadpool_params_default}. */
    public static MemorySegment ggml_threadpool_params_default$address() {
        return ggml_threadpool_params_default.ADDR;
    }

    /** Calls {@code ggml_threadpool_params_default}. */
    public static MemorySegment ggml_threadpool_params_default(SegmentAllocator allocator, int n_threads) {
        var mh$ = ggml_threadpool_params_default.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, n_threads);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_threadpool_params_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_threadpool_params_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_threadpool_params_init}. */
    public static FunctionDescriptor ggml_threadpool_params_init$descriptor() {
        return ggml_threadpool_params_init.DESC;
    }

    /** The downcall handle of {@code ggml_threadpool_params_init}. */
    public static MethodHandle ggml_threadpool_params_init$handle() {
        return ggml_threadpool_params_init.HANDLE;
    }

    /** The address of {@code ggml_threadpool_params_init}. */
    public static MemorySegment ggml_threadpool_params_init$address() {
        return ggml_threadpool_params_init.ADDR;
    }

    /** Calls {@code ggml_threadpool_params_init}. */
    public static void ggml_threadpool_params_init(MemorySegment p, int n_threads) {
        var mh$ = ggml_threadpool_params_init.HANDLE;
        try {
            mh$.invokeExact(p, n_threads);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_threadpool_params_match {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_threadpool_params_match");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_threadpool_params_match}. */
    public static FunctionDescriptor ggml_threadpool_params_match$descriptor() {
        return ggml_threadpool_params_match.DESC;
    }

    /** The downcall handle of {@code ggml_threadpool_params_match}. */
    public static MethodHandle ggml_threadpool_params_match$handle() {
        return ggml_threadpool_params_match.HANDLE;
    }

    /** The address of {@code ggml_threadpool_params_match}. */
    public static MemorySegment ggml_threadpool_params_match$address() {
        return ggml_threadpool_params_match.ADDR;
    }

    /** Calls {@code ggml_threadpool_params_match}. */
    public static boolean ggml_threadpool_params_match(MemorySegment p0, MemorySegment p1) {
        var mh$ = ggml_threadpool_params_match.HANDLE;
        try {
            return (boolean) mh$.invokeExact(p0, p1);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buft_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buft_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buft_name}. */
    public static FunctionDescriptor ggml_backend_buft_name$descriptor() {
        return ggml_backend_buft_name.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buft_name}. */
    public static MethodHandle ggml_backend_buft_name$handle() {
        return ggml_backend_buft_name.HANDLE;
    }

    /** The address of {@code ggml_backend_buft_name}. */
    public static MemorySegment ggml_backend_buft_name$address() {
        return ggml_backend_buft_name.ADDR;
    }

    /** Calls {@code ggml_backend_buft_name}. */
    public static MemorySegment ggml_backend_buft_name(MemorySegment buft) {
        var mh$ = ggml_backend_buft_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(buft);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buft_alloc_buffer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buft_alloc_buffer");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buft_alloc_buffer}. */
    public static FunctionDescriptor ggml_backend_buft_alloc_buffer$descriptor() {
        return ggml_backend_buft_alloc_buffer.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buft_alloc_buffer}. */
    public static MethodHandle ggml_backend_buft_alloc_buffer$handle() {
        return ggml_backend_buft_alloc_buffer.HANDLE;
    }

    /** The address of {@code ggml_backend_buft_alloc_buffer}. */
    public static MemorySegment ggml_backend_buft_alloc_buffer$address() {
        return ggml_backend_buft_alloc_buffer.ADDR;
    }

    /** Calls {@code ggml_backend_buft_alloc_buffer}. */
    public static MemorySegment ggml_backend_buft_alloc_buffer(MemorySegment buft, long size) {
        var mh$ = ggml_backend_buft_alloc_buffer.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(buft, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buft_get_alignment {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buft_get_alignment");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buft_get_alignment}. */
    public static FunctionDescriptor ggml_backend_buft_get_alignment$descriptor() {
        return ggml_backend_buft_get_alignment.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buft_get_alignment}. */
    public static MethodHandle ggml_backend_buft_get_alignment$handle() {
        return ggml_backend_buft_get_alignment.HANDLE;
    }

    /** The address of {@code ggml_backend_buft_get_alignment}. */
    public static MemorySegment ggml_backend_buft_get_alignment$address() {
        return ggml_backend_buft_get_alignment.ADDR;
    }

    /** Calls {@code ggml_backend_buft_get_alignment}. */
    public static long ggml_backend_buft_get_alignment(MemorySegment buft) {
        var mh$ = ggml_backend_buft_get_alignment.HANDLE;
        try {
            return (long) mh$.invokeExact(buft);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buft_get_max_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buft_get_max_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buft_get_max_size}. */
    public static FunctionDescriptor ggml_backend_buft_get_max_size$descriptor() {
        return ggml_backend_buft_get_max_size.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buft_get_max_size}. */
    public static MethodHandle ggml_backend_buft_get_max_size$handle() {
        return ggml_backend_buft_get_max_size.HANDLE;
    }

    /** The address of {@code ggml_backend_buft_get_max_size}. */
    public static MemorySegment ggml_backend_buft_get_max_size$address() {
        return ggml_backend_buft_get_max_size.ADDR;
    }

    /** Calls {@code ggml_backend_buft_get_max_size}. */
    public static long ggml_backend_buft_get_max_size(MemorySegment buft) {
        var mh$ = ggml_backend_buft_get_max_size.HANDLE;
        try {
            return (long) mh$.invokeExact(buft);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buft_get_alloc_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buft_get_alloc_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buft_get_alloc_size}. */
    public static FunctionDescriptor ggml_backend_buft_get_alloc_size$descriptor() {
        return ggml_backend_buft_get_alloc_size.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buft_get_alloc_size}. */
    public static MethodHandle ggml_backend_buft_get_alloc_size$handle() {
        return ggml_backend_buft_get_alloc_size.HANDLE;
    }

    /** The address of {@code ggml_backend_buft_get_alloc_size}. */
    public static MemorySegment ggml_backend_buft_get_alloc_size$address() {
        return ggml_backend_buft_get_alloc_size.ADDR;
    }

    /** Calls {@code ggml_backend_buft_get_alloc_size}. */
    public static long ggml_backend_buft_get_alloc_size(MemorySegment buft, MemorySegment tensor) {
        var mh$ = ggml_backend_buft_get_alloc_size.HANDLE;
        try {
            return (long) mh$.invokeExact(buft, tensor);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buft_is_host {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buft_is_host");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buft_is_host}. */
    public static FunctionDescriptor ggml_backend_buft_is_host$descriptor() {
        return ggml_backend_buft_is_host.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buft_is_host}. */
    public static MethodHandle ggml_backend_buft_is_host$handle() {
        return ggml_backend_buft_is_host.HANDLE;
    }

    /** The address of {@code ggml_backend_buft_is_host}. */
    public static MemorySegment ggml_backend_buft_is_host$address() {
        return ggml_backend_buft_is_host.ADDR;
    }

    /** Calls {@code ggml_backend_buft_is_host}. */
    public static boolean ggml_backend_buft_is_host(MemorySegment buft) {
        var mh$ = ggml_backend_buft_is_host.HANDLE;
        try {
            return (boolean) mh$.invokeExact(buft);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buft_get_device {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buft_get_device");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buft_get_device}. */
    public static FunctionDescriptor ggml_backend_buft_get_device$descriptor() {
        return ggml_backend_buft_get_device.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buft_get_device}. */
    public static MethodHandle ggml_backend_buft_get_device$handle() {
        return ggml_backend_buft_get_device.HANDLE;
    }

    /** The address of {@code ggml_backend_buft_get_device}. */
    public static MemorySegment ggml_backend_buft_get_device$address() {
        return ggml_backend_buft_get_device.ADDR;
    }

    /** Calls {@code ggml_backend_buft_get_device}. */
    public static MemorySegment ggml_backend_buft_get_device(MemorySegment buft) {
        var mh$ = ggml_backend_buft_get_device.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(buft);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_name}. */
    public static FunctionDescriptor ggml_backend_buffer_name$descriptor() {
        return ggml_backend_buffer_name.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_name}. */
    public static MethodHandle ggml_backend_buffer_name$handle() {
        return ggml_backend_buffer_name.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_name}. */
    public static MemorySegment ggml_backend_buffer_name$address() {
        return ggml_backend_buffer_name.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_name}. */
    public static MemorySegment ggml_backend_buffer_name(MemorySegment buffer) {
        var mh$ = ggml_backend_buffer_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_free}. */
    public static FunctionDescriptor ggml_backend_buffer_free$descriptor() {
        return ggml_backend_buffer_free.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_free}. */
    public static MethodHandle ggml_backend_buffer_free$handle() {
        return ggml_backend_buffer_free.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_free}. */
    public static MemorySegment ggml_backend_buffer_free$address() {
        return ggml_backend_buffer_free.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_free}. */
    public static void ggml_backend_buffer_free(MemorySegment buffer) {
        var mh$ = ggml_backend_buffer_free.HANDLE;
        try {
            mh$.invokeExact(buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_get_base {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_get_base");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_get_base}. */
    public static FunctionDescriptor ggml_backend_buffer_get_base$descriptor() {
        return ggml_backend_buffer_get_base.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_get_base}. */
    public static MethodHandle ggml_backend_buffer_get_base$handle() {
        return ggml_backend_buffer_get_base.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_get_base}. */
    public static MemorySegment ggml_backend_buffer_get_base$address() {
        return ggml_backend_buffer_get_base.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_get_base}. */
    public static MemorySegment ggml_backend_buffer_get_base(MemorySegment buffer) {
        var mh$ = ggml_backend_buffer_get_base.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_get_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_get_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_get_size}. */
    public static FunctionDescriptor ggml_backend_buffer_get_size$descriptor() {
        return ggml_backend_buffer_get_size.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_get_size}. */
    public static MethodHandle ggml_backend_buffer_get_size$handle() {
        return ggml_backend_buffer_get_size.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_get_size}. */
    public static MemorySegment ggml_backend_buffer_get_size$address() {
        return ggml_backend_buffer_get_size.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_get_size}. */
    public static long ggml_backend_buffer_get_size(MemorySegment buffer) {
        var mh$ = ggml_backend_buffer_get_size.HANDLE;
        try {
            return (long) mh$.invokeExact(buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_init_tensor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_init_tensor");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_init_tensor}. */
    public static FunctionDescriptor ggml_backend_buffer_init_tensor$descriptor() {
        return ggml_backend_buffer_init_tensor.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_init_tensor}. */
    public static MethodHandle ggml_backend_buffer_init_tensor$handle() {
        return ggml_backend_buffer_init_tensor.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_init_tensor}. */
    public static MemorySegment ggml_backend_buffer_init_tensor$address() {
        return ggml_backend_buffer_init_tensor.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_init_tensor}. */
    public static int ggml_backend_buffer_init_tensor(MemorySegment buffer, MemorySegment tensor) {
        var mh$ = ggml_backend_buffer_init_tensor.HANDLE;
        try {
            return (int) mh$.invokeExact(buffer, tensor);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_get_alignment {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_get_alignment");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_get_alignment}. */
    public static FunctionDescriptor ggml_backend_buffer_get_alignment$descriptor() {
        return ggml_backend_buffer_get_alignment.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_get_alignment}. */
    public static MethodHandle ggml_backend_buffer_get_alignment$handle() {
        return ggml_backend_buffer_get_alignment.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_get_alignment}. */
    public static MemorySegment ggml_backend_buffer_get_alignment$address() {
        return ggml_backend_buffer_get_alignment.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_get_alignment}. */
    public static long ggml_backend_buffer_get_alignment(MemorySegment buffer) {
        var mh$ = ggml_backend_buffer_get_alignment.HANDLE;
        try {
            return (long) mh$.invokeExact(buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_get_max_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_get_max_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_get_max_size}. */
    public static FunctionDescriptor ggml_backend_buffer_get_max_size$descriptor() {
        return ggml_backend_buffer_get_max_size.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_get_max_size}. */
    public static MethodHandle ggml_backend_buffer_get_max_size$handle() {
        return ggml_backend_buffer_get_max_size.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_get_max_size}. */
    public static MemorySegment ggml_backend_buffer_get_max_size$address() {
        return ggml_backend_buffer_get_max_size.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_get_max_size}. */
    public static long ggml_backend_buffer_get_max_size(MemorySegment buffer) {
        var mh$ = ggml_backend_buffer_get_max_size.HANDLE;
        try {
            return (long) mh$.invokeExact(buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_get_alloc_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_get_alloc_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_get_alloc_size}. */
    public static FunctionDescriptor ggml_backend_buffer_get_alloc_size$descriptor() {
        return ggml_backend_buffer_get_alloc_size.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_get_alloc_size}. */
    public static MethodHandle ggml_backend_buffer_get_alloc_size$handle() {
        return ggml_backend_buffer_get_alloc_size.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_get_alloc_size}. */
    public static MemorySegment ggml_backend_buffer_get_alloc_size$address() {
        return ggml_backend_buffer_get_alloc_size.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_get_alloc_size}. */
    public static long ggml_backend_buffer_get_alloc_size(MemorySegment buffer, MemorySegment tensor) {
        var mh$ = ggml_backend_buffer_get_alloc_size.HANDLE;
        try {
            return (long) mh$.invokeExact(buffer, tensor);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_clear {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_CHAR);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_clear");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_clear}. */
    public static FunctionDescriptor ggml_backend_buffer_clear$descriptor() {
        return ggml_backend_buffer_clear.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_clear}. */
    public static MethodHandle ggml_backend_buffer_clear$handle() {
        return ggml_backend_buffer_clear.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_clear}. */
    public static MemorySegment ggml_backend_buffer_clear$address() {
        return ggml_backend_buffer_clear.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_clear}. */
    public static void ggml_backend_buffer_clear(MemorySegment buffer, byte value) {
        var mh$ = ggml_backend_buffer_clear.HANDLE;
        try {
            mh$.invokeExact(buffer, value);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_is_host {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_is_host");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_is_host}. */
    public static FunctionDescriptor ggml_backend_buffer_is_host$descriptor() {
        return ggml_backend_buffer_is_host.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_is_host}. */
    public static MethodHandle ggml_backend_buffer_is_host$handle() {
        return ggml_backend_buffer_is_host.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_is_host}. */
    public static MemorySegment ggml_backend_buffer_is_host$address() {
        return ggml_backend_buffer_is_host.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_is_host}. */
    public static boolean ggml_backend_buffer_is_host(MemorySegment buffer) {
        var mh$ = ggml_backend_buffer_is_host.HANDLE;
        try {
            return (boolean) mh$.invokeExact(buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_set_usage {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_set_usage");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_set_usage}. */
    public static FunctionDescriptor ggml_backend_buffer_set_usage$descriptor() {
        return ggml_backend_buffer_set_usage.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_set_usage}. */
    public static MethodHandle ggml_backend_buffer_set_usage$handle() {
        return ggml_backend_buffer_set_usage.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_set_usage}. */
    public static MemorySegment ggml_backend_buffer_set_usage$address() {
        return ggml_backend_buffer_set_usage.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_set_usage}. */
    public static void ggml_backend_buffer_set_usage(MemorySegment buffer, int usage) {
        var mh$ = ggml_backend_buffer_set_usage.HANDLE;
        try {
            mh$.invokeExact(buffer, usage);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_get_usage {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_get_usage");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_get_usage}. */
    public static FunctionDescriptor ggml_backend_buffer_get_usage$descriptor() {
        return ggml_backend_buffer_get_usage.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_get_usage}. */
    public static MethodHandle ggml_backend_buffer_get_usage$handle() {
        return ggml_backend_buffer_get_usage.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_get_usage}. */
    public static MemorySegment ggml_backend_buffer_get_usage$address() {
        return ggml_backend_buffer_get_usage.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_get_usage}. */
    public static int ggml_backend_buffer_get_usage(MemorySegment buffer) {
        var mh$ = ggml_backend_buffer_get_usage.HANDLE;
        try {
            return (int) mh$.invokeExact(buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_get_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_get_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_get_type}. */
    public static FunctionDescriptor ggml_backend_buffer_get_type$descriptor() {
        return ggml_backend_buffer_get_type.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_get_type}. */
    public static MethodHandle ggml_backend_buffer_get_type$handle() {
        return ggml_backend_buffer_get_type.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_get_type}. */
    public static MemorySegment ggml_backend_buffer_get_type$address() {
        return ggml_backend_buffer_get_type.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_get_type}. */
    public static MemorySegment ggml_backend_buffer_get_type(MemorySegment buffer) {
        var mh$ = ggml_backend_buffer_get_type.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_buffer_reset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_buffer_reset");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_buffer_reset}. */
    public static FunctionDescriptor ggml_backend_buffer_reset$descriptor() {
        return ggml_backend_buffer_reset.DESC;
    }

    /** The downcall handle of {@code ggml_backend_buffer_reset}. */
    public static MethodHandle ggml_backend_buffer_reset$handle() {
        return ggml_backend_buffer_reset.HANDLE;
    }

    /** The address of {@code ggml_backend_buffer_reset}. */
    public static MemorySegment ggml_backend_buffer_reset$address() {
        return ggml_backend_buffer_reset.ADDR;
    }

    /** Calls {@code ggml_backend_buffer_reset}. */
    public static void ggml_backend_buffer_reset(MemorySegment buffer) {
        var mh$ = ggml_backend_buffer_reset.HANDLE;
        try {
            mh$.invokeExact(buffer);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_copy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_copy");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_copy}. */
    public static FunctionDescriptor ggml_backend_tensor_copy$descriptor() {
        return ggml_backend_tensor_copy.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_copy}. */
    public static MethodHandle ggml_backend_tensor_copy$handle() {
        return ggml_backend_tensor_copy.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_copy}. */
    public static MemorySegment ggml_backend_tensor_copy$address() {
        return ggml_backend_tensor_copy.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_copy}. */
    public static void ggml_backend_tensor_copy(MemorySegment src, MemorySegment dst) {
        var mh$ = ggml_backend_tensor_copy.HANDLE;
        try {
            mh$.invokeExact(src, dst);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_guid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_guid");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_guid}. */
    public static FunctionDescriptor ggml_backend_guid$descriptor() {
        return ggml_backend_guid.DESC;
    }

    /** The downcall handle of {@code ggml_backend_guid}. */
    public static MethodHandle ggml_backend_guid$handle() {
        return ggml_backend_guid.HANDLE;
    }

    /** The address of {@code ggml_backend_guid}. */
    public static MemorySegment ggml_backend_guid$address() {
        return ggml_backend_guid.ADDR;
    }

    /** Calls {@code ggml_backend_guid}. */
    public static MemorySegment ggml_backend_guid(MemorySegment backend) {
        var mh$ = ggml_backend_guid.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_name}. */
    public static FunctionDescriptor ggml_backend_name$descriptor() {
        return ggml_backend_name.DESC;
    }

    /** The downcall handle of {@code ggml_backend_name}. */
    public static MethodHandle ggml_backend_name$handle() {
        return ggml_backend_name.HANDLE;
    }

    /** The address of {@code ggml_backend_name}. */
    public static MemorySegment ggml_backend_name$address() {
        return ggml_backend_name.ADDR;
    }

    /** Calls {@code ggml_backend_name}. */
    public static MemorySegment ggml_backend_name(MemorySegment backend) {
        var mh$ = ggml_backend_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_free}. */
    public static FunctionDescriptor ggml_backend_free$descriptor() {
        return ggml_backend_free.DESC;
    }

    /** The downcall handle of {@code ggml_backend_free}. */
    public static MethodHandle ggml_backend_free$handle() {
        return ggml_backend_free.HANDLE;
    }

    /** The address of {@code ggml_backend_free}. */
    public static MemorySegment ggml_backend_free$address() {
        return ggml_backend_free.ADDR;
    }

    /** Calls {@code ggml_backend_free}. */
    public static void ggml_backend_free(MemorySegment backend) {
        var mh$ = ggml_backend_free.HANDLE;
        try {
            mh$.invokeExact(backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_get_default_buffer_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_get_default_buffer_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_get_default_buffer_type}. */
    public static FunctionDescriptor ggml_backend_get_default_buffer_type$descriptor() {
        return ggml_backend_get_default_buffer_type.DESC;
    }

    /** The downcall handle of {@code ggml_backend_get_default_buffer_type}. */
    public static MethodHandle ggml_backend_get_default_buffer_type$handle() {
        return ggml_backend_get_default_buffer_type.HANDLE;
    }

    /** The address of {@code ggml_backend_get_default_buffer_type}. */
    public static MemorySegment ggml_backend_get_default_buffer_type$address() {
        return ggml_backend_get_default_buffer_type.ADDR;
    }

    /** Calls {@code ggml_backend_get_default_buffer_type}. */
    public static MemorySegment ggml_backend_get_default_buffer_type(MemorySegment backend) {
        var mh$ = ggml_backend_get_default_buffer_type.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_alloc_buffer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_alloc_buffer");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_alloc_buffer}. */
    public static FunctionDescriptor ggml_backend_alloc_buffer$descriptor() {
        return ggml_backend_alloc_buffer.DESC;
    }

    /** The downcall handle of {@code ggml_backend_alloc_buffer}. */
    public static MethodHandle ggml_backend_alloc_buffer$handle() {
        return ggml_backend_alloc_buffer.HANDLE;
    }

    /** The address of {@code ggml_backend_alloc_buffer}. */
    public static MemorySegment ggml_backend_alloc_buffer$address() {
        return ggml_backend_alloc_buffer.ADDR;
    }

    /** Calls {@code ggml_backend_alloc_buffer}. */
    public static MemorySegment ggml_backend_alloc_buffer(MemorySegment backend, long size) {
        var mh$ = ggml_backend_alloc_buffer.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(backend, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_get_alignment {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_get_alignment");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_get_alignment}. */
    public static FunctionDescriptor ggml_backend_get_alignment$descriptor() {
        return ggml_backend_get_alignment.DESC;
    }

    /** The downcall handle of {@code ggml_backend_get_alignment}. */
    public static MethodHandle ggml_backend_get_alignment$handle() {
        return ggml_backend_get_alignment.HANDLE;
    }

    /** The address of {@code ggml_backend_get_alignment}. */
    public static MemorySegment ggml_backend_get_alignment$address() {
        return ggml_backend_get_alignment.ADDR;
    }

    /** Calls {@code ggml_backend_get_alignment}. */
    public static long ggml_backend_get_alignment(MemorySegment backend) {
        var mh$ = ggml_backend_get_alignment.HANDLE;
        try {
            return (long) mh$.invokeExact(backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_get_max_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_get_max_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_get_max_size}. */
    public static FunctionDescriptor ggml_backend_get_max_size$descriptor() {
        return ggml_backend_get_max_size.DESC;
    }

    /** The downcall handle of {@code ggml_backend_get_max_size}. */
    public static MethodHandle ggml_backend_get_max_size$handle() {
        return ggml_backend_get_max_size.HANDLE;
    }

    /** The address of {@code ggml_backend_get_max_size}. */
    public static MemorySegment ggml_backend_get_max_size$address() {
        return ggml_backend_get_max_size.ADDR;
    }

    /** Calls {@code ggml_backend_get_max_size}. */
    public static long ggml_backend_get_max_size(MemorySegment backend) {
        var mh$ = ggml_backend_get_max_size.HANDLE;
        try {
            return (long) mh$.invokeExact(backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_set_async {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_set_async");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_set_async}. */
    public static FunctionDescriptor ggml_backend_tensor_set_async$descriptor() {
        return ggml_backend_tensor_set_async.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_set_async}. */
    public static MethodHandle ggml_backend_tensor_set_async$handle() {
        return ggml_backend_tensor_set_async.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_set_async}. */
    public static MemorySegment ggml_backend_tensor_set_async$address() {
        return ggml_backend_tensor_set_async.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_set_async}. */
    public static void ggml_backend_tensor_set_async(MemorySegment backend, MemorySegment tensor, MemorySegment data, long offset, long size) {
        var mh$ = ggml_backend_tensor_set_async.HANDLE;
        try {
            mh$.invokeExact(backend, tensor, data, offset, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_get_async {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_get_async");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_get_async}. */
    public static FunctionDescriptor ggml_backend_tensor_get_async$descriptor() {
        return ggml_backend_tensor_get_async.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_get_async}. */
    public static MethodHandle ggml_backend_tensor_get_async$handle() {
        return ggml_backend_tensor_get_async.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_get_async}. */
    public static MemorySegment ggml_backend_tensor_get_async$address() {
        return ggml_backend_tensor_get_async.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_get_async}. */
    public static void ggml_backend_tensor_get_async(MemorySegment backend, MemorySegment tensor, MemorySegment data, long offset, long size) {
        var mh$ = ggml_backend_tensor_get_async.HANDLE;
        try {
            mh$.invokeExact(backend, tensor, data, offset, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_set_2d_async {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_set_2d_async");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_set_2d_async}. */
    public static FunctionDescriptor ggml_backend_tensor_set_2d_async$descriptor() {
        return ggml_backend_tensor_set_2d_async.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_set_2d_async}. */
    public static MethodHandle ggml_backend_tensor_set_2d_async$handle() {
        return ggml_backend_tensor_set_2d_async.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_set_2d_async}. */
    public static MemorySegment ggml_backend_tensor_set_2d_async$address() {
        return ggml_backend_tensor_set_2d_async.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_set_2d_async}. */
    public static void ggml_backend_tensor_set_2d_async(MemorySegment backend, MemorySegment tensor, MemorySegment data, long offset, long size, long n_copies, long stride_tensor, long stride_data) {
        var mh$ = ggml_backend_tensor_set_2d_async.HANDLE;
        try {
            mh$.invokeExact(backend, tensor, data, offset, size, n_copies, stride_tensor, stride_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_get_2d_async {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_get_2d_async");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_get_2d_async}. */
    public static FunctionDescriptor ggml_backend_tensor_get_2d_async$descriptor() {
        return ggml_backend_tensor_get_2d_async.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_get_2d_async}. */
    public static MethodHandle ggml_backend_tensor_get_2d_async$handle() {
        return ggml_backend_tensor_get_2d_async.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_get_2d_async}. */
    public static MemorySegment ggml_backend_tensor_get_2d_async$address() {
        return ggml_backend_tensor_get_2d_async.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_get_2d_async}. */
    public static void ggml_backend_tensor_get_2d_async(MemorySegment backend, MemorySegment tensor, MemorySegment data, long offset, long size, long n_copies, long stride_tensor, long stride_data) {
        var mh$ = ggml_backend_tensor_get_2d_async.HANDLE;
        try {
            mh$.invokeExact(backend, tensor, data, offset, size, n_copies, stride_tensor, stride_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_set {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_set");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_set}. */
    public static FunctionDescriptor ggml_backend_tensor_set$descriptor() {
        return ggml_backend_tensor_set.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_set}. */
    public static MethodHandle ggml_backend_tensor_set$handle() {
        return ggml_backend_tensor_set.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_set}. */
    public static MemorySegment ggml_backend_tensor_set$address() {
        return ggml_backend_tensor_set.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_set}. */
    public static void ggml_backend_tensor_set(MemorySegment tensor, MemorySegment data, long offset, long size) {
        var mh$ = ggml_backend_tensor_set.HANDLE;
        try {
            mh$.invokeExact(tensor, data, offset, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_get");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_get}. */
    public static FunctionDescriptor ggml_backend_tensor_get$descriptor() {
        return ggml_backend_tensor_get.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_get}. */
    public static MethodHandle ggml_backend_tensor_get$handle() {
        return ggml_backend_tensor_get.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_get}. */
    public static MemorySegment ggml_backend_tensor_get$address() {
        return ggml_backend_tensor_get.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_get}. */
    public static void ggml_backend_tensor_get(MemorySegment tensor, MemorySegment data, long offset, long size) {
        var mh$ = ggml_backend_tensor_get.HANDLE;
        try {
            mh$.invokeExact(tensor, data, offset, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_set_2d {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_set_2d");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_set_2d}. */
    public static FunctionDescriptor ggml_backend_tensor_set_2d$descriptor() {
        return ggml_backend_tensor_set_2d.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_set_2d}. */
    public static MethodHandle ggml_backend_tensor_set_2d$handle() {
        return ggml_backend_tensor_set_2d.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_set_2d}. */
    public static MemorySegment ggml_backend_tensor_set_2d$address() {
        return ggml_backend_tensor_set_2d.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_set_2d}. */
    public static void ggml_backend_tensor_set_2d(MemorySegment tensor, MemorySegment data, long offset, long size, long n_copies, long stride_tensor, long stride_data) {
        var mh$ = ggml_backend_tensor_set_2d.HANDLE;
        try {
            mh$.invokeExact(tensor, data, offset, size, n_copies, stride_tensor, stride_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_get_2d {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_get_2d");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_get_2d}. */
    public static FunctionDescriptor ggml_backend_tensor_get_2d$descriptor() {
        return ggml_backend_tensor_get_2d.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_get_2d}. */
    public static MethodHandle ggml_backend_tensor_get_2d$handle() {
        return ggml_backend_tensor_get_2d.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_get_2d}. */
    public static MemorySegment ggml_backend_tensor_get_2d$address() {
        return ggml_backend_tensor_get_2d.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_get_2d}. */
    public static void ggml_backend_tensor_get_2d(MemorySegment tensor, MemorySegment data, long offset, long size, long n_copies, long stride_tensor, long stride_data) {
        var mh$ = ggml_backend_tensor_get_2d.HANDLE;
        try {
            mh$.invokeExact(tensor, data, offset, size, n_copies, stride_tensor, stride_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_memset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_CHAR, llama_h_shared.C_LONG, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_memset");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_memset}. */
    public static FunctionDescriptor ggml_backend_tensor_memset$descriptor() {
        return ggml_backend_tensor_memset.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_memset}. */
    public static MethodHandle ggml_backend_tensor_memset$handle() {
        return ggml_backend_tensor_memset.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_memset}. */
    public static MemorySegment ggml_backend_tensor_memset$address() {
        return ggml_backend_tensor_memset.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_memset}. */
    public static void ggml_backend_tensor_memset(MemorySegment tensor, byte value, long offset, long size) {
        var mh$ = ggml_backend_tensor_memset.HANDLE;
        try {
            mh$.invokeExact(tensor, value, offset, size);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_synchronize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_synchronize");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_synchronize}. */
    public static FunctionDescriptor ggml_backend_synchronize$descriptor() {
        return ggml_backend_synchronize.DESC;
    }

    /** The downcall handle of {@code ggml_backend_synchronize}. */
    public static MethodHandle ggml_backend_synchronize$handle() {
        return ggml_backend_synchronize.HANDLE;
    }

    /** The address of {@code ggml_backend_synchronize}. */
    public static MemorySegment ggml_backend_synchronize$address() {
        return ggml_backend_synchronize.ADDR;
    }

    /** Calls {@code ggml_backend_synchronize}. */
    public static void ggml_backend_synchronize(MemorySegment backend) {
        var mh$ = ggml_backend_synchronize.HANDLE;
        try {
            mh$.invokeExact(backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_graph_plan_create {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_graph_plan_create");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_graph_plan_create}. */
    public static FunctionDescriptor ggml_backend_graph_plan_create$descriptor() {
        return ggml_backend_graph_plan_create.DESC;
    }

    /** The downcall handle of {@code ggml_backend_graph_plan_create}. */
    public static MethodHandle ggml_backend_graph_plan_create$handle() {
        return ggml_backend_graph_plan_create.HANDLE;
    }

    /** The address of {@code ggml_backend_graph_plan_create}. */
    public static MemorySegment ggml_backend_graph_plan_create$address() {
        return ggml_backend_graph_plan_create.ADDR;
    }

    /** Calls {@code ggml_backend_graph_plan_create}. */
    public static MemorySegment ggml_backend_graph_plan_create(MemorySegment backend, MemorySegment cgraph) {
        var mh$ = ggml_backend_graph_plan_create.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(backend, cgraph);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_graph_plan_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_graph_plan_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_graph_plan_free}. */
    public static FunctionDescriptor ggml_backend_graph_plan_free$descriptor() {
        return ggml_backend_graph_plan_free.DESC;
    }

    /** The downcall handle of {@code ggml_backend_graph_plan_free}. */
    public static MethodHandle ggml_backend_graph_plan_free$handle() {
        return ggml_backend_graph_plan_free.HANDLE;
    }

    /** The address of {@code ggml_backend_graph_plan_free}. */
    public static MemorySegment ggml_backend_graph_plan_free$address() {
        return ggml_backend_graph_plan_free.ADDR;
    }

    /** Calls {@code ggml_backend_graph_plan_free}. */
    public static void ggml_backend_graph_plan_free(MemorySegment backend, MemorySegment plan) {
        var mh$ = ggml_backend_graph_plan_free.HANDLE;
        try {
            mh$.invokeExact(backend, plan);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_graph_plan_compute {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_graph_plan_compute");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_graph_plan_compute}. */
    public static FunctionDescriptor ggml_backend_graph_plan_compute$descriptor() {
        return ggml_backend_graph_plan_compute.DESC;
    }

    /** The downcall handle of {@code ggml_backend_graph_plan_compute}. */
    public static MethodHandle ggml_backend_graph_plan_compute$handle() {
        return ggml_backend_graph_plan_compute.HANDLE;
    }

    /** The address of {@code ggml_backend_graph_plan_compute}. */
    public static MemorySegment ggml_backend_graph_plan_compute$address() {
        return ggml_backend_graph_plan_compute.ADDR;
    }

    /** Calls {@code ggml_backend_graph_plan_compute}. */
    public static int ggml_backend_graph_plan_compute(MemorySegment backend, MemorySegment plan) {
        var mh$ = ggml_backend_graph_plan_compute.HANDLE;
        try {
            return (int) mh$.invokeExact(backend, plan);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_graph_compute {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_graph_compute");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_graph_compute}. */
    public static FunctionDescriptor ggml_backend_graph_compute$descriptor() {
        return ggml_backend_graph_compute.DESC;
    }

    /** The downcall handle of {@code ggml_backend_graph_compute}. */
    public static MethodHandle ggml_backend_graph_compute$handle() {
        return ggml_backend_graph_compute.HANDLE;
    }

    /** The address of {@code ggml_backend_graph_compute}. */
    public static MemorySegment ggml_backend_graph_compute$address() {
        return ggml_backend_graph_compute.ADDR;
    }

    /** Calls {@code ggml_backend_graph_compute}. */
    public static int ggml_backend_graph_compute(MemorySegment backend, MemorySegment cgraph) {
        var mh$ = ggml_backend_graph_compute.HANDLE;
        try {
            return (int) mh$.invokeExact(backend, cgraph);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_graph_compute_async {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_graph_compute_async");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_graph_compute_async}. */
    public static FunctionDescriptor ggml_backend_graph_compute_async$descriptor() {
        return ggml_backend_graph_compute_async.DESC;
    }

    /** The downcall handle of {@code ggml_backend_graph_compute_async}. */
    public static MethodHandle ggml_backend_graph_compute_async$handle() {
        return ggml_backend_graph_compute_async.HANDLE;
    }

    /** The address of {@code ggml_backend_graph_compute_async}. */
    public static MemorySegment ggml_backend_graph_compute_async$address() {
        return ggml_backend_graph_compute_async.ADDR;
    }

    /** Calls {@code ggml_backend_graph_compute_async}. */
    public static int ggml_backend_graph_compute_async(MemorySegment backend, MemorySegment cgraph) {
        var mh$ = ggml_backend_graph_compute_async.HANDLE;
        try {
            return (int) mh$.invokeExact(backend, cgraph);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_supports_op {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_supports_op");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_supports_op}. */
    public static FunctionDescriptor ggml_backend_supports_op$descriptor() {
        return ggml_backend_supports_op.DESC;
    }

    /** The downcall handle of {@code ggml_backend_supports_op}. */
    public static MethodHandle ggml_backend_supports_op$handle() {
        return ggml_backend_supports_op.HANDLE;
    }

    /** The address of {@code ggml_backend_supports_op}. */
    public static MemorySegment ggml_backend_supports_op$address() {
        return ggml_backend_supports_op.ADDR;
    }

    /** Calls {@code ggml_backend_supports_op}. */
    public static boolean ggml_backend_supports_op(MemorySegment backend, MemorySegment op) {
        var mh$ = ggml_backend_supports_op.HANDLE;
        try {
            return (boolean) mh$.invokeExact(backend, op);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_supports_buft {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_supports_buft");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_supports_buft}. */
    public static FunctionDescriptor ggml_backend_supports_buft$descriptor() {
        return ggml_backend_supports_buft.DESC;
    }

    /** The downcall handle of {@code ggml_backend_supports_buft}. */
    public static MethodHandle ggml_backend_supports_buft$handle() {
        return ggml_backend_supports_buft.HANDLE;
    }

    /** The address of {@code ggml_backend_supports_buft}. */
    public static MemorySegment ggml_backend_supports_buft$address() {
        return ggml_backend_supports_buft.ADDR;
    }

    /** Calls {@code ggml_backend_supports_buft}. */
    public static boolean ggml_backend_supports_buft(MemorySegment backend, MemorySegment buft) {
        var mh$ = ggml_backend_supports_buft.HANDLE;
        try {
            return (boolean) mh$.invokeExact(backend, buft);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_offload_op {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_offload_op");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_offload_op}. */
    public static FunctionDescriptor ggml_backend_offload_op$descriptor() {
        return ggml_backend_offload_op.DESC;
    }

    /** The downcall handle of {@code ggml_backend_offload_op}. */
    public static MethodHandle ggml_backend_offload_op$handle() {
        return ggml_backend_offload_op.HANDLE;
    }

    /** The address of {@code ggml_backend_offload_op}. */
    public static MemorySegment ggml_backend_offload_op$address() {
        return ggml_backend_offload_op.ADDR;
    }

    /** Calls {@code ggml_backend_offload_op}. */
    public static boolean ggml_backend_offload_op(MemorySegment backend, MemorySegment op) {
        var mh$ = ggml_backend_offload_op.HANDLE;
        try {
            return (boolean) mh$.invokeExact(backend, op);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_tensor_copy_async {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_tensor_copy_async");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_tensor_copy_async}. */
    public static FunctionDescriptor ggml_backend_tensor_copy_async$descriptor() {
        return ggml_backend_tensor_copy_async.DESC;
    }

    /** The downcall handle of {@code ggml_backend_tensor_copy_async}. */
    public static MethodHandle ggml_backend_tensor_copy_async$handle() {
        return ggml_backend_tensor_copy_async.HANDLE;
    }

    /** The address of {@code ggml_backend_tensor_copy_async}. */
    public static MemorySegment ggml_backend_tensor_copy_async$address() {
        return ggml_backend_tensor_copy_async.ADDR;
    }

    /** Calls {@code ggml_backend_tensor_copy_async}. */
    public static void ggml_backend_tensor_copy_async(MemorySegment backend_src, MemorySegment backend_dst, MemorySegment src, MemorySegment dst) {
        var mh$ = ggml_backend_tensor_copy_async.HANDLE;
        try {
            mh$.invokeExact(backend_src, backend_dst, src, dst);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_get_device {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_get_device");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_get_device}. */
    public static FunctionDescriptor ggml_backend_get_device$descriptor() {
        return ggml_backend_get_device.DESC;
    }

    /** The downcall handle of {@code ggml_backend_get_device}. */
    public static MethodHandle ggml_backend_get_device$handle() {
        return ggml_backend_get_device.HANDLE;
    }

    /** The address of {@code ggml_backend_get_device}. */
    public static MemorySegment ggml_backend_get_device$address() {
        return ggml_backend_get_device.ADDR;
    }

    /** Calls {@code ggml_backend_get_device}. */
    public static MemorySegment ggml_backend_get_device(MemorySegment backend) {
        var mh$ = ggml_backend_get_device.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_event_new {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_event_new");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_event_new}. */
    public static FunctionDescriptor ggml_backend_event_new$descriptor() {
        return ggml_backend_event_new.DESC;
    }

    /** The downcall handle of {@code ggml_backend_event_new}. */
    public static MethodHandle ggml_backend_event_new$handle() {
        return ggml_backend_event_new.HANDLE;
    }

    /** The address of {@code ggml_backend_event_new}. */
    public static MemorySegment ggml_backend_event_new$address() {
        return ggml_backend_event_new.ADDR;
    }

    /** Calls {@code ggml_backend_event_new}. */
    public static MemorySegment ggml_backend_event_new(MemorySegment device) {
        var mh$ = ggml_backend_event_new.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(device);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_event_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_event_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_event_free}. */
    public static FunctionDescriptor ggml_backend_event_free$descriptor() {
        return ggml_backend_event_free.DESC;
    }

    /** The downcall handle of {@code ggml_backend_event_free}. */
    public static MethodHandle ggml_backend_event_free$handle() {
        return ggml_backend_event_free.HANDLE;
    }

    /** The address of {@code ggml_backend_event_free}. */
    public static MemorySegment ggml_backend_event_free$address() {
        return ggml_backend_event_free.ADDR;
    }

    /** Calls {@code ggml_backend_event_free}. */
    public static void ggml_backend_event_free(MemorySegment event) {
        var mh$ = ggml_backend_event_free.HANDLE;
        try {
            mh$.invokeExact(event);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_event_record {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_event_record");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_event_record}. */
    public static FunctionDescriptor ggml_backend_event_record$descriptor() {
        return ggml_backend_event_record.DESC;
    }

    /** The downcall handle of {@code ggml_backend_event_record}. */
    public static MethodHandle ggml_backend_event_record$handle() {
        return ggml_backend_event_record.HANDLE;
    }

    /** The address of {@code ggml_backend_event_record}. */
    public static MemorySegment ggml_backend_event_record$address() {
        return ggml_backend_event_record.ADDR;
    }

    /** Calls {@code ggml_backend_event_record}. */
    public static void ggml_backend_event_record(MemorySegment event, MemorySegment backend) {
        var mh$ = ggml_backend_event_record.HANDLE;
        try {
            mh$.invokeExact(event, backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_event_synchronize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_event_synchronize");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_event_synchronize}. */
    public static FunctionDescriptor ggml_backend_event_synchronize$descriptor() {
        return ggml_backend_event_synchronize.DESC;
    }

    /** The downcall handle of {@code ggml_backend_event_synchronize}. */
    public static MethodHandle ggml_backend_event_synchronize$handle() {
        return ggml_backend_event_synchronize.HANDLE;
    }

    /** The address of {@code ggml_backend_event_synchronize}. */
    public static MemorySegment ggml_backend_event_synchronize$address() {
        return ggml_backend_event_synchronize.ADDR;
    }

    /** Calls {@code ggml_backend_event_synchronize}. */
    public static void ggml_backend_event_synchronize(MemorySegment event) {
        var mh$ = ggml_backend_event_synchronize.HANDLE;
        try {
            mh$.invokeExact(event);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_event_wait {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_event_wait");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_event_wait}. */
    public static FunctionDescriptor ggml_backend_event_wait$descriptor() {
        return ggml_backend_event_wait.DESC;
    }

    /** The downcall handle of {@code ggml_backend_event_wait}. */
    public static MethodHandle ggml_backend_event_wait$handle() {
        return ggml_backend_event_wait.HANDLE;
    }

    /** The address of {@code ggml_backend_event_wait}. */
    public static MemorySegment ggml_backend_event_wait$address() {
        return ggml_backend_event_wait.ADDR;
    }

    /** Calls {@code ggml_backend_event_wait}. */
    public static void ggml_backend_event_wait(MemorySegment backend, MemorySegment event) {
        var mh$ = ggml_backend_event_wait.HANDLE;
        try {
            mh$.invokeExact(backend, event);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_name}. */
    public static FunctionDescriptor ggml_backend_dev_name$descriptor() {
        return ggml_backend_dev_name.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_name}. */
    public static MethodHandle ggml_backend_dev_name$handle() {
        return ggml_backend_dev_name.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_name}. */
    public static MemorySegment ggml_backend_dev_name$address() {
        return ggml_backend_dev_name.ADDR;
    }

    /** Calls {@code ggml_backend_dev_name}. */
    public static MemorySegment ggml_backend_dev_name(MemorySegment device) {
        var mh$ = ggml_backend_dev_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(device);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_dev_description {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_dev_description");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_dev_description}. */
    public static FunctionDescriptor ggml_backend_dev_description$descriptor() {
        return ggml_backend_dev_description.DESC;
    }

    /** The downcall handle of {@code ggml_backend_dev_description}. */
    public static MethodHandle ggml_backend_dev_description$handle() {
        return ggml_backend_dev_description.HANDLE;
    }

    /** The address of {@code ggml_backend_dev_description}. */
    public static MemorySegment ggml_backend_dev_description$address() {
        return ggml_backend_dev_description.ADDR;
    }

    /** Calls {@code ggml_backend_dev_description}. */
    public static MemorySegment ggml_backend_dev_description(MemorySegment device) {
        var mh$ = ggml_backend_dev_description.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(device);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
