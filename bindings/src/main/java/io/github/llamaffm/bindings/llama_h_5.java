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
}
