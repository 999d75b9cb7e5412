// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** Part 5 of {@link llama_h}, split off to keep class files small. */
public class llama_h_5 extends llama_h_shared {

    llama_h_5() {
        // static members only
    }

    private static class llama_get_logits_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_logits_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_logits_ith}. */
    public static FunctionDescriptor llama_get_logits_ith$descriptor() {
        return llama_get_logits_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_logits_ith}. */
    public static MethodHandle llama_get_logits_ith$handle() {
        return llama_get_logits_ith.HANDLE;
    }

    /** The address of {@code llama_get_logits_ith}. */
    public static MemorySegment llama_get_logits_ith$address() {
        return llama_get_logits_ith.ADDR;
    }

    /** Calls {@code llama_get_logits_ith}. */
    public static MemorySegment llama_get_logits_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_logits_ith.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_embeddings {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_embeddings");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_embeddings}. */
    public static FunctionDescriptor llama_get_embeddings$descriptor() {
        return llama_get_embeddings.DESC;
    }

    /** The downcall handle of {@code llama_get_embeddings}. */
    public static MethodHandle llama_get_embeddings$handle() {
        return llama_get_embeddings.HANDLE;
    }

    /** The address of {@code llama_get_embeddings}. */
    public static MemorySegment llama_get_embeddings$address() {
        return llama_get_embeddings.ADDR;
    }

    /** Calls {@code llama_get_embeddings}. */
    public static MemorySegment llama_get_embeddings(MemorySegment ctx) {
        var mh$ = llama_get_embeddings.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_embeddings_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_embeddings_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_embeddings_ith}. */
    public static FunctionDescriptor llama_get_embeddings_ith$descriptor() {
        return llama_get_embeddings_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_embeddings_ith}. */
    public static MethodHandle llama_get_embeddings_ith$handle() {
        return llama_get_embeddings_ith.HANDLE;
    }

    /** The address of {@code llama_get_embeddings_ith}. */
    public static MemorySegment llama_get_embeddings_ith$address() {
        return llama_get_embeddings_ith.ADDR;
    }

    /** Calls {@code llama_get_embeddings_ith}. */
    public static MemorySegment llama_get_embeddings_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_embeddings_ith.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_embeddings_seq {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_embeddings_seq");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_embeddings_seq}. */
    public static FunctionDescriptor llama_get_embeddings_seq$descriptor() {
        return llama_get_embeddings_seq.DESC;
    }

    /** The downcall handle of {@code llama_get_embeddings_seq}. */
    public static MethodHandle llama_get_embeddings_seq$handle() {
        return llama_get_embeddings_seq.HANDLE;
    }

    /** The address of {@code llama_get_embeddings_seq}. */
    public static MemorySegment llama_get_embeddings_seq$address() {
        return llama_get_embeddings_seq.ADDR;
    }

    /** Calls {@code llama_get_embeddings_seq}. */
    public static MemorySegment llama_get_embeddings_seq(MemorySegment ctx, int seq_id) {
        var mh$ = llama_get_embeddings_seq.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, seq_id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_token_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_token_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_token_ith}. */
    public static FunctionDescriptor llama_get_sampled_token_ith$descriptor() {
        return llama_get_sampled_token_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_token_ith}. */
    public static MethodHandle llama_get_sampled_token_ith$handle() {
        return llama_get_sampled_token_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_token_ith}. */
    public static MemorySegment llama_get_sampled_token_ith$address() {
        return llama_get_sampled_token_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_token_ith}. */
    public static int llama_get_sampled_token_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_token_ith.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_probs_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_probs_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_probs_ith}. */
    public static FunctionDescriptor llama_get_sampled_probs_ith$descriptor() {
        return llama_get_sampled_probs_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_probs_ith}. */
    public static MethodHandle llama_get_sampled_probs_ith$handle() {
        return llama_get_sampled_probs_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_probs_ith}. */
    public static MemorySegment llama_get_sampled_probs_ith$address() {
        return llama_get_sampled_probs_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_probs_ith}. */
    public static MemorySegment llama_get_sampled_probs_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_probs_ith.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_probs_count_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_probs_count_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_probs_count_ith}. */
    public static FunctionDescriptor llama_get_sampled_probs_count_ith$descriptor() {
        return llama_get_sampled_probs_count_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_probs_count_ith}. */
    public static MethodHandle llama_get_sampled_probs_count_ith$handle() {
        return llama_get_sampled_probs_count_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_probs_count_ith}. */
    public static MemorySegment llama_get_sampled_probs_count_ith$address() {
        return llama_get_sampled_probs_count_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_probs_count_ith}. */
    public static int llama_get_sampled_probs_count_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_probs_count_ith.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_logits_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_logits_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_logits_ith}. */
    public static FunctionDescriptor llama_get_sampled_logits_ith$descriptor() {
        return llama_get_sampled_logits_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_logits_ith}. */
    public static MethodHandle llama_get_sampled_logits_ith$handle() {
        return llama_get_sampled_logits_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_logits_ith}. */
    public static MemorySegment llama_get_sampled_logits_ith$address() {
        return llama_get_sampled_logits_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_logits_ith}. */
    public static MemorySegment llama_get_sampled_logits_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_logits_ith.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_logits_count_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_logits_count_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_logits_count_ith}. */
    public static FunctionDescriptor llama_get_sampled_logits_count_ith$descriptor() {
        return llama_get_sampled_logits_count_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_logits_count_ith}. */
    public static MethodHandle llama_get_sampled_logits_count_ith$handle() {
        return llama_get_sampled_logits_count_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_logits_count_ith}. */
    public static MemorySegment llama_get_sampled_logits_count_ith$address() {
        return llama_get_sampled_logits_count_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_logits_count_ith}. */
    public static int llama_get_sampled_logits_count_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_logits_count_ith.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_candidates_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_candidates_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_candidates_ith}. */
    public static FunctionDescriptor llama_get_sampled_candidates_ith$descriptor() {
        return llama_get_sampled_candidates_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_candidates_ith}. */
    public static MethodHandle llama_get_sampled_candidates_ith$handle() {
        return llama_get_sampled_candidates_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_candidates_ith}. */
    public static MemorySegment llama_get_sampled_candidates_ith$address() {
        return llama_get_sampled_candidates_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_candidates_ith}. */
    public static MemorySegment llama_get_sampled_candidates_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_candidates_ith.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_get_sampled_candidates_count_ith {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_get_sampled_candidates_count_ith");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_get_sampled_candidates_count_ith}. */
    public static FunctionDescriptor llama_get_sampled_candidates_count_ith$descriptor() {
        return llama_get_sampled_candidates_count_ith.DESC;
    }

    /** The downcall handle of {@code llama_get_sampled_candidates_count_ith}. */
    public static MethodHandle llama_get_sampled_candidates_count_ith$handle() {
        return llama_get_sampled_candidates_count_ith.HANDLE;
    }

    /** The address of {@code llama_get_sampled_candidates_count_ith}. */
    public static MemorySegment llama_get_sampled_candidates_count_ith$address() {
        return llama_get_sampled_candidates_count_ith.ADDR;
    }

    /** Calls {@code llama_get_sampled_candidates_count_ith}. */
    public static int llama_get_sampled_candidates_count_ith(MemorySegment ctx, int i) {
        var mh$ = llama_get_sampled_candidates_count_ith.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_text {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_text");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_text}. */
    public static FunctionDescriptor llama_vocab_get_text$descriptor() {
        return llama_vocab_get_text.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_text}. */
    public static MethodHandle llama_vocab_get_text$handle() {
        return llama_vocab_get_text.HANDLE;
    }

    /** The address of {@code llama_vocab_get_text}. */
    public static MemorySegment llama_vocab_get_text$address() {
        return llama_vocab_get_text.ADDR;
    }

    /** Calls {@code llama_vocab_get_text}. */
    public static MemorySegment llama_vocab_get_text(MemorySegment vocab, int token) {
        var mh$ = llama_vocab_get_text.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(vocab, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_score {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_FLOAT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_score");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_score}. */
    public static FunctionDescriptor llama_vocab_get_score$descriptor() {
        return llama_vocab_get_score.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_score}. */
    public static MethodHandle llama_vocab_get_score$handle() {
        return llama_vocab_get_score.HANDLE;
    }

    /** The address of {@code llama_vocab_get_score}. */
    public static MemorySegment llama_vocab_get_score$address() {
        return llama_vocab_get_score.ADDR;
    }

    /** Calls {@code llama_vocab_get_score}. */
    public static float llama_vocab_get_score(MemorySegment vocab, int token) {
        var mh$ = llama_vocab_get_score.HANDLE;
        try {
            return (float) mh$.invokeExact(vocab, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_attr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_attr");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_attr}. */
    public static FunctionDescriptor llama_vocab_get_attr$descriptor() {
        return llama_vocab_get_attr.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_attr}. */
    public static MethodHandle llama_vocab_get_attr$handle() {
        return llama_vocab_get_attr.HANDLE;
    }

    /** The address of {@code llama_vocab_get_attr}. */
    public static MemorySegment llama_vocab_get_attr$address() {
        return llama_vocab_get_attr.ADDR;
    }

    /** Calls {@code llama_vocab_get_attr}. */
    public static int llama_vocab_get_attr(MemorySegment vocab, int token) {
        var mh$ = llama_vocab_get_attr.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_is_eog {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_is_eog");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_is_eog}. */
    public static FunctionDescriptor llama_vocab_is_eog$descriptor() {
        return llama_vocab_is_eog.DESC;
    }

    /** The downcall handle of {@code llama_vocab_is_eog}. */
    public static MethodHandle llama_vocab_is_eog$handle() {
        return llama_vocab_is_eog.HANDLE;
    }

    /** The address of {@code llama_vocab_is_eog}. */
    public static MemorySegment llama_vocab_is_eog$address() {
        return llama_vocab_is_eog.ADDR;
    }

    /** Calls {@code llama_vocab_is_eog}. */
    public static boolean llama_vocab_is_eog(MemorySegment vocab, int token) {
        var mh$ = llama_vocab_is_eog.HANDLE;
        try {
            return (boolean) mh$.invokeExact(vocab, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_is_control {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_is_control");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_is_control}. */
    public static FunctionDescriptor llama_vocab_is_control$descriptor() {
        return llama_vocab_is_control.DESC;
    }

    /** The downcall handle of {@code llama_vocab_is_control}. */
    public static MethodHandle llama_vocab_is_control$handle() {
        return llama_vocab_is_control.HANDLE;
    }

    /** The address of {@code llama_vocab_is_control}. */
    public static MemorySegment llama_vocab_is_control$address() {
        return llama_vocab_is_control.ADDR;
    }

    /** Calls {@code llama_vocab_is_control}. */
    public static boolean llama_vocab_is_control(MemorySegment vocab, int token) {
        var mh$ = llama_vocab_is_control.HANDLE;
        try {
            return (boolean) mh$.invokeExact(vocab, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_bos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_bos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_bos}. */
    public static FunctionDescriptor llama_vocab_bos$descriptor() {
        return llama_vocab_bos.DESC;
    }

    /** The downcall handle of {@code llama_vocab_bos}. */
    public static MethodHandle llama_vocab_bos$handle() {
        return llama_vocab_bos.HANDLE;
    }

    /** The address of {@code llama_vocab_bos}. */
    public static MemorySegment llama_vocab_bos$address() {
        return llama_vocab_bos.ADDR;
    }

    /** Calls {@code llama_vocab_bos}. */
    public static int llama_vocab_bos(MemorySegment vocab) {
        var mh$ = llama_vocab_bos.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_eos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_eos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_eos}. */
    public static FunctionDescriptor llama_vocab_eos$descriptor() {
        return llama_vocab_eos.DESC;
    }

    /** The downcall handle of {@code llama_vocab_eos}. */
    public static MethodHandle llama_vocab_eos$handle() {
        return llama_vocab_eos.HANDLE;
    }

    /** The address of {@code llama_vocab_eos}. */
    public static MemorySegment llama_vocab_eos$address() {
        return llama_vocab_eos.ADDR;
    }

    /** Calls {@code llama_vocab_eos}. */
    public static int llama_vocab_eos(MemorySegment vocab) {
        var mh$ = llama_vocab_eos.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_eot {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_eot");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_eot}. */
    public static FunctionDescriptor llama_vocab_eot$descriptor() {
        return llama_vocab_eot.DESC;
    }

    /** The downcall handle of {@code llama_vocab_eot}. */
    public static MethodHandle llama_vocab_eot$handle() {
        return llama_vocab_eot.HANDLE;
    }

    /** The address of {@code llama_vocab_eot}. */
    public static MemorySegment llama_vocab_eot$address() {
        return llama_vocab_eot.ADDR;
    }

    /** Calls {@code llama_vocab_eot}. */
    public static int llama_vocab_eot(MemorySegment vocab) {
        var mh$ = llama_vocab_eot.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_sep {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_sep");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_sep}. */
    public static FunctionDescriptor llama_vocab_sep$descriptor() {
        return llama_vocab_sep.DESC;
    }

    /** The downcall handle of {@code llama_vocab_sep}. */
    public static MethodHandle llama_vocab_sep$handle() {
        return llama_vocab_sep.HANDLE;
    }

    /** The address of {@code llama_vocab_sep}. */
    public static MemorySegment llama_vocab_sep$address() {
        return llama_vocab_sep.ADDR;
    }

    /** Calls {@code llama_vocab_sep}. */
    public static int llama_vocab_sep(MemorySegment vocab) {
        var mh$ = llama_vocab_sep.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_nl {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_nl");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_nl}. */
    public static FunctionDescriptor llama_vocab_nl$descriptor() {
        return llama_vocab_nl.DESC;
    }

    /** The downcall handle of {@code llama_vocab_nl}. */
    public static MethodHandle llama_vocab_nl$handle() {
        return llama_vocab_nl.HANDLE;
    }

    /** The address of {@code llama_vocab_nl}. */
    public static MemorySegment llama_vocab_nl$address() {
        return llama_vocab_nl.ADDR;
    }

    /** Calls {@code llama_vocab_nl}. */
    public static int llama_vocab_nl(MemorySegment vocab) {
        var mh$ = llama_vocab_nl.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_pad {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_pad");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_pad}. */
    public static FunctionDescriptor llama_vocab_pad$descriptor() {
        return llama_vocab_pad.DESC;
    }

    /** The downcall handle of {@code llama_vocab_pad}. */
    public static MethodHandle llama_vocab_pad$handle() {
        return llama_vocab_pad.HANDLE;
    }

    /** The address of {@code llama_vocab_pad}. */
    public static MemorySegment llama_vocab_pad$address() {
        return llama_vocab_pad.ADDR;
    }

    /** Calls {@code llama_vocab_pad}. */
    public static int llama_vocab_pad(MemorySegment vocab) {
        var mh$ = llama_vocab_pad.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_mask {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_mask");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_mask}. */
    public static FunctionDescriptor llama_vocab_mask$descriptor() {
        return llama_vocab_mask.DESC;
    }

    /** The downcall handle of {@code llama_vocab_mask}. */
    public static MethodHandle llama_vocab_mask$handle() {
        return llama_vocab_mask.HANDLE;
    }

    /** The address of {@code llama_vocab_mask}. */
    public static MemorySegment llama_vocab_mask$address() {
        return llama_vocab_mask.ADDR;
    }

    /** Calls {@code llama_vocab_mask}. */
    public static int llama_vocab_mask(MemorySegment vocab) {
        var mh$ = llama_vocab_mask.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_add_bos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_add_bos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_add_bos}. */
    public static FunctionDescriptor llama_vocab_get_add_bos$descriptor() {
        return llama_vocab_get_add_bos.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_add_bos}. */
    public static MethodHandle llama_vocab_get_add_bos$handle() {
        return llama_vocab_get_add_bos.HANDLE;
    }

    /** The address of {@code llama_vocab_get_add_bos}. */
    public static MemorySegment llama_vocab_get_add_bos$address() {
        return llama_vocab_get_add_bos.ADDR;
    }

    /** Calls {@code llama_vocab_get_add_bos}. */
    public static boolean llama_vocab_get_add_bos(MemorySegment vocab) {
        var mh$ = llama_vocab_get_add_bos.HANDLE;
        try {
            return (boolean) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_add_eos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_add_eos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_add_eos}. */
    public static FunctionDescriptor llama_vocab_get_add_eos$descriptor() {
        return llama_vocab_get_add_eos.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_add_eos}. */
    public static MethodHandle llama_vocab_get_add_eos$handle() {
        return llama_vocab_get_add_eos.HANDLE;
    }

    /** The address of {@code llama_vocab_get_add_eos}. */
    public static MemorySegment llama_vocab_get_add_eos$address() {
        return llama_vocab_get_add_eos.ADDR;
    }

    /** Calls {@code llama_vocab_get_add_eos}. */
    public static boolean llama_vocab_get_add_eos(MemorySegment vocab) {
        var mh$ = llama_vocab_get_add_eos.HANDLE;
        try {
            return (boolean) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_add_sep {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_add_sep");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_add_sep}. */
    public static FunctionDescriptor llama_vocab_get_add_sep$descriptor() {
        return llama_vocab_get_add_sep.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_add_sep}. */
    public static MethodHandle llama_vocab_get_add_sep$handle() {
        return llama_vocab_get_add_sep.HANDLE;
    }

    /** The address of {@code llama_vocab_get_add_sep}. */
    public static MemorySegment llama_vocab_get_add_sep$address() {
        return llama_vocab_get_add_sep.ADDR;
    }

    /** Calls {@code llama_vocab_get_add_sep}. */
    public static boolean llama_vocab_get_add_sep(MemorySegment vocab) {
        var mh$ = llama_vocab_get_add_sep.HANDLE;
        try {
            return (boolean) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_get_suppress_tokens {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_get_suppress_tokens");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_get_suppress_tokens}. */
    public static FunctionDescriptor llama_vocab_get_suppress_tokens$descriptor() {
        return llama_vocab_get_suppress_tokens.DESC;
    }

    /** The downcall handle of {@code llama_vocab_get_suppress_tokens}. */
    public static MethodHandle llama_vocab_get_suppress_tokens$handle() {
        return llama_vocab_get_suppress_tokens.HANDLE;
    }

    /** The address of {@code llama_vocab_get_suppress_tokens}. */
    public static MemorySegment llama_vocab_get_suppress_tokens$address() {
        return llama_vocab_get_suppress_tokens.ADDR;
    }

    /** Calls {@code llama_vocab_get_suppress_tokens}. */
    public static MemorySegment llama_vocab_get_suppress_tokens(MemorySegment vocab, MemorySegment n_suppress_tokens) {
        var mh$ = llama_vocab_get_suppress_tokens.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(vocab, n_suppress_tokens);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_pre {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_pre");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_pre}. */
    public static FunctionDescriptor llama_vocab_fim_pre$descriptor() {
        return llama_vocab_fim_pre.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_pre}. */
    public static MethodHandle llama_vocab_fim_pre$handle() {
        return llama_vocab_fim_pre.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_pre}. */
    public static MemorySegment llama_vocab_fim_pre$address() {
        return llama_vocab_fim_pre.ADDR;
    }

    /** Calls {@code llama_vocab_fim_pre}. */
    public static int llama_vocab_fim_pre(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_pre.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_suf {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_suf");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_suf}. */
    public static FunctionDescriptor llama_vocab_fim_suf$descriptor() {
        return llama_vocab_fim_suf.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_suf}. */
    public static MethodHandle llama_vocab_fim_suf$handle() {
        return llama_vocab_fim_suf.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_suf}. */
    public static MemorySegment llama_vocab_fim_suf$address() {
        return llama_vocab_fim_suf.ADDR;
    }

    /** Calls {@code llama_vocab_fim_suf}. */
    public static int llama_vocab_fim_suf(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_suf.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_mid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_mid");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_mid}. */
    public static FunctionDescriptor llama_vocab_fim_mid$descriptor() {
        return llama_vocab_fim_mid.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_mid}. */
    public static MethodHandle llama_vocab_fim_mid$handle() {
        return llama_vocab_fim_mid.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_mid}. */
    public static MemorySegment llama_vocab_fim_mid$address() {
        return llama_vocab_fim_mid.ADDR;
    }

    /** Calls {@code llama_vocab_fim_mid}. */
    public static int llama_vocab_fim_mid(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_mid.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_pad {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_pad");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_pad}. */
    public static FunctionDescriptor llama_vocab_fim_pad$descriptor() {
        return llama_vocab_fim_pad.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_pad}. */
    public static MethodHandle llama_vocab_fim_pad$handle() {
        return llama_vocab_fim_pad.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_pad}. */
    public static MemorySegment llama_vocab_fim_pad$address() {
        return llama_vocab_fim_pad.ADDR;
    }

    /** Calls {@code llama_vocab_fim_pad}. */
    public static int llama_vocab_fim_pad(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_pad.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_rep {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_rep");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_rep}. */
    public static FunctionDescriptor llama_vocab_fim_rep$descriptor() {
        return llama_vocab_fim_rep.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_rep}. */
    public static MethodHandle llama_vocab_fim_rep$handle() {
        return llama_vocab_fim_rep.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_rep}. */
    public static MemorySegment llama_vocab_fim_rep$address() {
        return llama_vocab_fim_rep.ADDR;
    }

    /** Calls {@code llama_vocab_fim_rep}. */
    public static int llama_vocab_fim_rep(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_rep.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_vocab_fim_sep {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_vocab_fim_sep");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_vocab_fim_sep}. */
    public static FunctionDescriptor llama_vocab_fim_sep$descriptor() {
        return llama_vocab_fim_sep.DESC;
    }

    /** The downcall handle of {@code llama_vocab_fim_sep}. */
    public static MethodHandle llama_vocab_fim_sep$handle() {
        return llama_vocab_fim_sep.HANDLE;
    }

    /** The address of {@code llama_vocab_fim_sep}. */
    public static MemorySegment llama_vocab_fim_sep$address() {
        return llama_vocab_fim_sep.ADDR;
    }

    /** Calls {@code llama_vocab_fim_sep}. */
    public static int llama_vocab_fim_sep(MemorySegment vocab) {
        var mh$ = llama_vocab_fim_sep.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_tokenize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_BOOL, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_tokenize");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_tokenize}. */
    public static FunctionDescriptor llama_tokenize$descriptor() {
        return llama_tokenize.DESC;
    }

    /** The downcall handle of {@code llama_tokenize}. */
    public static MethodHandle llama_tokenize$handle() {
        return llama_tokenize.HANDLE;
    }

    /** The address of {@code llama_tokenize}. */
    public static MemorySegment llama_tokenize$address() {
        return llama_tokenize.ADDR;
    }

    /** Calls {@code llama_tokenize}. */
    public static int llama_tokenize(MemorySegment vocab, MemorySegment text, int text_len, MemorySegment tokens, int n_tokens_max, boolean add_special, boolean parse_special) {
        var mh$ = llama_tokenize.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab, text, text_len, tokens, n_tokens_max, add_special, parse_special);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_token_to_piece {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_token_to_piece");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_token_to_piece}. */
    public static FunctionDescriptor llama_token_to_piece$descriptor() {
        return llama_token_to_piece.DESC;
    }

    /** The downcall handle of {@code llama_token_to_piece}. */
    public static MethodHandle llama_token_to_piece$handle() {
        return llama_token_to_piece.HANDLE;
    }

    /** The address of {@code llama_token_to_piece}. */
    public static MemorySegment llama_token_to_piece$address() {
        return llama_token_to_piece.ADDR;
    }

    /** Calls {@code llama_token_to_piece}. */
    public static int llama_token_to_piece(MemorySegment vocab, int token, MemorySegment buf, int length, int lstrip, boolean special) {
        var mh$ = llama_token_to_piece.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab, token, buf, length, lstrip, special);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_detokenize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_BOOL, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_detokenize");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_detokenize}. */
    public static FunctionDescriptor llama_detokenize$descriptor() {
        return llama_detokenize.DESC;
    }

    /** The downcall handle of {@code llama_detokenize}. */
    public static MethodHandle llama_detokenize$handle() {
        return llama_detokenize.HANDLE;
    }

    /** The address of {@code llama_detokenize}. */
    public static MemorySegment llama_detokenize$address() {
        return llama_detokenize.ADDR;
    }

    /** Calls {@code llama_detokenize}. */
    public static int llama_detokenize(MemorySegment vocab, MemorySegment tokens, int n_tokens, MemorySegment text, int text_len_max, boolean remove_special, boolean unparse_special) {
        var mh$ = llama_detokenize.HANDLE;
        try {
            return (int) mh$.invokeExact(vocab, tokens, n_tokens, text, text_len_max, remove_special, unparse_special);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_chat_apply_template {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_chat_apply_template");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_chat_apply_template}. */
    public static FunctionDescriptor llama_chat_apply_template$descriptor() {
        return llama_chat_apply_template.DESC;
    }

    /** The downcall handle of {@code llama_chat_apply_template}. */
    public static MethodHandle llama_chat_apply_template$handle() {
        return llama_chat_apply_template.HANDLE;
    }

    /** The address of {@code llama_chat_apply_template}. */
    public static MemorySegment llama_chat_apply_template$address() {
        return llama_chat_apply_template.ADDR;
    }

    /** Calls {@code llama_chat_apply_template}. */
    public static int llama_chat_apply_template(MemorySegment tmpl, MemorySegment chat, long n_msg, boolean add_ass, MemorySegment buf, int length) {
        var mh$ = llama_chat_apply_template.HANDLE;
        try {
            return (int) mh$.invokeExact(tmpl, chat, n_msg, add_ass, buf, length);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_chat_builtin_templates {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_chat_builtin_templates");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_chat_builtin_templates}. */
    public static FunctionDescriptor llama_chat_builtin_templates$descriptor() {
        return llama_chat_builtin_templates.DESC;
    }

    /** The downcall handle of {@code llama_chat_builtin_templates}. */
    public static MethodHandle llama_chat_builtin_templates$handle() {
        return llama_chat_builtin_templates.HANDLE;
    }

    /** The address of {@code llama_chat_builtin_templates}. */
    public static MemorySegment llama_chat_builtin_templates$address() {
        return llama_chat_builtin_templates.ADDR;
    }

    /** Calls {@code llama_chat_builtin_templates}. */
    public static int llama_chat_builtin_templates(MemorySegment output, long len) {
        var mh$ = llama_chat_builtin_templates.HANDLE;
        try {
            return (int) mh$.invokeExact(output, len);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_set_sampler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_set_sampler");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_set_sampler}. */
    public static FunctionDescriptor llama_set_sampler$descriptor() {
        return llama_set_sampler.DESC;
    }

    /** The downcall handle of {@code llama_set_sampler}. */
    public static MethodHandle llama_set_sampler$handle() {
        return llama_set_sampler.HANDLE;
    }

    /** The address of {@code llama_set_sampler}. */
    public static MemorySegment llama_set_sampler$address() {
        return llama_set_sampler.ADDR;
    }

    /** Calls {@code llama_set_sampler}. */
    public static boolean llama_set_sampler(MemorySegment ctx, int seq_id, MemorySegment smpl) {
        var mh$ = llama_set_sampler.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx, seq_id, smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init}. */
    public static FunctionDescriptor llama_sampler_init$descriptor() {
        return llama_sampler_init.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init}. */
    public static MethodHandle llama_sampler_init$handle() {
        return llama_sampler_init.HANDLE;
    }

    /** The address of {@code llama_sampler_init}. */
    public static MemorySegment llama_sampler_init$address() {
        return llama_sampler_init.ADDR;
    }

    /** Calls {@code llama_sampler_init}. */
    public static MemorySegment llama_sampler_init(MemorySegment iface, MemorySegment ctx) {
        var mh$ = llama_sampler_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(iface, ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_name");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_name}. */
    public static FunctionDescriptor llama_sampler_name$descriptor() {
        return llama_sampler_name.DESC;
    }

    /** The downcall handle of {@code llama_sampler_name}. */
    public static MethodHandle llama_sampler_name$handle() {
        return llama_sampler_name.HANDLE;
    }

    /** The address of {@code llama_sampler_name}. */
    public static MemorySegment llama_sampler_name$address() {
        return llama_sampler_name.ADDR;
    }

    /** Calls {@code llama_sampler_name}. */
    public static MemorySegment llama_sampler_name(MemorySegment smpl) {
        var mh$ = llama_sampler_name.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_accept {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_accept");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_accept}. */
    public static FunctionDescriptor llama_sampler_accept$descriptor() {
        return llama_sampler_accept.DESC;
    }

    /** The downcall handle of {@code llama_sampler_accept}. */
    public static MethodHandle llama_sampler_accept$handle() {
        return llama_sampler_accept.HANDLE;
    }

    /** The address of {@code llama_sampler_accept}. */
    public static MemorySegment llama_sampler_accept$address() {
        return llama_sampler_accept.ADDR;
    }

    /** Calls {@code llama_sampler_accept}. */
    public static void llama_sampler_accept(MemorySegment smpl, int token) {
        var mh$ = llama_sampler_accept.HANDLE;
        try {
            mh$.invokeExact(smpl, token);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_apply {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_apply");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_apply}. */
    public static FunctionDescriptor llama_sampler_apply$descriptor() {
        return llama_sampler_apply.DESC;
    }

    /** The downcall handle of {@code llama_sampler_apply}. */
    public static MethodHandle llama_sampler_apply$handle() {
        return llama_sampler_apply.HANDLE;
    }

    /** The address of {@code llama_sampler_apply}. */
    public static MemorySegment llama_sampler_apply$address() {
        return llama_sampler_apply.ADDR;
    }

    /** Calls {@code llama_sampler_apply}. */
    public static void llama_sampler_apply(MemorySegment smpl, MemorySegment cur_p) {
        var mh$ = llama_sampler_apply.HANDLE;
        try {
            mh$.invokeExact(smpl, cur_p);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_reset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_reset");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_reset}. */
    public static FunctionDescriptor llama_sampler_reset$descriptor() {
        return llama_sampler_reset.DESC;
    }

    /** The downcall handle of {@code llama_sampler_reset}. */
    public static MethodHandle llama_sampler_reset$handle() {
        return llama_sampler_reset.HANDLE;
    }

    /** The address of {@code llama_sampler_reset}. */
    public static MemorySegment llama_sampler_reset$address() {
        return llama_sampler_reset.ADDR;
    }

    /** Calls {@code llama_sampler_reset}. */
    public static void llama_sampler_reset(MemorySegment smpl) {
        var mh$ = llama_sampler_reset.HANDLE;
        try {
            mh$.invokeExact(smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_clone {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_clone");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_clone}. */
    public static FunctionDescriptor llama_sampler_clone$descriptor() {
        return llama_sampler_clone.DESC;
    }

    /** The downcall handle of {@code llama_sampler_clone}. */
    public static MethodHandle llama_sampler_clone$handle() {
        return llama_sampler_clone.HANDLE;
    }

    /** The address of {@code llama_sampler_clone}. */
    public static MemorySegment llama_sampler_clone$address() {
        return llama_sampler_clone.ADDR;
    }

    /** Calls {@code llama_sampler_clone}. */
    public static MemorySegment llama_sampler_clone(MemorySegment smpl) {
        var mh$ = llama_sampler_clone.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_copy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_copy");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_copy}. */
    public static FunctionDescriptor llama_sampler_copy$descriptor() {
        return llama_sampler_copy.DESC;
    }

    /** The downcall handle of {@code llama_sampler_copy}. */
    public static MethodHandle llama_sampler_copy$handle() {
        return llama_sampler_copy.HANDLE;
    }

    /** The address of {@code llama_sampler_copy}. */
    public static MemorySegment llama_sampler_copy$address() {
        return llama_sampler_copy.ADDR;
    }

    /** Calls {@code llama_sampler_copy}. */
    public static void llama_sampler_copy(MemorySegment src, MemorySegment dst) {
        var mh$ = llama_sampler_copy.HANDLE;
        try {
            mh$.invokeExact(src, dst);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_free}. */
    public static FunctionDescriptor llama_sampler_free$descriptor() {
        return llama_sampler_free.DESC;
    }

    /** The downcall handle of {@code llama_sampler_free}. */
    public static MethodHandle llama_sampler_free$handle() {
        return llama_sampler_free.HANDLE;
    }

    /** The address of {@code llama_sampler_free}. */
    public static MemorySegment llama_sampler_free$address() {
        return llama_sampler_free.ADDR;
    }

    /** Calls {@code llama_sampler_free}. */
    public static void llama_sampler_free(MemorySegment smpl) {
        var mh$ = llama_sampler_free.HANDLE;
        try {
            mh$.invokeExact(smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, io.github.llamaffm.bindings.llama_sampler_chain_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_init}. */
    public static FunctionDescriptor llama_sampler_chain_init$descriptor() {
        return llama_sampler_chain_init.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_init}. */
    public static MethodHandle llama_sampler_chain_init$handle() {
        return llama_sampler_chain_init.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_init}. */
    public static MemorySegment llama_sampler_chain_init$address() {
        return llama_sampler_chain_init.ADDR;
    }

    /** Calls {@code llama_sampler_chain_init}. */
    public static MemorySegment llama_sampler_chain_init(MemorySegment params) {
        var mh$ = llama_sampler_chain_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_add {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_add");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_add}. */
    public static FunctionDescriptor llama_sampler_chain_add$descriptor() {
        return llama_sampler_chain_add.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_add}. */
    public static MethodHandle llama_sampler_chain_add$handle() {
        return llama_sampler_chain_add.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_add}. */
    public static MemorySegment llama_sampler_chain_add$address() {
        return llama_sampler_chain_add.ADDR;
    }

    /** Calls {@code llama_sampler_chain_add}. */
    public static void llama_sampler_chain_add(MemorySegment chain, MemorySegment smpl) {
        var mh$ = llama_sampler_chain_add.HANDLE;
        try {
            mh$.invokeExact(chain, smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_get");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_get}. */
    public static FunctionDescriptor llama_sampler_chain_get$descriptor() {
        return llama_sampler_chain_get.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_get}. */
    public static MethodHandle llama_sampler_chain_get$handle() {
        return llama_sampler_chain_get.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_get}. */
    public static MemorySegment llama_sampler_chain_get$address() {
        return llama_sampler_chain_get.ADDR;
    }

    /** Calls {@code llama_sampler_chain_get}. */
    public static MemorySegment llama_sampler_chain_get(MemorySegment chain, int i) {
        var mh$ = llama_sampler_chain_get.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(chain, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_n {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_n");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_n}. */
    public static FunctionDescriptor llama_sampler_chain_n$descriptor() {
        return llama_sampler_chain_n.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_n}. */
    public static MethodHandle llama_sampler_chain_n$handle() {
        return llama_sampler_chain_n.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_n}. */
    public static MemorySegment llama_sampler_chain_n$address() {
        return llama_sampler_chain_n.ADDR;
    }

    /** Calls {@code llama_sampler_chain_n}. */
    public static int llama_sampler_chain_n(MemorySegment chain) {
        var mh$ = llama_sampler_chain_n.HANDLE;
        try {
            return (int) mh$.invokeExact(chain);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_chain_remove {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_chain_remove");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_chain_remove}. */
    public static FunctionDescriptor llama_sampler_chain_remove$descriptor() {
        return llama_sampler_chain_remove.DESC;
    }

    /** The downcall handle of {@code llama_sampler_chain_remove}. */
    public static MethodHandle llama_sampler_chain_remove$handle() {
        return llama_sampler_chain_remove.HANDLE;
    }

    /** The address of {@code llama_sampler_chain_remove}. */
    public static MemorySegment llama_sampler_chain_remove$address() {
        return llama_sampler_chain_remove.ADDR;
    }

    /** Calls {@code llama_sampler_chain_remove}. */
    public static MemorySegment llama_sampler_chain_remove(MemorySegment chain, int i) {
        var mh$ = llama_sampler_chain_remove.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(chain, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_greedy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_greedy");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_greedy}. */
    public static FunctionDescriptor llama_sampler_init_greedy$descriptor() {
        return llama_sampler_init_greedy.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_greedy}. */
    public static MethodHandle llama_sampler_init_greedy$handle() {
        return llama_sampler_init_greedy.HANDLE;
    }

    /** The address of {@code llama_sampler_init_greedy}. */
    public static MemorySegment llama_sampler_init_greedy$address() {
        return llama_sampler_init_greedy.ADDR;
    }

    /** Calls {@code llama_sampler_init_greedy}. */
    public static MemorySegment llama_sampler_init_greedy() {
        var mh$ = llama_sampler_init_greedy.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_dist {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_dist");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_dist}. */
    public static FunctionDescriptor llama_sampler_init_dist$descriptor() {
        return llama_sampler_init_dist.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_dist}. */
    public static MethodHandle llama_sampler_init_dist$handle() {
        return llama_sampler_init_dist.HANDLE;
    }

    /** The address of {@code llama_sampler_init_dist}. */
    public static MemorySegment llama_sampler_init_dist$address() {
        return llama_sampler_init_dist.ADDR;
    }

    /** Calls {@code llama_sampler_init_dist}. */
    public static MemorySegment llama_sampler_init_dist(int seed) {
        var mh$ = llama_sampler_init_dist.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(seed);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_top_k {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_top_k");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_top_k}. */
    public static FunctionDescriptor llama_sampler_init_top_k$descriptor() {
        return llama_sampler_init_top_k.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_top_k}. */
    public static MethodHandle llama_sampler_init_top_k$handle() {
        return llama_sampler_init_top_k.HANDLE;
    }

    /** The address of {@code llama_sampler_init_top_k}. */
    public static MemorySegment llama_sampler_init_top_k$address() {
        return llama_sampler_init_top_k.ADDR;
    }

    /** Calls {@code llama_sampler_init_top_k}. */
    public static MemorySegment llama_sampler_init_top_k(int k) {
        var mh$ = llama_sampler_init_top_k.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(k);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_top_p {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_top_p");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_top_p}. */
    public static FunctionDescriptor llama_sampler_init_top_p$descriptor() {
        return llama_sampler_init_top_p.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_top_p}. */
    public static MethodHandle llama_sampler_init_top_p$handle() {
        return llama_sampler_init_top_p.HANDLE;
    }

    /** The address of {@code llama_sampler_init_top_p}. */
    public static MemorySegment llama_sampler_init_top_p$address() {
        return llama_sampler_init_top_p.ADDR;
    }

    /** Calls {@code llama_sampler_init_top_p}. */
    public static MemorySegment llama_sampler_init_top_p(float p, long min_keep) {
        var mh$ = llama_sampler_init_top_p.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(p, min_keep);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_min_p {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_min_p");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_min_p}. */
    public static FunctionDescriptor llama_sampler_init_min_p$descriptor() {
        return llama_sampler_init_min_p.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_min_p}. */
    public static MethodHandle llama_sampler_init_min_p$handle() {
        return llama_sampler_init_min_p.HANDLE;
    }

    /** The address of {@code llama_sampler_init_min_p}. */
    public static MemorySegment llama_sampler_init_min_p$address() {
        return llama_sampler_init_min_p.ADDR;
    }

    /** Calls {@code llama_sampler_init_min_p}. */
    public static MemorySegment llama_sampler_init_min_p(float p, long min_keep) {
        var mh$ = llama_sampler_init_min_p.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(p, min_keep);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_typical {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_typical");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_typical}. */
    public static FunctionDescriptor llama_sampler_init_typical$descriptor() {
        return llama_sampler_init_typical.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_typical}. */
    public static MethodHandle llama_sampler_init_typical$handle() {
        return llama_sampler_init_typical.HANDLE;
    }

    /** The address of {@code llama_sampler_init_typical}. */
    public static MemorySegment llama_sampler_init_typical$address() {
        return llama_sampler_init_typical.ADDR;
    }

    /** Calls {@code llama_sampler_init_typical}. */
    public static MemorySegment llama_sampler_init_typical(float p, long min_keep) {
        var mh$ = llama_sampler_init_typical.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(p, min_keep);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_temp {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_temp");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_temp}. */
    public static FunctionDescriptor llama_sampler_init_temp$descriptor() {
        return llama_sampler_init_temp.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_temp}. */
    public static MethodHandle llama_sampler_init_temp$handle() {
        return llama_sampler_init_temp.HANDLE;
    }

    /** The address of {@code llama_sampler_init_temp}. */
    public static MemorySegment llama_sampler_init_temp$address() {
        return llama_sampler_init_temp.ADDR;
    }

    /** Calls {@code llama_sampler_init_temp}. */
    public static MemorySegment llama_sampler_init_temp(float t) {
        var mh$ = llama_sampler_init_temp.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(t);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_temp_ext {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_temp_ext");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_temp_ext}. */
    public static FunctionDescriptor llama_sampler_init_temp_ext$descriptor() {
        return llama_sampler_init_temp_ext.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_temp_ext}. */
    public static MethodHandle llama_sampler_init_temp_ext$handle() {
        return llama_sampler_init_temp_ext.HANDLE;
    }

    /** The address of {@code llama_sampler_init_temp_ext}. */
    public static MemorySegment llama_sampler_init_temp_ext$address() {
        return llama_sampler_init_temp_ext.ADDR;
    }

    /** Calls {@code llama_sampler_init_temp_ext}. */
    public static MemorySegment llama_sampler_init_temp_ext(float t, float delta, float exponent) {
        var mh$ = llama_sampler_init_temp_ext.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(t, delta, exponent);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_xtc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT, llama_h_shared.C_LONG, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_xtc");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_xtc}. */
    public static FunctionDescriptor llama_sampler_init_xtc$descriptor() {
        return llama_sampler_init_xtc.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_xtc}. */
    public static MethodHandle llama_sampler_init_xtc$handle() {
        return llama_sampler_init_xtc.HANDLE;
    }

    /** The address of {@code llama_sampler_init_xtc}. */
    public static MemorySegment llama_sampler_init_xtc$address() {
        return llama_sampler_init_xtc.ADDR;
    }

    /** Calls {@code llama_sampler_init_xtc}. */
    public static MemorySegment llama_sampler_init_xtc(float p, float t, long min_keep, int seed) {
        var mh$ = llama_sampler_init_xtc.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(p, t, min_keep, seed);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_top_n_sigma {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_top_n_sigma");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_top_n_sigma}. */
    public static FunctionDescriptor llama_sampler_init_top_n_sigma$descriptor() {
        return llama_sampler_init_top_n_sigma.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_top_n_sigma}. */
    public static MethodHandle llama_sampler_init_top_n_sigma$handle() {
        return llama_sampler_init_top_n_sigma.HANDLE;
    }

    /** The address of {@code llama_sampler_init_top_n_sigma}. */
    public static MemorySegment llama_sampler_init_top_n_sigma$address() {
        return llama_sampler_init_top_n_sigma.ADDR;
    }

    /** Calls {@code llama_sampler_init_top_n_sigma}. */
    public static MemorySegment llama_sampler_init_top_n_sigma(float n) {
        var mh$ = llama_sampler_init_top_n_sigma.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(n);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_mirostat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_mirostat");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_mirostat}. */
    public static FunctionDescriptor llama_sampler_init_mirostat$descriptor() {
        return llama_sampler_init_mirostat.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_mirostat}. */
    public static MethodHandle llama_sampler_init_mirostat$handle() {
        return llama_sampler_init_mirostat.HANDLE;
    }

    /** The address of {@code llama_sampler_init_mirostat}. */
    public static MemorySegment llama_sampler_init_mirostat$address() {
        return llama_sampler_init_mirostat.ADDR;
    }

    /** Calls {@code llama_sampler_init_mirostat}. */
    public static MemorySegment llama_sampler_init_mirostat(int n_vocab, int seed, float tau, float eta, int m) {
        var mh$ = llama_sampler_init_mirostat.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(n_vocab, seed, tau, eta, m);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_mirostat_v2 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_mirostat_v2");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_mirostat_v2}. */
    public static FunctionDescriptor llama_sampler_init_mirostat_v2$descriptor() {
        return llama_sampler_init_mirostat_v2.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_mirostat_v2}. */
    public static MethodHandle llama_sampler_init_mirostat_v2$handle() {
        return llama_sampler_init_mirostat_v2.HANDLE;
    }

    /** The address of {@code llama_sampler_init_mirostat_v2}. */
    public static MemorySegment llama_sampler_init_mirostat_v2$address() {
        return llama_sampler_init_mirostat_v2.ADDR;
    }

    /** Calls {@code llama_sampler_init_mirostat_v2}. */
    public static MemorySegment llama_sampler_init_mirostat_v2(int seed, float tau, float eta) {
        var mh$ = llama_sampler_init_mirostat_v2.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(seed, tau, eta);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_grammar {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_grammar");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_grammar}. */
    public static FunctionDescriptor llama_sampler_init_grammar$descriptor() {
        return llama_sampler_init_grammar.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_grammar}. */
    public static MethodHandle llama_sampler_init_grammar$handle() {
        return llama_sampler_init_grammar.HANDLE;
    }

    /** The address of {@code llama_sampler_init_grammar}. */
    public static MemorySegment llama_sampler_init_grammar$address() {
        return llama_sampler_init_grammar.ADDR;
    }

    /** Calls {@code llama_sampler_init_grammar}. */
    public static MemorySegment llama_sampler_init_grammar(MemorySegment vocab, MemorySegment grammar_str, MemorySegment grammar_root) {
        var mh$ = llama_sampler_init_grammar.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(vocab, grammar_str, grammar_root);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_grammar_lazy_patterns {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_grammar_lazy_patterns");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_grammar_lazy_patterns}. */
    public static FunctionDescriptor llama_sampler_init_grammar_lazy_patterns$descriptor() {
        return llama_sampler_init_grammar_lazy_patterns.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_grammar_lazy_patterns}. */
    public static MethodHandle llama_sampler_init_grammar_lazy_patterns$handle() {
        return llama_sampler_init_grammar_lazy_patterns.HANDLE;
    }

    /** The address of {@code llama_sampler_init_grammar_lazy_patterns}. */
    public static MemorySegment llama_sampler_init_grammar_lazy_patterns$address() {
        return llama_sampler_init_grammar_lazy_patterns.ADDR;
    }

    /** Calls {@code llama_sampler_init_grammar_lazy_patterns}. */
    public static MemorySegment llama_sampler_init_grammar_lazy_patterns(MemorySegment vocab, MemorySegment grammar_str, MemorySegment grammar_root, MemorySegment trigger_patterns, long num_trigger_patterns, MemorySegment trigger_tokens, long num_trigger_tokens) {
        var mh$ = llama_sampler_init_grammar_lazy_patterns.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(vocab, grammar_str, grammar_root, trigger_patterns, num_trigger_patterns, trigger_tokens, num_trigger_tokens);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_penalties {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_penalties");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_penalties}. */
    public static FunctionDescriptor llama_sampler_init_penalties$descriptor() {
        return llama_sampler_init_penalties.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_penalties}. */
    public static MethodHandle llama_sampler_init_penalties$handle() {
        return llama_sampler_init_penalties.HANDLE;
    }

    /** The address of {@code llama_sampler_init_penalties}. */
    public static MemorySegment llama_sampler_init_penalties$address() {
        return llama_sampler_init_penalties.ADDR;
    }

    /** Calls {@code llama_sampler_init_penalties}. */
    public static MemorySegment llama_sampler_init_penalties(int n_vocab, int penalty_last_n, float penalty_repeat, float penalty_freq, float penalty_present) {
        var mh$ = llama_sampler_init_penalties.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(n_vocab, penalty_last_n, penalty_repeat, penalty_freq, penalty_present);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_dry {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_dry");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_dry}. */
    public static FunctionDescriptor llama_sampler_init_dry$descriptor() {
        return llama_sampler_init_dry.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_dry}. */
    public static MethodHandle llama_sampler_init_dry$handle() {
        return llama_sampler_init_dry.HANDLE;
    }

    /** The address of {@code llama_sampler_init_dry}. */
    public static MemorySegment llama_sampler_init_dry$address() {
        return llama_sampler_init_dry.ADDR;
    }

    /** Calls {@code llama_sampler_init_dry}. */
    public static MemorySegment llama_sampler_init_dry(MemorySegment vocab, float dry_multiplier, float dry_base, int dry_allowed_length, int dry_penalty_last_n, MemorySegment seq_breakers, long num_breakers) {
        var mh$ = llama_sampler_init_dry.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(vocab, dry_multiplier, dry_base, dry_allowed_length, dry_penalty_last_n, seq_breakers, num_breakers);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_adaptive_p {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_FLOAT, llama_h_shared.C_FLOAT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_adaptive_p");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_adaptive_p}. */
    public static FunctionDescriptor llama_sampler_init_adaptive_p$descriptor() {
        return llama_sampler_init_adaptive_p.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_adaptive_p}. */
    public static MethodHandle llama_sampler_init_adaptive_p$handle() {
        return llama_sampler_init_adaptive_p.HANDLE;
    }

    /** The address of {@code llama_sampler_init_adaptive_p}. */
    public static MemorySegment llama_sampler_init_adaptive_p$address() {
        return llama_sampler_init_adaptive_p.ADDR;
    }

    /** Calls {@code llama_sampler_init_adaptive_p}. */
    public static MemorySegment llama_sampler_init_adaptive_p(float target, float decay, int seed) {
        var mh$ = llama_sampler_init_adaptive_p.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(target, decay, seed);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_logit_bias {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_logit_bias");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_logit_bias}. */
    public static FunctionDescriptor llama_sampler_init_logit_bias$descriptor() {
        return llama_sampler_init_logit_bias.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_logit_bias}. */
    public static MethodHandle llama_sampler_init_logit_bias$handle() {
        return llama_sampler_init_logit_bias.HANDLE;
    }

    /** The address of {@code llama_sampler_init_logit_bias}. */
    public static MemorySegment llama_sampler_init_logit_bias$address() {
        return llama_sampler_init_logit_bias.ADDR;
    }

    /** Calls {@code llama_sampler_init_logit_bias}. */
    public static MemorySegment llama_sampler_init_logit_bias(int n_vocab, int n_logit_bias, MemorySegment logit_bias) {
        var mh$ = llama_sampler_init_logit_bias.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(n_vocab, n_logit_bias, logit_bias);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_init_infill {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_init_infill");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_init_infill}. */
    public static FunctionDescriptor llama_sampler_init_infill$descriptor() {
        return llama_sampler_init_infill.DESC;
    }

    /** The downcall handle of {@code llama_sampler_init_infill}. */
    public static MethodHandle llama_sampler_init_infill$handle() {
        return llama_sampler_init_infill.HANDLE;
    }

    /** The address of {@code llama_sampler_init_infill}. */
    public static MemorySegment llama_sampler_init_infill$address() {
        return llama_sampler_init_infill.ADDR;
    }

    /** Calls {@code llama_sampler_init_infill}. */
    public static MemorySegment llama_sampler_init_infill(MemorySegment vocab) {
        var mh$ = llama_sampler_init_infill.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(vocab);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_get_seed {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_get_seed");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_get_seed}. */
    public static FunctionDescriptor llama_sampler_get_seed$descriptor() {
        return llama_sampler_get_seed.DESC;
    }

    /** The downcall handle of {@code llama_sampler_get_seed}. */
    public static MethodHandle llama_sampler_get_seed$handle() {
        return llama_sampler_get_seed.HANDLE;
    }

    /** The address of {@code llama_sampler_get_seed}. */
    public static MemorySegment llama_sampler_get_seed$address() {
        return llama_sampler_get_seed.ADDR;
    }

    /** Calls {@code llama_sampler_get_seed}. */
    public static int llama_sampler_get_seed(MemorySegment smpl) {
        var mh$ = llama_sampler_get_seed.HANDLE;
        try {
            return (int) mh$.invokeExact(smpl);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_sampler_sample {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_sampler_sample");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_sampler_sample}. */
    public static FunctionDescriptor llama_sampler_sample$descriptor() {
        return llama_sampler_sample.DESC;
    }

    /** The downcall handle of {@code llama_sampler_sample}. */
    public static MethodHandle llama_sampler_sample$handle() {
        return llama_sampler_sample.HANDLE;
    }

    /** The address of {@code llama_sampler_sample}. */
    public static MemorySegment llama_sampler_sample$address() {
        return llama_sampler_sample.ADDR;
    }

    /** Calls {@code llama_sampler_sample}. */
    public static int llama_sampler_sample(MemorySegment smpl, MemorySegment ctx, int idx) {
        var mh$ = llama_sampler_sample.HANDLE;
        try {
            return (int) mh$.invokeExact(smpl, ctx, idx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_split_path {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_split_path");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_split_path}. */
    public static FunctionDescriptor llama_split_path$descriptor() {
        return llama_split_path.DESC;
    }

    /** The downcall handle of {@code llama_split_path}. */
    public static MethodHandle llama_split_path$handle() {
        return llama_split_path.HANDLE;
    }

    /** The address of {@code llama_split_path}. */
    public static MemorySegment llama_split_path$address() {
        return llama_split_path.ADDR;
    }

    /** Calls {@code llama_split_path}. */
    public static int llama_split_path(MemorySegment split_path, long maxlen, MemorySegment path_prefix, int split_no, int split_count) {
        var mh$ = llama_split_path.HANDLE;
        try {
            return (int) mh$.invokeExact(split_path, maxlen, path_prefix, split_no, split_count);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_split_prefix {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_split_prefix");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_split_prefix}. */
    public static FunctionDescriptor llama_split_prefix$descriptor() {
        return llama_split_prefix.DESC;
    }

    /** The downcall handle of {@code llama_split_prefix}. */
    public static MethodHandle llama_split_prefix$handle() {
        return llama_split_prefix.HANDLE;
    }

    /** The address of {@code llama_split_prefix}. */
    public static MemorySegment llama_split_prefix$address() {
        return llama_split_prefix.ADDR;
    }

    /** Calls {@code llama_split_prefix}. */
    public static int llama_split_prefix(MemorySegment split_prefix, long maxlen, MemorySegment split_path, int split_no, int split_count) {
        var mh$ = llama_split_prefix.HANDLE;
        try {
            return (int) mh$.invokeExact(split_prefix, maxlen, split_path, split_no, split_count);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_print_system_info {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_print_system_info");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_print_system_info}. */
    public static FunctionDescriptor llama_print_system_info$descriptor() {
        return llama_print_system_info.DESC;
    }

    /** The downcall handle of {@code llama_print_system_info}. */
    public static MethodHandle llama_print_system_info$handle() {
        return llama_print_system_info.HANDLE;
    }

    /** The address of {@code llama_print_system_info}. */
    public static MemorySegment llama_print_system_info$address() {
        return llama_print_system_info.ADDR;
    }

    /** Calls {@code llama_print_system_info}. */
    public static MemorySegment llama_print_system_info() {
        var mh$ = llama_print_system_info.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_log_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_log_get");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_log_get}. */
    public static FunctionDescriptor llama_log_get$descriptor() {
        return llama_log_get.DESC;
    }

    /** The downcall handle of {@code llama_log_get}. */
    public static MethodHandle llama_log_get$handle() {
        return llama_log_get.HANDLE;
    }

    /** The address of {@code llama_log_get}. */
    public static MemorySegment llama_log_get$address() {
        return llama_log_get.ADDR;
    }

    /** Calls {@code llama_log_get}. */
    public static void llama_log_get(MemorySegment log_callback, MemorySegment user_data) {
        var mh$ = llama_log_get.HANDLE;
        try {
            mh$.invokeExact(log_callback, user_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_log_set {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_log_set");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_log_set}. */
    public static FunctionDescriptor llama_log_set$descriptor() {
        return llama_log_set.DESC;
    }

    /** The downcall handle of {@code llama_log_set}. */
    public static MethodHandle llama_log_set$handle() {
        return llama_log_set.HANDLE;
    }

    /** The address of {@code llama_log_set}. */
    public static MemorySegment llama_log_set$address() {
        return llama_log_set.ADDR;
    }

    /** Calls {@code llama_log_set}. */
    public static void llama_log_set(MemorySegment log_callback, MemorySegment user_data) {
        var mh$ = llama_log_set.HANDLE;
        try {
            mh$.invokeExact(log_callback, user_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_perf_context {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.llama_perf_context_data.layout(), llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_perf_context");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_perf_context}. */
    public static FunctionDescriptor llama_perf_context$descriptor() {
        return llama_perf_context.DESC;
    }

    /** The downcall handle of {@code llama_perf_context}. */
    public static MethodHandle llama_perf_context$handle() {
        return llama_perf_context.HANDLE;
    }

    /** The address of {@code llama_perf_context}. */
    public static MemorySegment llama_perf_context$address() {
        return llama_perf_context.ADDR;
    }

    /** Calls {@code llama_perf_context}. */
    public static MemorySegment llama_perf_context(SegmentAllocator allocator, MemorySegment ctx) {
        var mh$ = llama_perf_context.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_perf_context_print {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_perf_context_print");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_perf_context_print}. */
    public static FunctionDescriptor llama_perf_context_print$descriptor() {
        return llama_perf_context_print.DESC;
    }

    /** The downcall handle of {@code llama_perf_context_print}. */
    public static MethodHandle llama_perf_context_print$handle() {
        return llama_perf_context_print.HANDLE;
    }

    /** The address of {@code llama_perf_context_print}. */
    public static MemorySegment llama_perf_context_print$address() {
        return llama_perf_context_print.ADDR;
    }

    /** Calls {@code llama_perf_context_print}. */
    public static void llama_perf_context_print(MemorySegment ctx) {
        var mh$ = llama_perf_context_print.HANDLE;
        try {
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_perf_context_reset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_perf_context_reset");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_perf_context_reset}. */
    public static FunctionDescriptor llama_perf_context_reset$descriptor() {
        return llama_perf_context_reset.DESC;
    }

    /** The downcall handle of {@code llama_perf_context_reset}. */
    public static MethodHandle llama_perf_context_reset$handle() {
        return llama_perf_context_reset.HANDLE;
    }

    /** The address of {@code llama_perf_context_reset}. */
    public static MemorySegment llama_perf_context_reset$address() {
        return llama_perf_context_reset.ADDR;
    }

    /** Calls {@code llama_perf_context_reset}. */
    public static void llama_perf_context_reset(MemorySegment ctx) {
        var mh$ = llama_perf_context_reset.HANDLE;
        try {
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_perf_sampler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.llama_perf_sampler_data.layout(), llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_perf_sampler");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_perf_sampler}. */
    public static FunctionDescriptor llama_perf_sampler$descriptor() {
        return llama_perf_sampler.DESC;
    }

    /** The downcall handle of {@code llama_perf_sampler}. */
    public static MethodHandle llama_perf_sampler$handle() {
        return llama_perf_sampler.HANDLE;
    }

    /** The address of {@code llama_perf_sampler}. */
    public static MemorySegment llama_perf_sampler$address() {
        return llama_perf_sampler.ADDR;
    }

    /** Calls {@code llama_perf_sampler}. */
    public static MemorySegment llama_perf_sampler(SegmentAllocator allocator, MemorySegment chain) {
        var mh$ = llama_perf_sampler.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, chain);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_perf_sampler_print {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_perf_sampler_print");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_perf_sampler_print}. */
    public static FunctionDescriptor llama_perf_sampler_print$descriptor() {
        return llama_perf_sampler_print.DESC;
    }

    /** The downcall handle of {@code llama_perf_sampler_print}. */
    public static MethodHandle llama_perf_sampler_print$handle() {
        return llama_perf_sampler_print.HANDLE;
    }

    /** The address of {@code llama_perf_sampler_print}. */
    public static MemorySegment llama_perf_sampler_print$address() {
        return llama_perf_sampler_print.ADDR;
    }

    /** Calls {@code llama_perf_sampler_print}. */
    public static void llama_perf_sampler_print(MemorySegment chain) {
        var mh$ = llama_perf_sampler_print.HANDLE;
        try {
            mh$.invokeExact(chain);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_perf_sampler_reset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_perf_sampler_reset");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_perf_sampler_reset}. */
    public static FunctionDescriptor llama_perf_sampler_reset$descriptor() {
        return llama_perf_sampler_reset.DESC;
    }

    /** The downcall handle of {@code llama_perf_sampler_reset}. */
    public static MethodHandle llama_perf_sampler_reset$handle() {
        return llama_perf_sampler_reset.HANDLE;
    }

    /** The address of {@code llama_perf_sampler_reset}. */
    public static MemorySegment llama_perf_sampler_reset$address() {
        return llama_perf_sampler_reset.ADDR;
    }

    /** Calls {@code llama_perf_sampler_reset}. */
    public static void llama_perf_sampler_reset(MemorySegment chain) {
        var mh$ = llama_perf_sampler_reset.HANDLE;
        try {
            mh$.invokeExact(chain);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_opt_param_filter_all {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_opt_param_filter_all");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_opt_param_filter_all}. */
    public static FunctionDescriptor llama_opt_param_filter_all$descriptor() {
        return llama_opt_param_filter_all.DESC;
    }

    /** The downcall handle of {@code llama_opt_param_filter_all}. */
    public static MethodHandle llama_opt_param_filter_all$handle() {
        return llama_opt_param_filter_all.HANDLE;
    }

    /** The address of {@code llama_opt_param_filter_all}. */
    public static MemorySegment llama_opt_param_filter_all$address() {
        return llama_opt_param_filter_all.ADDR;
    }

    /** Calls {@code llama_opt_param_filter_all}. */
    public static boolean llama_opt_param_filter_all(MemorySegment tensor, MemorySegment userdata) {
        var mh$ = llama_opt_param_filter_all.HANDLE;
        try {
            return (boolean) mh$.invokeExact(tensor, userdata);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_opt_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.llama_opt_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_opt_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_opt_init}. */
    public static FunctionDescriptor llama_opt_init$descriptor() {
        return llama_opt_init.DESC;
    }

    /** The downcall handle of {@code llama_opt_init}. */
    public static MethodHandle llama_opt_init$handle() {
        return llama_opt_init.HANDLE;
    }

    /** The address of {@code llama_opt_init}. */
    public static MemorySegment llama_opt_init$address() {
        return llama_opt_init.ADDR;
    }

    /** Calls {@code llama_opt_init}. */
    public static void llama_opt_init(MemorySegment lctx, MemorySegment model, MemorySegment lopt_params) {
        var mh$ = llama_opt_init.HANDLE;
        try {
            mh$.invokeExact(lctx, model, lopt_params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llama_opt_epoch {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("llama_opt_epoch");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code llama_opt_epoch}. */
    public static FunctionDescriptor llama_opt_epoch$descriptor() {
        return llama_opt_epoch.DESC;
    }

    /** The downcall handle of {@code llama_opt_epoch}. */
    public static MethodHandle llama_opt_epoch$handle() {
        return llama_opt_epoch.HANDLE;
    }

    /** The address of {@code llama_opt_epoch}. */
    public static MemorySegment llama_opt_epoch$address() {
        return llama_opt_epoch.ADDR;
    }

    /** Calls {@code llama_opt_epoch}. */
    public static void llama_opt_epoch(MemorySegment lctx, MemorySegment dataset, MemorySegment result_train, MemorySegment result_eval, long idata_split, MemorySegment callback_train, MemorySegment callback_eval) {
        var mh$ = llama_opt_epoch.HANDLE;
        try {
            mh$.invokeExact(lctx, dataset, result_train, result_eval, idata_split, callback_train, callback_eval);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_rpc_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_rpc_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_rpc_init}. */
    public static FunctionDescriptor ggml_backend_rpc_init$descriptor() {
        return ggml_backend_rpc_init.DESC;
    }

    /** The downcall handle of {@code ggml_backend_rpc_init}. */
    public static MethodHandle ggml_backend_rpc_init$handle() {
        return ggml_backend_rpc_init.HANDLE;
    }

    /** The address of {@code ggml_backend_rpc_init}. */
    public static MemorySegment ggml_backend_rpc_init$address() {
        return ggml_backend_rpc_init.ADDR;
    }

    /** Calls {@code ggml_backend_rpc_init}. */
    public static MemorySegment ggml_backend_rpc_init(MemorySegment endpoint, int device) {
        var mh$ = ggml_backend_rpc_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(endpoint, device);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_is_rpc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_is_rpc");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_is_rpc}. */
    public static FunctionDescriptor ggml_backend_is_rpc$descriptor() {
        return ggml_backend_is_rpc.DESC;
    }

    /** The downcall handle of {@code ggml_backend_is_rpc}. */
    public static MethodHandle ggml_backend_is_rpc$handle() {
        return ggml_backend_is_rpc.HANDLE;
    }

    /** The address of {@code ggml_backend_is_rpc}. */
    public static MemorySegment ggml_backend_is_rpc$address() {
        return ggml_backend_is_rpc.ADDR;
    }

    /** Calls {@code ggml_backend_is_rpc}. */
    public static boolean ggml_backend_is_rpc(MemorySegment backend) {
        var mh$ = ggml_backend_is_rpc.HANDLE;
        try {
            return (boolean) mh$.invokeExact(backend);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_rpc_buffer_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_rpc_buffer_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_rpc_buffer_type}. */
    public static FunctionDescriptor ggml_backend_rpc_buffer_type$descriptor() {
        return ggml_backend_rpc_buffer_type.DESC;
    }

    /** The downcall handle of {@code ggml_backend_rpc_buffer_type}. */
    public static MethodHandle ggml_backend_rpc_buffer_type$handle() {
        return ggml_backend_rpc_buffer_type.HANDLE;
    }

    /** The address of {@code ggml_backend_rpc_buffer_type}. */
    public static MemorySegment ggml_backend_rpc_buffer_type$address() {
        return ggml_backend_rpc_buffer_type.ADDR;
    }

    /** Calls {@code ggml_backend_rpc_buffer_type}. */
    public static MemorySegment ggml_backend_rpc_buffer_type(MemorySegment endpoint, int device) {
        var mh$ = ggml_backend_rpc_buffer_type.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(endpoint, device);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_rpc_get_device_memory {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_rpc_get_device_memory");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_rpc_get_device_memory}. */
    public static FunctionDescriptor ggml_backend_rpc_get_device_memory$descriptor() {
        return ggml_backend_rpc_get_device_memory.DESC;
    }

    /** The downcall handle of {@code ggml_backend_rpc_get_device_memory}. */
    public static MethodHandle ggml_backend_rpc_get_device_memory$handle() {
        return ggml_backend_rpc_get_device_memory.HANDLE;
    }

    /** The address of {@code ggml_backend_rpc_get_device_memory}. */
    public static MemorySegment ggml_backend_rpc_get_device_memory$address() {
        return ggml_backend_rpc_get_device_memory.ADDR;
    }

    /** Calls {@code ggml_backend_rpc_get_device_memory}. */
    public static void ggml_backend_rpc_get_device_memory(MemorySegment endpoint, int device, MemorySegment free, MemorySegment total) {
        var mh$ = ggml_backend_rpc_get_device_memory.HANDLE;
        try {
            mh$.invokeExact(endpoint, device, free, total);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_rpc_start_server {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_rpc_start_server");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_rpc_start_server}. */
    public static FunctionDescriptor ggml_backend_rpc_start_server$descriptor() {
        return ggml_backend_rpc_start_server.DESC;
    }

    /** The downcall handle of {@code ggml_backend_rpc_start_server}. */
    public static MethodHandle ggml_backend_rpc_start_server$handle() {
        return ggml_backend_rpc_start_server.HANDLE;
    }

    /** The address of {@code ggml_backend_rpc_start_server}. */
    public static MemorySegment ggml_backend_rpc_start_server$address() {
        return ggml_backend_rpc_start_server.ADDR;
    }

    /** Calls {@code ggml_backend_rpc_start_server}. */
    public static void ggml_backend_rpc_start_server(MemorySegment endpoint, MemorySegment cache_dir, long n_threads, long n_devices, MemorySegment devices) {
        var mh$ = ggml_backend_rpc_start_server.HANDLE;
        try {
            mh$.invokeExact(endpoint, cache_dir, n_threads, n_devices, devices);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_rpc_reg {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_rpc_reg");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_rpc_reg}. */
    public static FunctionDescriptor ggml_backend_rpc_reg$descriptor() {
        return ggml_backend_rpc_reg.DESC;
    }

    /** The downcall handle of {@code ggml_backend_rpc_reg}. */
    public static MethodHandle ggml_backend_rpc_reg$handle() {
        return ggml_backend_rpc_reg.HANDLE;
    }

    /** The address of {@code ggml_backend_rpc_reg}. */
    public static MemorySegment ggml_backend_rpc_reg$address() {
        return ggml_backend_rpc_reg.ADDR;
    }

    /** Calls {@code ggml_backend_rpc_reg}. */
    public static MemorySegment ggml_backend_rpc_reg() {
        var mh$ = ggml_backend_rpc_reg.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ggml_backend_rpc_add_server {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("ggml_backend_rpc_add_server");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code ggml_backend_rpc_add_server}. */
    public static FunctionDescriptor ggml_backend_rpc_add_server$descriptor() {
        return ggml_backend_rpc_add_server.DESC;
    }

    /** The downcall handle of {@code ggml_backend_rpc_add_server}. */
    public static MethodHandle ggml_backend_rpc_add_server$handle() {
        return ggml_backend_rpc_add_server.HANDLE;
    }

    /** The address of {@code ggml_backend_rpc_add_server}. */
    public static MemorySegment ggml_backend_rpc_add_server$address() {
        return ggml_backend_rpc_add_server.ADDR;
    }

    /** Calls {@code ggml_backend_rpc_add_server}. */
    public static MemorySegment ggml_backend_rpc_add_server(MemorySegment endpoint) {
        var mh$ = ggml_backend_rpc_add_server.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(endpoint);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
