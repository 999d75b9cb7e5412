// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h, mtmd.h, mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** Part 5 of {@link llama_h}, split off to keep class files small. */
public class llama_h_5 extends llama_h_6 {

    llama_h_5() {
        // static members only
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

    private static class mtmd_default_marker {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_default_marker");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_default_marker}. */
    public static FunctionDescriptor mtmd_default_marker$descriptor() {
        return mtmd_default_marker.DESC;
    }

    /** The downcall handle of {@code mtmd_default_marker}. */
    public static MethodHandle mtmd_default_marker$handle() {
        return mtmd_default_marker.HANDLE;
    }

    /** The address of {@code mtmd_default_marker}. */
    public static MemorySegment mtmd_default_marker$address() {
        return mtmd_default_marker.ADDR;
    }

    /** Calls {@code mtmd_default_marker}. */
    public static MemorySegment mtmd_default_marker() {
        var mh$ = mtmd_default_marker.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_context_params_default {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.mtmd_context_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_context_params_default");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_context_params_default}. */
    public static FunctionDescriptor mtmd_context_params_default$descriptor() {
        return mtmd_context_params_default.DESC;
    }

    /** The downcall handle of {@code mtmd_context_params_default}. */
    public static MethodHandle mtmd_context_params_default$handle() {
        return mtmd_context_params_default.HANDLE;
    }

    /** The address of {@code mtmd_context_params_default}. */
    public static MemorySegment mtmd_context_params_default$address() {
        return mtmd_context_params_default.ADDR;
    }

    /** Calls {@code mtmd_context_params_default}. */
    public static MemorySegment mtmd_context_params_default(SegmentAllocator allocator) {
        var mh$ = mtmd_context_params_default.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_init_from_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.mtmd_context_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_init_from_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_init_from_file}. */
    public static FunctionDescriptor mtmd_init_from_file$descriptor() {
        return mtmd_init_from_file.DESC;
    }

    /** The downcall handle of {@code mtmd_init_from_file}. */
    public static MethodHandle mtmd_init_from_file$handle() {
        return mtmd_init_from_file.HANDLE;
    }

    /** The address of {@code mtmd_init_from_file}. */
    public static MemorySegment mtmd_init_from_file$address() {
        return mtmd_init_from_file.ADDR;
    }

    /** Calls {@code mtmd_init_from_file}. */
    public static MemorySegment mtmd_init_from_file(MemorySegment mmproj_fname, MemorySegment text_model, MemorySegment ctx_params) {
        var mh$ = mtmd_init_from_file.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(mmproj_fname, text_model, ctx_params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_free}. */
    public static FunctionDescriptor mtmd_free$descriptor() {
        return mtmd_free.DESC;
    }

    /** The downcall handle of {@code mtmd_free}. */
    public static MethodHandle mtmd_free$handle() {
        return mtmd_free.HANDLE;
    }

    /** The address of {@code mtmd_free}. */
    public static MemorySegment mtmd_free$address() {
        return mtmd_free.ADDR;
    }

    /** Calls {@code mtmd_free}. */
    public static void mtmd_free(MemorySegment ctx) {
        var mh$ = mtmd_free.HANDLE;
        try {
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_decode_use_non_causal {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_decode_use_non_causal");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_decode_use_non_causal}. */
    public static FunctionDescriptor mtmd_decode_use_non_causal$descriptor() {
        return mtmd_decode_use_non_causal.DESC;
    }

    /** The downcall handle of {@code mtmd_decode_use_non_causal}. */
    public static MethodHandle mtmd_decode_use_non_causal$handle() {
        return mtmd_decode_use_non_causal.HANDLE;
    }

    /** The address of {@code mtmd_decode_use_non_causal}. */
    public static MemorySegment mtmd_decode_use_non_causal$address() {
        return mtmd_decode_use_non_causal.ADDR;
    }

    /** Calls {@code mtmd_decode_use_non_causal}. */
    public static boolean mtmd_decode_use_non_causal(MemorySegment ctx, MemorySegment chunk) {
        var mh$ = mtmd_decode_use_non_causal.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx, chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_decode_use_mrope {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_decode_use_mrope");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_decode_use_mrope}. */
    public static FunctionDescriptor mtmd_decode_use_mrope$descriptor() {
        return mtmd_decode_use_mrope.DESC;
    }

    /** The downcall handle of {@code mtmd_decode_use_mrope}. */
    public static MethodHandle mtmd_decode_use_mrope$handle() {
        return mtmd_decode_use_mrope.HANDLE;
    }

    /** The address of {@code mtmd_decode_use_mrope}. */
    public static MemorySegment mtmd_decode_use_mrope$address() {
        return mtmd_decode_use_mrope.ADDR;
    }

    /** Calls {@code mtmd_decode_use_mrope}. */
    public static boolean mtmd_decode_use_mrope(MemorySegment ctx) {
        var mh$ = mtmd_decode_use_mrope.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_support_vision {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_support_vision");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_support_vision}. */
    public static FunctionDescriptor mtmd_support_vision$descriptor() {
        return mtmd_support_vision.DESC;
    }

    /** The downcall handle of {@code mtmd_support_vision}. */
    public static MethodHandle mtmd_support_vision$handle() {
        return mtmd_support_vision.HANDLE;
    }

    /** The address of {@code mtmd_support_vision}. */
    public static MemorySegment mtmd_support_vision$address() {
        return mtmd_support_vision.ADDR;
    }

    /** Calls {@code mtmd_support_vision}. */
    public static boolean mtmd_support_vision(MemorySegment ctx) {
        var mh$ = mtmd_support_vision.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_support_audio {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_support_audio");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_support_audio}. */
    public static FunctionDescriptor mtmd_support_audio$descriptor() {
        return mtmd_support_audio.DESC;
    }

    /** The downcall handle of {@code mtmd_support_audio}. */
    public static MethodHandle mtmd_support_audio$handle() {
        return mtmd_support_audio.HANDLE;
    }

    /** The address of {@code mtmd_support_audio}. */
    public static MemorySegment mtmd_support_audio$address() {
        return mtmd_support_audio.ADDR;
    }

    /** Calls {@code mtmd_support_audio}. */
    public static boolean mtmd_support_audio(MemorySegment ctx) {
        var mh$ = mtmd_support_audio.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_get_audio_sample_rate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_get_audio_sample_rate");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_get_audio_sample_rate}. */
    public static FunctionDescriptor mtmd_get_audio_sample_rate$descriptor() {
        return mtmd_get_audio_sample_rate.DESC;
    }

    /** The downcall handle of {@code mtmd_get_audio_sample_rate}. */
    public static MethodHandle mtmd_get_audio_sample_rate$handle() {
        return mtmd_get_audio_sample_rate.HANDLE;
    }

    /** The address of {@code mtmd_get_audio_sample_rate}. */
    public static MemorySegment mtmd_get_audio_sample_rate$address() {
        return mtmd_get_audio_sample_rate.ADDR;
    }

    /** Calls {@code mtmd_get_audio_sample_rate}. */
    public static int mtmd_get_audio_sample_rate(MemorySegment ctx) {
        var mh$ = mtmd_get_audio_sample_rate.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_get_marker {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_get_marker");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_get_marker}. */
    public static FunctionDescriptor mtmd_get_marker$descriptor() {
        return mtmd_get_marker.DESC;
    }

    /** The downcall handle of {@code mtmd_get_marker}. */
    public static MethodHandle mtmd_get_marker$handle() {
        return mtmd_get_marker.HANDLE;
    }

    /** The address of {@code mtmd_get_marker}. */
    public static MemorySegment mtmd_get_marker$address() {
        return mtmd_get_marker.ADDR;
    }

    /** Calls {@code mtmd_get_marker}. */
    public static MemorySegment mtmd_get_marker(MemorySegment ctx) {
        var mh$ = mtmd_get_marker.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_init}. */
    public static FunctionDescriptor mtmd_bitmap_init$descriptor() {
        return mtmd_bitmap_init.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_init}. */
    public static MethodHandle mtmd_bitmap_init$handle() {
        return mtmd_bitmap_init.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_init}. */
    public static MemorySegment mtmd_bitmap_init$address() {
        return mtmd_bitmap_init.ADDR;
    }

    /** Calls {@code mtmd_bitmap_init}. */
    public static MemorySegment mtmd_bitmap_init(int nx, int ny, MemorySegment data) {
        var mh$ = mtmd_bitmap_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(nx, ny, data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_init_from_audio {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_init_from_audio");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_init_from_audio}. */
    public static FunctionDescriptor mtmd_bitmap_init_from_audio$descriptor() {
        return mtmd_bitmap_init_from_audio.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_init_from_audio}. */
    public static MethodHandle mtmd_bitmap_init_from_audio$handle() {
        return mtmd_bitmap_init_from_audio.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_init_from_audio}. */
    public static MemorySegment mtmd_bitmap_init_from_audio$address() {
        return mtmd_bitmap_init_from_audio.ADDR;
    }

    /** Calls {@code mtmd_bitmap_init_from_audio}. */
    public static MemorySegment mtmd_bitmap_init_from_audio(long n_samples, MemorySegment data) {
        var mh$ = mtmd_bitmap_init_from_audio.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(n_samples, data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_get_nx {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_get_nx");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_get_nx}. */
    public static FunctionDescriptor mtmd_bitmap_get_nx$descriptor() {
        return mtmd_bitmap_get_nx.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_get_nx}. */
    public static MethodHandle mtmd_bitmap_get_nx$handle() {
        return mtmd_bitmap_get_nx.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_get_nx}. */
    public static MemorySegment mtmd_bitmap_get_nx$address() {
        return mtmd_bitmap_get_nx.ADDR;
    }

    /** Calls {@code mtmd_bitmap_get_nx}. */
    public static int mtmd_bitmap_get_nx(MemorySegment bitmap) {
        var mh$ = mtmd_bitmap_get_nx.HANDLE;
        try {
            return (int) mh$.invokeExact(bitmap);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_get_ny {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_get_ny");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_get_ny}. */
    public static FunctionDescriptor mtmd_bitmap_get_ny$descriptor() {
        return mtmd_bitmap_get_ny.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_get_ny}. */
    public static MethodHandle mtmd_bitmap_get_ny$handle() {
        return mtmd_bitmap_get_ny.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_get_ny}. */
    public static MemorySegment mtmd_bitmap_get_ny$address() {
        return mtmd_bitmap_get_ny.ADDR;
    }

    /** Calls {@code mtmd_bitmap_get_ny}. */
    public static int mtmd_bitmap_get_ny(MemorySegment bitmap) {
        var mh$ = mtmd_bitmap_get_ny.HANDLE;
        try {
            return (int) mh$.invokeExact(bitmap);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_get_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_get_data");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_get_data}. */
    public static FunctionDescriptor mtmd_bitmap_get_data$descriptor() {
        return mtmd_bitmap_get_data.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_get_data}. */
    public static MethodHandle mtmd_bitmap_get_data$handle() {
        return mtmd_bitmap_get_data.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_get_data}. */
    public static MemorySegment mtmd_bitmap_get_data$address() {
        return mtmd_bitmap_get_data.ADDR;
    }

    /** Calls {@code mtmd_bitmap_get_data}. */
    public static MemorySegment mtmd_bitmap_get_data(MemorySegment bitmap) {
        var mh$ = mtmd_bitmap_get_data.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(bitmap);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_get_n_bytes {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_get_n_bytes");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_get_n_bytes}. */
    public static FunctionDescriptor mtmd_bitmap_get_n_bytes$descriptor() {
        return mtmd_bitmap_get_n_bytes.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_get_n_bytes}. */
    public static MethodHandle mtmd_bitmap_get_n_bytes$handle() {
        return mtmd_bitmap_get_n_bytes.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_get_n_bytes}. */
    public static MemorySegment mtmd_bitmap_get_n_bytes$address() {
        return mtmd_bitmap_get_n_bytes.ADDR;
    }

    /** Calls {@code mtmd_bitmap_get_n_bytes}. */
    public static long mtmd_bitmap_get_n_bytes(MemorySegment bitmap) {
        var mh$ = mtmd_bitmap_get_n_bytes.HANDLE;
        try {
            return (long) mh$.invokeExact(bitmap);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_is_audio {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_is_audio");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_is_audio}. */
    public static FunctionDescriptor mtmd_bitmap_is_audio$descriptor() {
        return mtmd_bitmap_is_audio.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_is_audio}. */
    public static MethodHandle mtmd_bitmap_is_audio$handle() {
        return mtmd_bitmap_is_audio.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_is_audio}. */
    public static MemorySegment mtmd_bitmap_is_audio$address() {
        return mtmd_bitmap_is_audio.ADDR;
    }

    /** Calls {@code mtmd_bitmap_is_audio}. */
    public static boolean mtmd_bitmap_is_audio(MemorySegment bitmap) {
        var mh$ = mtmd_bitmap_is_audio.HANDLE;
        try {
            return (boolean) mh$.invokeExact(bitmap);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_free}. */
    public static FunctionDescriptor mtmd_bitmap_free$descriptor() {
        return mtmd_bitmap_free.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_free}. */
    public static MethodHandle mtmd_bitmap_free$handle() {
        return mtmd_bitmap_free.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_free}. */
    public static MemorySegment mtmd_bitmap_free$address() {
        return mtmd_bitmap_free.ADDR;
    }

    /** Calls {@code mtmd_bitmap_free}. */
    public static void mtmd_bitmap_free(MemorySegment bitmap) {
        var mh$ = mtmd_bitmap_free.HANDLE;
        try {
            mh$.invokeExact(bitmap);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_get_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_get_id");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_get_id}. */
    public static FunctionDescriptor mtmd_bitmap_get_id$descriptor() {
        return mtmd_bitmap_get_id.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_get_id}. */
    public static MethodHandle mtmd_bitmap_get_id$handle() {
        return mtmd_bitmap_get_id.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_get_id}. */
    public static MemorySegment mtmd_bitmap_get_id$address() {
        return mtmd_bitmap_get_id.ADDR;
    }

    /** Calls {@code mtmd_bitmap_get_id}. */
    public static MemorySegment mtmd_bitmap_get_id(MemorySegment bitmap) {
        var mh$ = mtmd_bitmap_get_id.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(bitmap);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_set_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_set_id");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_set_id}. */
    public static FunctionDescriptor mtmd_bitmap_set_id$descriptor() {
        return mtmd_bitmap_set_id.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_set_id}. */
    public static MethodHandle mtmd_bitmap_set_id$handle() {
        return mtmd_bitmap_set_id.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_set_id}. */
    public static MemorySegment mtmd_bitmap_set_id$address() {
        return mtmd_bitmap_set_id.ADDR;
    }

    /** Calls {@code mtmd_bitmap_set_id}. */
    public static void mtmd_bitmap_set_id(MemorySegment bitmap, MemorySegment id) {
        var mh$ = mtmd_bitmap_set_id.HANDLE;
        try {
            mh$.invokeExact(bitmap, id);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_set_mergeable {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_set_mergeable");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_set_mergeable}. */
    public static FunctionDescriptor mtmd_bitmap_set_mergeable$descriptor() {
        return mtmd_bitmap_set_mergeable.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_set_mergeable}. */
    public static MethodHandle mtmd_bitmap_set_mergeable$handle() {
        return mtmd_bitmap_set_mergeable.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_set_mergeable}. */
    public static MemorySegment mtmd_bitmap_set_mergeable$address() {
        return mtmd_bitmap_set_mergeable.ADDR;
    }

    /** Calls {@code mtmd_bitmap_set_mergeable}. */
    public static void mtmd_bitmap_set_mergeable(MemorySegment bitmap, boolean mergeable) {
        var mh$ = mtmd_bitmap_set_mergeable.HANDLE;
        try {
            mh$.invokeExact(bitmap, mergeable);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_bitmap_init_lazy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_bitmap_init_lazy");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_bitmap_init_lazy}. */
    public static FunctionDescriptor mtmd_bitmap_init_lazy$descriptor() {
        return mtmd_bitmap_init_lazy.DESC;
    }

    /** The downcall handle of {@code mtmd_bitmap_init_lazy}. */
    public static MethodHandle mtmd_bitmap_init_lazy$handle() {
        return mtmd_bitmap_init_lazy.HANDLE;
    }

    /** The address of {@code mtmd_bitmap_init_lazy}. */
    public static MemorySegment mtmd_bitmap_init_lazy$address() {
        return mtmd_bitmap_init_lazy.ADDR;
    }

    /** Calls {@code mtmd_bitmap_init_lazy}. */
    public static MemorySegment mtmd_bitmap_init_lazy(MemorySegment ctx, MemorySegment id, MemorySegment user_data, MemorySegment callback) {
        var mh$ = mtmd_bitmap_init_lazy.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx, id, user_data, callback);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunks_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunks_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunks_init}. */
    public static FunctionDescriptor mtmd_input_chunks_init$descriptor() {
        return mtmd_input_chunks_init.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunks_init}. */
    public static MethodHandle mtmd_input_chunks_init$handle() {
        return mtmd_input_chunks_init.HANDLE;
    }

    /** The address of {@code mtmd_input_chunks_init}. */
    public static MemorySegment mtmd_input_chunks_init$address() {
        return mtmd_input_chunks_init.ADDR;
    }

    /** Calls {@code mtmd_input_chunks_init}. */
    public static MemorySegment mtmd_input_chunks_init() {
        var mh$ = mtmd_input_chunks_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunks_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunks_size");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunks_size}. */
    public static FunctionDescriptor mtmd_input_chunks_size$descriptor() {
        return mtmd_input_chunks_size.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunks_size}. */
    public static MethodHandle mtmd_input_chunks_size$handle() {
        return mtmd_input_chunks_size.HANDLE;
    }

    /** The address of {@code mtmd_input_chunks_size}. */
    public static MemorySegment mtmd_input_chunks_size$address() {
        return mtmd_input_chunks_size.ADDR;
    }

    /** Calls {@code mtmd_input_chunks_size}. */
    public static long mtmd_input_chunks_size(MemorySegment chunks) {
        var mh$ = mtmd_input_chunks_size.HANDLE;
        try {
            return (long) mh$.invokeExact(chunks);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunks_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunks_get");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunks_get}. */
    public static FunctionDescriptor mtmd_input_chunks_get$descriptor() {
        return mtmd_input_chunks_get.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunks_get}. */
    public static MethodHandle mtmd_input_chunks_get$handle() {
        return mtmd_input_chunks_get.HANDLE;
    }

    /** The address of {@code mtmd_input_chunks_get}. */
    public static MemorySegment mtmd_input_chunks_get$address() {
        return mtmd_input_chunks_get.ADDR;
    }

    /** Calls {@code mtmd_input_chunks_get}. */
    public static MemorySegment mtmd_input_chunks_get(MemorySegment chunks, long idx) {
        var mh$ = mtmd_input_chunks_get.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(chunks, idx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunks_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunks_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunks_free}. */
    public static FunctionDescriptor mtmd_input_chunks_free$descriptor() {
        return mtmd_input_chunks_free.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunks_free}. */
    public static MethodHandle mtmd_input_chunks_free$handle() {
        return mtmd_input_chunks_free.HANDLE;
    }

    /** The address of {@code mtmd_input_chunks_free}. */
    public static MemorySegment mtmd_input_chunks_free$address() {
        return mtmd_input_chunks_free.ADDR;
    }

    /** Calls {@code mtmd_input_chunks_free}. */
    public static void mtmd_input_chunks_free(MemorySegment chunks) {
        var mh$ = mtmd_input_chunks_free.HANDLE;
        try {
            mh$.invokeExact(chunks);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_get_type {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_get_type");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_get_type}. */
    public static FunctionDescriptor mtmd_input_chunk_get_type$descriptor() {
        return mtmd_input_chunk_get_type.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_get_type}. */
    public static MethodHandle mtmd_input_chunk_get_type$handle() {
        return mtmd_input_chunk_get_type.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_get_type}. */
    public static MemorySegment mtmd_input_chunk_get_type$address() {
        return mtmd_input_chunk_get_type.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_get_type}. */
    public static int mtmd_input_chunk_get_type(MemorySegment chunk) {
        var mh$ = mtmd_input_chunk_get_type.HANDLE;
        try {
            return (int) mh$.invokeExact(chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_get_tokens_text {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_get_tokens_text");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_get_tokens_text}. */
    public static FunctionDescriptor mtmd_input_chunk_get_tokens_text$descriptor() {
        return mtmd_input_chunk_get_tokens_text.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_get_tokens_text}. */
    public static MethodHandle mtmd_input_chunk_get_tokens_text$handle() {
        return mtmd_input_chunk_get_tokens_text.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_get_tokens_text}. */
    public static MemorySegment mtmd_input_chunk_get_tokens_text$address() {
        return mtmd_input_chunk_get_tokens_text.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_get_tokens_text}. */
    public static MemorySegment mtmd_input_chunk_get_tokens_text(MemorySegment chunk, MemorySegment n_tokens_output) {
        var mh$ = mtmd_input_chunk_get_tokens_text.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(chunk, n_tokens_output);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_get_tokens_image {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_get_tokens_image");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_get_tokens_image}. */
    public static FunctionDescriptor mtmd_input_chunk_get_tokens_image$descriptor() {
        return mtmd_input_chunk_get_tokens_image.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_get_tokens_image}. */
    public static MethodHandle mtmd_input_chunk_get_tokens_image$handle() {
        return mtmd_input_chunk_get_tokens_image.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_get_tokens_image}. */
    public static MemorySegment mtmd_input_chunk_get_tokens_image$address() {
        return mtmd_input_chunk_get_tokens_image.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_get_tokens_image}. */
    public static MemorySegment mtmd_input_chunk_get_tokens_image(MemorySegment chunk) {
        var mh$ = mtmd_input_chunk_get_tokens_image.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_get_n_tokens {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_get_n_tokens");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_get_n_tokens}. */
    public static FunctionDescriptor mtmd_input_chunk_get_n_tokens$descriptor() {
        return mtmd_input_chunk_get_n_tokens.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_get_n_tokens}. */
    public static MethodHandle mtmd_input_chunk_get_n_tokens$handle() {
        return mtmd_input_chunk_get_n_tokens.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_get_n_tokens}. */
    public static MemorySegment mtmd_input_chunk_get_n_tokens$address() {
        return mtmd_input_chunk_get_n_tokens.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_get_n_tokens}. */
    public static long mtmd_input_chunk_get_n_tokens(MemorySegment chunk) {
        var mh$ = mtmd_input_chunk_get_n_tokens.HANDLE;
        try {
            return (long) mh$.invokeExact(chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_get_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_get_id");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_get_id}. */
    public static FunctionDescriptor mtmd_input_chunk_get_id$descriptor() {
        return mtmd_input_chunk_get_id.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_get_id}. */
    public static MethodHandle mtmd_input_chunk_get_id$handle() {
        return mtmd_input_chunk_get_id.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_get_id}. */
    public static MemorySegment mtmd_input_chunk_get_id$address() {
        return mtmd_input_chunk_get_id.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_get_id}. */
    public static MemorySegment mtmd_input_chunk_get_id(MemorySegment chunk) {
        var mh$ = mtmd_input_chunk_get_id.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_get_n_pos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_get_n_pos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_get_n_pos}. */
    public static FunctionDescriptor mtmd_input_chunk_get_n_pos$descriptor() {
        return mtmd_input_chunk_get_n_pos.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_get_n_pos}. */
    public static MethodHandle mtmd_input_chunk_get_n_pos$handle() {
        return mtmd_input_chunk_get_n_pos.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_get_n_pos}. */
    public static MemorySegment mtmd_input_chunk_get_n_pos$address() {
        return mtmd_input_chunk_get_n_pos.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_get_n_pos}. */
    public static int mtmd_input_chunk_get_n_pos(MemorySegment chunk) {
        var mh$ = mtmd_input_chunk_get_n_pos.HANDLE;
        try {
            return (int) mh$.invokeExact(chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_copy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_copy");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_copy}. */
    public static FunctionDescriptor mtmd_input_chunk_copy$descriptor() {
        return mtmd_input_chunk_copy.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_copy}. */
    public static MethodHandle mtmd_input_chunk_copy$handle() {
        return mtmd_input_chunk_copy.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_copy}. */
    public static MemorySegment mtmd_input_chunk_copy$address() {
        return mtmd_input_chunk_copy.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_copy}. */
    public static MemorySegment mtmd_input_chunk_copy(MemorySegment chunk) {
        var mh$ = mtmd_input_chunk_copy.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_free}. */
    public static FunctionDescriptor mtmd_input_chunk_free$descriptor() {
        return mtmd_input_chunk_free.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_free}. */
    public static MethodHandle mtmd_input_chunk_free$handle() {
        return mtmd_input_chunk_free.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_free}. */
    public static MemorySegment mtmd_input_chunk_free$address() {
        return mtmd_input_chunk_free.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_free}. */
    public static void mtmd_input_chunk_free(MemorySegment chunk) {
        var mh$ = mtmd_input_chunk_free.HANDLE;
        try {
            mh$.invokeExact(chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_get_placeholder {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_get_placeholder");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_get_placeholder}. */
    public static FunctionDescriptor mtmd_input_chunk_get_placeholder$descriptor() {
        return mtmd_input_chunk_get_placeholder.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_get_placeholder}. */
    public static MethodHandle mtmd_input_chunk_get_placeholder$handle() {
        return mtmd_input_chunk_get_placeholder.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_get_placeholder}. */
    public static MemorySegment mtmd_input_chunk_get_placeholder$address() {
        return mtmd_input_chunk_get_placeholder.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_get_placeholder}. */
    public static MemorySegment mtmd_input_chunk_get_placeholder(MemorySegment chunk) {
        var mh$ = mtmd_input_chunk_get_placeholder.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_save {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_save");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_save}. */
    public static FunctionDescriptor mtmd_input_chunk_save$descriptor() {
        return mtmd_input_chunk_save.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_save}. */
    public static MethodHandle mtmd_input_chunk_save$handle() {
        return mtmd_input_chunk_save.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_save}. */
    public static MemorySegment mtmd_input_chunk_save$address() {
        return mtmd_input_chunk_save.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_save}. */
    public static int mtmd_input_chunk_save(MemorySegment chunk, MemorySegment out_buf, long out_len, MemorySegment expected_out_len) {
        var mh$ = mtmd_input_chunk_save.HANDLE;
        try {
            return (int) mh$.invokeExact(chunk, out_buf, out_len, expected_out_len);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_input_chunk_load {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_input_chunk_load");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_input_chunk_load}. */
    public static FunctionDescriptor mtmd_input_chunk_load$descriptor() {
        return mtmd_input_chunk_load.DESC;
    }

    /** The downcall handle of {@code mtmd_input_chunk_load}. */
    public static MethodHandle mtmd_input_chunk_load$handle() {
        return mtmd_input_chunk_load.HANDLE;
    }

    /** The address of {@code mtmd_input_chunk_load}. */
    public static MemorySegment mtmd_input_chunk_load$address() {
        return mtmd_input_chunk_load.ADDR;
    }

    /** Calls {@code mtmd_input_chunk_load}. */
    public static MemorySegment mtmd_input_chunk_load(MemorySegment buf, long len) {
        var mh$ = mtmd_input_chunk_load.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(buf, len);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_image_tokens_get_n_tokens {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_image_tokens_get_n_tokens");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_image_tokens_get_n_tokens}. */
    public static FunctionDescriptor mtmd_image_tokens_get_n_tokens$descriptor() {
        return mtmd_image_tokens_get_n_tokens.DESC;
    }

    /** The downcall handle of {@code mtmd_image_tokens_get_n_tokens}. */
    public static MethodHandle mtmd_image_tokens_get_n_tokens$handle() {
        return mtmd_image_tokens_get_n_tokens.HANDLE;
    }

    /** The address of {@code mtmd_image_tokens_get_n_tokens}. */
    public static MemorySegment mtmd_image_tokens_get_n_tokens$address() {
        return mtmd_image_tokens_get_n_tokens.ADDR;
    }

    /** Calls {@code mtmd_image_tokens_get_n_tokens}. */
    public static long mtmd_image_tokens_get_n_tokens(MemorySegment image_tokens) {
        var mh$ = mtmd_image_tokens_get_n_tokens.HANDLE;
        try {
            return (long) mh$.invokeExact(image_tokens);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_image_tokens_get_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_image_tokens_get_id");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_image_tokens_get_id}. */
    public static FunctionDescriptor mtmd_image_tokens_get_id$descriptor() {
        return mtmd_image_tokens_get_id.DESC;
    }

    /** The downcall handle of {@code mtmd_image_tokens_get_id}. */
    public static MethodHandle mtmd_image_tokens_get_id$handle() {
        return mtmd_image_tokens_get_id.HANDLE;
    }

    /** The address of {@code mtmd_image_tokens_get_id}. */
    public static MemorySegment mtmd_image_tokens_get_id$address() {
        return mtmd_image_tokens_get_id.ADDR;
    }

    /** Calls {@code mtmd_image_tokens_get_id}. */
    public static MemorySegment mtmd_image_tokens_get_id(MemorySegment image_tokens) {
        var mh$ = mtmd_image_tokens_get_id.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(image_tokens);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_image_tokens_get_n_pos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_image_tokens_get_n_pos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_image_tokens_get_n_pos}. */
    public static FunctionDescriptor mtmd_image_tokens_get_n_pos$descriptor() {
        return mtmd_image_tokens_get_n_pos.DESC;
    }

    /** The downcall handle of {@code mtmd_image_tokens_get_n_pos}. */
    public static MethodHandle mtmd_image_tokens_get_n_pos$handle() {
        return mtmd_image_tokens_get_n_pos.HANDLE;
    }

    /** The address of {@code mtmd_image_tokens_get_n_pos}. */
    public static MemorySegment mtmd_image_tokens_get_n_pos$address() {
        return mtmd_image_tokens_get_n_pos.ADDR;
    }

    /** Calls {@code mtmd_image_tokens_get_n_pos}. */
    public static int mtmd_image_tokens_get_n_pos(MemorySegment image_tokens) {
        var mh$ = mtmd_image_tokens_get_n_pos.HANDLE;
        try {
            return (int) mh$.invokeExact(image_tokens);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_image_tokens_get_decoder_pos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.mtmd_decoder_pos.layout(), llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_image_tokens_get_decoder_pos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_image_tokens_get_decoder_pos}. */
    public static FunctionDescriptor mtmd_image_tokens_get_decoder_pos$descriptor() {
        return mtmd_image_tokens_get_decoder_pos.DESC;
    }

    /** The downcall handle of {@code mtmd_image_tokens_get_decoder_pos}. */
    public static MethodHandle mtmd_image_tokens_get_decoder_pos$handle() {
        return mtmd_image_tokens_get_decoder_pos.HANDLE;
    }

    /** The address of {@code mtmd_image_tokens_get_decoder_pos}. */
    public static MemorySegment mtmd_image_tokens_get_decoder_pos$address() {
        return mtmd_image_tokens_get_decoder_pos.ADDR;
    }

    /** Calls {@code mtmd_image_tokens_get_decoder_pos}. */
    public static MemorySegment mtmd_image_tokens_get_decoder_pos(SegmentAllocator allocator, MemorySegment image_tokens, int pos_0, long i) {
        var mh$ = mtmd_image_tokens_get_decoder_pos.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, image_tokens, pos_0, i);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_tokenize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_tokenize");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_tokenize}. */
    public static FunctionDescriptor mtmd_tokenize$descriptor() {
        return mtmd_tokenize.DESC;
    }

    /** The downcall handle of {@code mtmd_tokenize}. */
    public static MethodHandle mtmd_tokenize$handle() {
        return mtmd_tokenize.HANDLE;
    }

    /** The address of {@code mtmd_tokenize}. */
    public static MemorySegment mtmd_tokenize$address() {
        return mtmd_tokenize.ADDR;
    }

    /** Calls {@code mtmd_tokenize}. */
    public static int mtmd_tokenize(MemorySegment ctx, MemorySegment output, MemorySegment text, MemorySegment bitmaps, long n_bitmaps) {
        var mh$ = mtmd_tokenize.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, output, text, bitmaps, n_bitmaps);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_tokenize_from_parts {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_BOOL);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_tokenize_from_parts");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_tokenize_from_parts}. */
    public static FunctionDescriptor mtmd_tokenize_from_parts$descriptor() {
        return mtmd_tokenize_from_parts.DESC;
    }

    /** The downcall handle of {@code mtmd_tokenize_from_parts}. */
    public static MethodHandle mtmd_tokenize_from_parts$handle() {
        return mtmd_tokenize_from_parts.HANDLE;
    }

    /** The address of {@code mtmd_tokenize_from_parts}. */
    public static MemorySegment mtmd_tokenize_from_parts$address() {
        return mtmd_tokenize_from_parts.ADDR;
    }

    /** Calls {@code mtmd_tokenize_from_parts}. */
    public static int mtmd_tokenize_from_parts(MemorySegment ctx, MemorySegment output, MemorySegment parts, long n_parts, boolean add_special) {
        var mh$ = mtmd_tokenize_from_parts.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, output, parts, n_parts, add_special);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_encode_chunk {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_encode_chunk");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_encode_chunk}. */
    public static FunctionDescriptor mtmd_encode_chunk$descriptor() {
        return mtmd_encode_chunk.DESC;
    }

    /** The downcall handle of {@code mtmd_encode_chunk}. */
    public static MethodHandle mtmd_encode_chunk$handle() {
        return mtmd_encode_chunk.HANDLE;
    }

    /** The address of {@code mtmd_encode_chunk}. */
    public static MemorySegment mtmd_encode_chunk$address() {
        return mtmd_encode_chunk.ADDR;
    }

    /** Calls {@code mtmd_encode_chunk}. */
    public static int mtmd_encode_chunk(MemorySegment ctx, MemorySegment chunk) {
        var mh$ = mtmd_encode_chunk.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_get_output_embd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_get_output_embd");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_get_output_embd}. */
    public static FunctionDescriptor mtmd_get_output_embd$descriptor() {
        return mtmd_get_output_embd.DESC;
    }

    /** The downcall handle of {@code mtmd_get_output_embd}. */
    public static MethodHandle mtmd_get_output_embd$handle() {
        return mtmd_get_output_embd.HANDLE;
    }

    /** The address of {@code mtmd_get_output_embd}. */
    public static MemorySegment mtmd_get_output_embd$address() {
        return mtmd_get_output_embd.ADDR;
    }

    /** Calls {@code mtmd_get_output_embd}. */
    public static MemorySegment mtmd_get_output_embd(MemorySegment ctx) {
        var mh$ = mtmd_get_output_embd.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_batch_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_batch_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_batch_init}. */
    public static FunctionDescriptor mtmd_batch_init$descriptor() {
        return mtmd_batch_init.DESC;
    }

    /** The downcall handle of {@code mtmd_batch_init}. */
    public static MethodHandle mtmd_batch_init$handle() {
        return mtmd_batch_init.HANDLE;
    }

    /** The address of {@code mtmd_batch_init}. */
    public static MemorySegment mtmd_batch_init$address() {
        return mtmd_batch_init.ADDR;
    }

    /** Calls {@code mtmd_batch_init}. */
    public static MemorySegment mtmd_batch_init(MemorySegment ctx) {
        var mh$ = mtmd_batch_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_batch_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_batch_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_batch_free}. */
    public static FunctionDescriptor mtmd_batch_free$descriptor() {
        return mtmd_batch_free.DESC;
    }

    /** The downcall handle of {@code mtmd_batch_free}. */
    public static MethodHandle mtmd_batch_free$handle() {
        return mtmd_batch_free.HANDLE;
    }

    /** The address of {@code mtmd_batch_free}. */
    public static MemorySegment mtmd_batch_free$address() {
        return mtmd_batch_free.ADDR;
    }

    /** Calls {@code mtmd_batch_free}. */
    public static void mtmd_batch_free(MemorySegment batch) {
        var mh$ = mtmd_batch_free.HANDLE;
        try {
            mh$.invokeExact(batch);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_batch_add_chunk {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_batch_add_chunk");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_batch_add_chunk}. */
    public static FunctionDescriptor mtmd_batch_add_chunk$descriptor() {
        return mtmd_batch_add_chunk.DESC;
    }

    /** The downcall handle of {@code mtmd_batch_add_chunk}. */
    public static MethodHandle mtmd_batch_add_chunk$handle() {
        return mtmd_batch_add_chunk.HANDLE;
    }

    /** The address of {@code mtmd_batch_add_chunk}. */
    public static MemorySegment mtmd_batch_add_chunk$address() {
        return mtmd_batch_add_chunk.ADDR;
    }

    /** Calls {@code mtmd_batch_add_chunk}. */
    public static int mtmd_batch_add_chunk(MemorySegment batch, MemorySegment chunk) {
        var mh$ = mtmd_batch_add_chunk.HANDLE;
        try {
            return (int) mh$.invokeExact(batch, chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_batch_encode {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_batch_encode");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_batch_encode}. */
    public static FunctionDescriptor mtmd_batch_encode$descriptor() {
        return mtmd_batch_encode.DESC;
    }

    /** The downcall handle of {@code mtmd_batch_encode}. */
    public static MethodHandle mtmd_batch_encode$handle() {
        return mtmd_batch_encode.HANDLE;
    }

    /** The address of {@code mtmd_batch_encode}. */
    public static MemorySegment mtmd_batch_encode$address() {
        return mtmd_batch_encode.ADDR;
    }

    /** Calls {@code mtmd_batch_encode}. */
    public static int mtmd_batch_encode(MemorySegment batch) {
        var mh$ = mtmd_batch_encode.HANDLE;
        try {
            return (int) mh$.invokeExact(batch);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_batch_get_output_embd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_batch_get_output_embd");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_batch_get_output_embd}. */
    public static FunctionDescriptor mtmd_batch_get_output_embd$descriptor() {
        return mtmd_batch_get_output_embd.DESC;
    }

    /** The downcall handle of {@code mtmd_batch_get_output_embd}. */
    public static MethodHandle mtmd_batch_get_output_embd$handle() {
        return mtmd_batch_get_output_embd.HANDLE;
    }

    /** The address of {@code mtmd_batch_get_output_embd}. */
    public static MemorySegment mtmd_batch_get_output_embd$address() {
        return mtmd_batch_get_output_embd.ADDR;
    }

    /** Calls {@code mtmd_batch_get_output_embd}. */
    public static MemorySegment mtmd_batch_get_output_embd(MemorySegment batch, MemorySegment chunk) {
        var mh$ = mtmd_batch_get_output_embd.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(batch, chunk);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_log_set {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_log_set");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_log_set}. */
    public static FunctionDescriptor mtmd_log_set$descriptor() {
        return mtmd_log_set.DESC;
    }

    /** The downcall handle of {@code mtmd_log_set}. */
    public static MethodHandle mtmd_log_set$handle() {
        return mtmd_log_set.HANDLE;
    }

    /** The address of {@code mtmd_log_set}. */
    public static MemorySegment mtmd_log_set$address() {
        return mtmd_log_set.ADDR;
    }

    /** Calls {@code mtmd_log_set}. */
    public static void mtmd_log_set(MemorySegment log_callback, MemorySegment user_data) {
        var mh$ = mtmd_log_set.HANDLE;
        try {
            mh$.invokeExact(log_callback, user_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_get_cap_from_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.mtmd_caps.layout(), llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_get_cap_from_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_get_cap_from_file}. */
    public static FunctionDescriptor mtmd_get_cap_from_file$descriptor() {
        return mtmd_get_cap_from_file.DESC;
    }

    /** The downcall handle of {@code mtmd_get_cap_from_file}. */
    public static MethodHandle mtmd_get_cap_from_file$handle() {
        return mtmd_get_cap_from_file.HANDLE;
    }

    /** The address of {@code mtmd_get_cap_from_file}. */
    public static MemorySegment mtmd_get_cap_from_file$address() {
        return mtmd_get_cap_from_file.ADDR;
    }

    /** Calls {@code mtmd_get_cap_from_file}. */
    public static MemorySegment mtmd_get_cap_from_file(SegmentAllocator allocator, MemorySegment mmproj_fname) {
        var mh$ = mtmd_get_cap_from_file.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, mmproj_fname);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_gen_audio_get_info {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.mtmd_gen_audio_info.layout(), llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_gen_audio_get_info");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_gen_audio_get_info}. */
    public static FunctionDescriptor mtmd_gen_audio_get_info$descriptor() {
        return mtmd_gen_audio_get_info.DESC;
    }

    /** The downcall handle of {@code mtmd_gen_audio_get_info}. */
    public static MethodHandle mtmd_gen_audio_get_info$handle() {
        return mtmd_gen_audio_get_info.HANDLE;
    }

    /** The address of {@code mtmd_gen_audio_get_info}. */
    public static MemorySegment mtmd_gen_audio_get_info$address() {
        return mtmd_gen_audio_get_info.ADDR;
    }

    /** Calls {@code mtmd_gen_audio_get_info}. */
    public static MemorySegment mtmd_gen_audio_get_info(SegmentAllocator allocator, MemorySegment ctx) {
        var mh$ = mtmd_gen_audio_get_info.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_gen_inp_default {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.mtmd_gen_inp.layout(), llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_gen_inp_default");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_gen_inp_default}. */
    public static FunctionDescriptor mtmd_gen_inp_default$descriptor() {
        return mtmd_gen_inp_default.DESC;
    }

    /** The downcall handle of {@code mtmd_gen_inp_default}. */
    public static MethodHandle mtmd_gen_inp_default$handle() {
        return mtmd_gen_inp_default.HANDLE;
    }

    /** The address of {@code mtmd_gen_inp_default}. */
    public static MemorySegment mtmd_gen_inp_default$address() {
        return mtmd_gen_inp_default.ADDR;
    }

    /** Calls {@code mtmd_gen_inp_default}. */
    public static MemorySegment mtmd_gen_inp_default(SegmentAllocator allocator, MemorySegment ctx) {
        var mh$ = mtmd_gen_inp_default.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_gen_audio_process {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_gen_audio_process");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_gen_audio_process}. */
    public static FunctionDescriptor mtmd_gen_audio_process$descriptor() {
        return mtmd_gen_audio_process.DESC;
    }

    /** The downcall handle of {@code mtmd_gen_audio_process}. */
    public static MethodHandle mtmd_gen_audio_process$handle() {
        return mtmd_gen_audio_process.HANDLE;
    }

    /** The address of {@code mtmd_gen_audio_process}. */
    public static MemorySegment mtmd_gen_audio_process$address() {
        return mtmd_gen_audio_process.ADDR;
    }

    /** Calls {@code mtmd_gen_audio_process}. */
    public static int mtmd_gen_audio_process(MemorySegment ctx, MemorySegment inp, MemorySegment out) {
        var mh$ = mtmd_gen_audio_process.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, inp, out);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_video_init_params_default {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.mtmd_helper_video_init_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_video_init_params_default");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_video_init_params_default}. */
    public static FunctionDescriptor mtmd_helper_video_init_params_default$descriptor() {
        return mtmd_helper_video_init_params_default.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_video_init_params_default}. */
    public static MethodHandle mtmd_helper_video_init_params_default$handle() {
        return mtmd_helper_video_init_params_default.HANDLE;
    }

    /** The address of {@code mtmd_helper_video_init_params_default}. */
    public static MemorySegment mtmd_helper_video_init_params_default$address() {
        return mtmd_helper_video_init_params_default.ADDR;
    }

    /** Calls {@code mtmd_helper_video_init_params_default}. */
    public static MemorySegment mtmd_helper_video_init_params_default(SegmentAllocator allocator) {
        var mh$ = mtmd_helper_video_init_params_default.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_init_opt_default {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.mtmd_helper_init_opt.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_init_opt_default");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_init_opt_default}. */
    public static FunctionDescriptor mtmd_helper_init_opt_default$descriptor() {
        return mtmd_helper_init_opt_default.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_init_opt_default}. */
    public static MethodHandle mtmd_helper_init_opt_default$handle() {
        return mtmd_helper_init_opt_default.HANDLE;
    }

    /** The address of {@code mtmd_helper_init_opt_default}. */
    public static MemorySegment mtmd_helper_init_opt_default$address() {
        return mtmd_helper_init_opt_default.ADDR;
    }

    /** Calls {@code mtmd_helper_init_opt_default}. */
    public static MemorySegment mtmd_helper_init_opt_default(SegmentAllocator allocator) {
        var mh$ = mtmd_helper_init_opt_default.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_log_set {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_log_set");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_log_set}. */
    public static FunctionDescriptor mtmd_helper_log_set$descriptor() {
        return mtmd_helper_log_set.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_log_set}. */
    public static MethodHandle mtmd_helper_log_set$handle() {
        return mtmd_helper_log_set.HANDLE;
    }

    /** The address of {@code mtmd_helper_log_set}. */
    public static MemorySegment mtmd_helper_log_set$address() {
        return mtmd_helper_log_set.ADDR;
    }

    /** Calls {@code mtmd_helper_log_set}. */
    public static void mtmd_helper_log_set(MemorySegment log_callback, MemorySegment user_data) {
        var mh$ = mtmd_helper_log_set.HANDLE;
        try {
            mh$.invokeExact(log_callback, user_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_support_video {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_support_video");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_support_video}. */
    public static FunctionDescriptor mtmd_helper_support_video$descriptor() {
        return mtmd_helper_support_video.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_support_video}. */
    public static MethodHandle mtmd_helper_support_video$handle() {
        return mtmd_helper_support_video.HANDLE;
    }

    /** The address of {@code mtmd_helper_support_video}. */
    public static MemorySegment mtmd_helper_support_video$address() {
        return mtmd_helper_support_video.ADDR;
    }

    /** Calls {@code mtmd_helper_support_video}. */
    public static boolean mtmd_helper_support_video(MemorySegment ctx) {
        var mh$ = mtmd_helper_support_video.HANDLE;
        try {
            return (boolean) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_bitmap_init_from_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.mtmd_helper_bitmap_wrapper.layout(), llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_BOOL, io.github.llamaffm.bindings.mtmd_helper_init_opt.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_bitmap_init_from_file");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_bitmap_init_from_file}. */
    public static FunctionDescriptor mtmd_helper_bitmap_init_from_file$descriptor() {
        return mtmd_helper_bitmap_init_from_file.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_bitmap_init_from_file}. */
    public static MethodHandle mtmd_helper_bitmap_init_from_file$handle() {
        return mtmd_helper_bitmap_init_from_file.HANDLE;
    }

    /** The address of {@code mtmd_helper_bitmap_init_from_file}. */
    public static MemorySegment mtmd_helper_bitmap_init_from_file$address() {
        return mtmd_helper_bitmap_init_from_file.ADDR;
    }

    /** Calls {@code mtmd_helper_bitmap_init_from_file}. */
    public static MemorySegment mtmd_helper_bitmap_init_from_file(SegmentAllocator allocator, MemorySegment ctx, MemorySegment fname, boolean placeholder, MemorySegment opt) {
        var mh$ = mtmd_helper_bitmap_init_from_file.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, ctx, fname, placeholder, opt);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_bitmap_init_from_buf {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.mtmd_helper_bitmap_wrapper.layout(), llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, llama_h_shared.C_BOOL, io.github.llamaffm.bindings.mtmd_helper_init_opt.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_bitmap_init_from_buf");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_bitmap_init_from_buf}. */
    public static FunctionDescriptor mtmd_helper_bitmap_init_from_buf$descriptor() {
        return mtmd_helper_bitmap_init_from_buf.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_bitmap_init_from_buf}. */
    public static MethodHandle mtmd_helper_bitmap_init_from_buf$handle() {
        return mtmd_helper_bitmap_init_from_buf.HANDLE;
    }

    /** The address of {@code mtmd_helper_bitmap_init_from_buf}. */
    public static MemorySegment mtmd_helper_bitmap_init_from_buf$address() {
        return mtmd_helper_bitmap_init_from_buf.ADDR;
    }

    /** Calls {@code mtmd_helper_bitmap_init_from_buf}. */
    public static MemorySegment mtmd_helper_bitmap_init_from_buf(SegmentAllocator allocator, MemorySegment ctx, MemorySegment buf, long len, boolean placeholder, MemorySegment opt) {
        var mh$ = mtmd_helper_bitmap_init_from_buf.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, ctx, buf, len, placeholder, opt);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_get_n_tokens {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_LONG, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_get_n_tokens");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_get_n_tokens}. */
    public static FunctionDescriptor mtmd_helper_get_n_tokens$descriptor() {
        return mtmd_helper_get_n_tokens.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_get_n_tokens}. */
    public static MethodHandle mtmd_helper_get_n_tokens$handle() {
        return mtmd_helper_get_n_tokens.HANDLE;
    }

    /** The address of {@code mtmd_helper_get_n_tokens}. */
    public static MemorySegment mtmd_helper_get_n_tokens$address() {
        return mtmd_helper_get_n_tokens.ADDR;
    }

    /** Calls {@code mtmd_helper_get_n_tokens}. */
    public static long mtmd_helper_get_n_tokens(MemorySegment chunks) {
        var mh$ = mtmd_helper_get_n_tokens.HANDLE;
        try {
            return (long) mh$.invokeExact(chunks);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_get_n_pos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_get_n_pos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_get_n_pos}. */
    public static FunctionDescriptor mtmd_helper_get_n_pos$descriptor() {
        return mtmd_helper_get_n_pos.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_get_n_pos}. */
    public static MethodHandle mtmd_helper_get_n_pos$handle() {
        return mtmd_helper_get_n_pos.HANDLE;
    }

    /** The address of {@code mtmd_helper_get_n_pos}. */
    public static MemorySegment mtmd_helper_get_n_pos$address() {
        return mtmd_helper_get_n_pos.ADDR;
    }

    /** Calls {@code mtmd_helper_get_n_pos}. */
    public static int mtmd_helper_get_n_pos(MemorySegment chunks) {
        var mh$ = mtmd_helper_get_n_pos.HANDLE;
        try {
            return (int) mh$.invokeExact(chunks);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_image_get_decoder_pos {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_image_get_decoder_pos");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_image_get_decoder_pos}. */
    public static FunctionDescriptor mtmd_helper_image_get_decoder_pos$descriptor() {
        return mtmd_helper_image_get_decoder_pos.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_image_get_decoder_pos}. */
    public static MethodHandle mtmd_helper_image_get_decoder_pos$handle() {
        return mtmd_helper_image_get_decoder_pos.HANDLE;
    }

    /** The address of {@code mtmd_helper_image_get_decoder_pos}. */
    public static MemorySegment mtmd_helper_image_get_decoder_pos$address() {
        return mtmd_helper_image_get_decoder_pos.ADDR;
    }

    /** Calls {@code mtmd_helper_image_get_decoder_pos}. */
    public static void mtmd_helper_image_get_decoder_pos(MemorySegment image, int pos_0, MemorySegment out_pos) {
        var mh$ = mtmd_helper_image_get_decoder_pos.HANDLE;
        try {
            mh$.invokeExact(image, pos_0, out_pos);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_eval_chunks {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_eval_chunks");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_eval_chunks}. */
    public static FunctionDescriptor mtmd_helper_eval_chunks$descriptor() {
        return mtmd_helper_eval_chunks.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_eval_chunks}. */
    public static MethodHandle mtmd_helper_eval_chunks$handle() {
        return mtmd_helper_eval_chunks.HANDLE;
    }

    /** The address of {@code mtmd_helper_eval_chunks}. */
    public static MemorySegment mtmd_helper_eval_chunks$address() {
        return mtmd_helper_eval_chunks.ADDR;
    }

    /** Calls {@code mtmd_helper_eval_chunks}. */
    public static int mtmd_helper_eval_chunks(MemorySegment ctx, MemorySegment lctx, MemorySegment chunks, int n_past, int seq_id, int n_batch, boolean logits_last, MemorySegment new_n_past) {
        var mh$ = mtmd_helper_eval_chunks.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, lctx, chunks, n_past, seq_id, n_batch, logits_last, new_n_past);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_eval_chunk_single {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_BOOL, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_eval_chunk_single");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_eval_chunk_single}. */
    public static FunctionDescriptor mtmd_helper_eval_chunk_single$descriptor() {
        return mtmd_helper_eval_chunk_single.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_eval_chunk_single}. */
    public static MethodHandle mtmd_helper_eval_chunk_single$handle() {
        return mtmd_helper_eval_chunk_single.HANDLE;
    }

    /** The address of {@code mtmd_helper_eval_chunk_single}. */
    public static MemorySegment mtmd_helper_eval_chunk_single$address() {
        return mtmd_helper_eval_chunk_single.ADDR;
    }

    /** Calls {@code mtmd_helper_eval_chunk_single}. */
    public static int mtmd_helper_eval_chunk_single(MemorySegment ctx, MemorySegment lctx, MemorySegment chunk, int n_past, int seq_id, int n_batch, boolean logits_last, MemorySegment new_n_past) {
        var mh$ = mtmd_helper_eval_chunk_single.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, lctx, chunk, n_past, seq_id, n_batch, logits_last, new_n_past);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_decode_image_chunk {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_decode_image_chunk");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_decode_image_chunk}. */
    public static FunctionDescriptor mtmd_helper_decode_image_chunk$descriptor() {
        return mtmd_helper_decode_image_chunk.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_decode_image_chunk}. */
    public static MethodHandle mtmd_helper_decode_image_chunk$handle() {
        return mtmd_helper_decode_image_chunk.HANDLE;
    }

    /** The address of {@code mtmd_helper_decode_image_chunk}. */
    public static MemorySegment mtmd_helper_decode_image_chunk$address() {
        return mtmd_helper_decode_image_chunk.ADDR;
    }

    /** Calls {@code mtmd_helper_decode_image_chunk}. */
    public static int mtmd_helper_decode_image_chunk(MemorySegment ctx, MemorySegment lctx, MemorySegment chunk, MemorySegment encoded_embd, int n_past, int seq_id, int n_batch, MemorySegment new_n_past, MemorySegment callback, MemorySegment user_data) {
        var mh$ = mtmd_helper_decode_image_chunk.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, lctx, chunk, encoded_embd, n_past, seq_id, n_batch, new_n_past, callback, user_data);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_video_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, io.github.llamaffm.bindings.mtmd_helper_video_init_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_video_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_video_init}. */
    public static FunctionDescriptor mtmd_helper_video_init$descriptor() {
        return mtmd_helper_video_init.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_video_init}. */
    public static MethodHandle mtmd_helper_video_init$handle() {
        return mtmd_helper_video_init.HANDLE;
    }

    /** The address of {@code mtmd_helper_video_init}. */
    public static MemorySegment mtmd_helper_video_init$address() {
        return mtmd_helper_video_init.ADDR;
    }

    /** Calls {@code mtmd_helper_video_init}. */
    public static MemorySegment mtmd_helper_video_init(MemorySegment mctx, MemorySegment path, MemorySegment params) {
        var mh$ = mtmd_helper_video_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(mctx, path, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_video_init_from_buf {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_LONG, io.github.llamaffm.bindings.mtmd_helper_video_init_params.layout());
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_video_init_from_buf");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_video_init_from_buf}. */
    public static FunctionDescriptor mtmd_helper_video_init_from_buf$descriptor() {
        return mtmd_helper_video_init_from_buf.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_video_init_from_buf}. */
    public static MethodHandle mtmd_helper_video_init_from_buf$handle() {
        return mtmd_helper_video_init_from_buf.HANDLE;
    }

    /** The address of {@code mtmd_helper_video_init_from_buf}. */
    public static MemorySegment mtmd_helper_video_init_from_buf$address() {
        return mtmd_helper_video_init_from_buf.ADDR;
    }

    /** Calls {@code mtmd_helper_video_init_from_buf}. */
    public static MemorySegment mtmd_helper_video_init_from_buf(MemorySegment mctx, MemorySegment buf, long len, MemorySegment params) {
        var mh$ = mtmd_helper_video_init_from_buf.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(mctx, buf, len, params);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_video_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_video_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_video_free}. */
    public static FunctionDescriptor mtmd_helper_video_free$descriptor() {
        return mtmd_helper_video_free.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_video_free}. */
    public static MethodHandle mtmd_helper_video_free$handle() {
        return mtmd_helper_video_free.HANDLE;
    }

    /** The address of {@code mtmd_helper_video_free}. */
    public static MemorySegment mtmd_helper_video_free$address() {
        return mtmd_helper_video_free.ADDR;
    }

    /** Calls {@code mtmd_helper_video_free}. */
    public static void mtmd_helper_video_free(MemorySegment ctx) {
        var mh$ = mtmd_helper_video_free.HANDLE;
        try {
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_video_get_info {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(io.github.llamaffm.bindings.mtmd_helper_video_info.layout(), llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_video_get_info");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_video_get_info}. */
    public static FunctionDescriptor mtmd_helper_video_get_info$descriptor() {
        return mtmd_helper_video_get_info.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_video_get_info}. */
    public static MethodHandle mtmd_helper_video_get_info$handle() {
        return mtmd_helper_video_get_info.HANDLE;
    }

    /** The address of {@code mtmd_helper_video_get_info}. */
    public static MemorySegment mtmd_helper_video_get_info$address() {
        return mtmd_helper_video_get_info.ADDR;
    }

    /** Calls {@code mtmd_helper_video_get_info}. */
    public static MemorySegment mtmd_helper_video_get_info(SegmentAllocator allocator, MemorySegment ctx) {
        var mh$ = mtmd_helper_video_get_info.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_video_read_next {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_INT, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_video_read_next");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_video_read_next}. */
    public static FunctionDescriptor mtmd_helper_video_read_next$descriptor() {
        return mtmd_helper_video_read_next.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_video_read_next}. */
    public static MethodHandle mtmd_helper_video_read_next$handle() {
        return mtmd_helper_video_read_next.HANDLE;
    }

    /** The address of {@code mtmd_helper_video_read_next}. */
    public static MemorySegment mtmd_helper_video_read_next$address() {
        return mtmd_helper_video_read_next.ADDR;
    }

    /** Calls {@code mtmd_helper_video_read_next}. */
    public static int mtmd_helper_video_read_next(MemorySegment ctx, MemorySegment out_bitmap, MemorySegment out_text) {
        var mh$ = mtmd_helper_video_read_next.HANDLE;
        try {
            return (int) mh$.invokeExact(ctx, out_bitmap, out_text);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_model_can_chat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_BOOL, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_model_can_chat");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_model_can_chat}. */
    public static FunctionDescriptor mtmd_helper_model_can_chat$descriptor() {
        return mtmd_helper_model_can_chat.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_model_can_chat}. */
    public static MethodHandle mtmd_helper_model_can_chat$handle() {
        return mtmd_helper_model_can_chat.HANDLE;
    }

    /** The address of {@code mtmd_helper_model_can_chat}. */
    public static MemorySegment mtmd_helper_model_can_chat$address() {
        return mtmd_helper_model_can_chat.ADDR;
    }

    /** Calls {@code mtmd_helper_model_can_chat}. */
    public static boolean mtmd_helper_model_can_chat(MemorySegment lctx, MemorySegment mctx) {
        var mh$ = mtmd_helper_model_can_chat.HANDLE;
        try {
            return (boolean) mh$.invokeExact(lctx, mctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_gen_audio_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(llama_h_shared.C_POINTER, llama_h_shared.C_POINTER, llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_gen_audio_init");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_gen_audio_init}. */
    public static FunctionDescriptor mtmd_helper_gen_audio_init$descriptor() {
        return mtmd_helper_gen_audio_init.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_gen_audio_init}. */
    public static MethodHandle mtmd_helper_gen_audio_init$handle() {
        return mtmd_helper_gen_audio_init.HANDLE;
    }

    /** The address of {@code mtmd_helper_gen_audio_init}. */
    public static MemorySegment mtmd_helper_gen_audio_init$address() {
        return mtmd_helper_gen_audio_init.ADDR;
    }

    /** Calls {@code mtmd_helper_gen_audio_init}. */
    public static MemorySegment mtmd_helper_gen_audio_init(MemorySegment lctx, MemorySegment mctx) {
        var mh$ = mtmd_helper_gen_audio_init.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(lctx, mctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mtmd_helper_gen_audio_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(llama_h_shared.C_POINTER);
        public static final MemorySegment ADDR = llama_h_shared.findOrThrow("mtmd_helper_gen_audio_free");
        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** The descriptor of {@code mtmd_helper_gen_audio_free}. */
    public static FunctionDescriptor mtmd_helper_gen_audio_free$descriptor() {
        return mtmd_helper_gen_audio_free.DESC;
    }

    /** The downcall handle of {@code mtmd_helper_gen_audio_free}. */
    public static MethodHandle mtmd_helper_gen_audio_free$handle() {
        return mtmd_helper_gen_audio_free.HANDLE;
    }

    /** The address of {@code mtmd_helper_gen_audio_free}. */
    public static MemorySegment mtmd_helper_gen_audio_free$address() {
        return mtmd_helper_gen_audio_free.ADDR;
    }

    /** Calls {@code mtmd_helper_gen_audio_free}. */
    public static void mtmd_helper_gen_audio_free(MemorySegment ctx) {
        var mh$ = mtmd_helper_gen_audio_free.HANDLE;
        try {
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
