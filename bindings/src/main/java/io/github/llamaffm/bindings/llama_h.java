// Generated from llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h, mtmd.h, mtmd-helper.h of llama.cpp 0.5.0 by llama-ffm's bindings generator (bindings/generator) — do not edit.
// Regenerate with 'make bindings'.

package io.github.llamaffm.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;

/** Functions, constants and typedefs of llama.h, ggml.h, ggml-cpu.h, ggml-backend.h, ggml-alloc.h, ggml-opt.h, gguf.h, ggml-rpc.h, mtmd.h, mtmd-helper.h (llama.cpp 0.5.0). */
public class llama_h extends llama_h_1 {

    llama_h() {
        // static members only
    }

    /** {@code typedef ggml_fp16_t} */
    public static final ValueLayout.OfShort ggml_fp16_t = llama_h_shared.C_SHORT;

    /** {@code typedef ggml_guid_t} */
    public static final AddressLayout ggml_guid_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_threadpool_t} */
    public static final AddressLayout ggml_threadpool_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_backend_buffer_type_t} */
    public static final AddressLayout ggml_backend_buffer_type_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_backend_buffer_t} */
    public static final AddressLayout ggml_backend_buffer_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_backend_t} */
    public static final AddressLayout ggml_backend_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_gallocr_t} */
    public static final AddressLayout ggml_gallocr_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_backend_event_t} */
    public static final AddressLayout ggml_backend_event_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_backend_graph_plan_t} */
    public static final AddressLayout ggml_backend_graph_plan_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_backend_reg_t} */
    public static final AddressLayout ggml_backend_reg_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_backend_dev_t} */
    public static final AddressLayout ggml_backend_dev_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_backend_sched_t} */
    public static final AddressLayout ggml_backend_sched_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_opt_dataset_t} */
    public static final AddressLayout ggml_opt_dataset_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_opt_context_t} */
    public static final AddressLayout ggml_opt_context_t = llama_h_shared.C_POINTER;

    /** {@code typedef ggml_opt_result_t} */
    public static final AddressLayout ggml_opt_result_t = llama_h_shared.C_POINTER;

    /** {@code typedef llama_memory_t} */
    public static final AddressLayout llama_memory_t = llama_h_shared.C_POINTER;

    /** {@code typedef llama_pos} */
    public static final ValueLayout.OfInt llama_pos = llama_h_shared.C_INT;

    /** {@code typedef llama_token} */
    public static final ValueLayout.OfInt llama_token = llama_h_shared.C_INT;

    /** {@code typedef llama_seq_id} */
    public static final ValueLayout.OfInt llama_seq_id = llama_h_shared.C_INT;

    /** {@code typedef llama_state_seq_flags} */
    public static final ValueLayout.OfInt llama_state_seq_flags = llama_h_shared.C_INT;

    /** {@code typedef llama_sampler_context_t} */
    public static final AddressLayout llama_sampler_context_t = llama_h_shared.C_POINTER;

    private static final int GGML_STATUS_ALLOC_FAILED = -2;
    /** {@code GGML_STATUS_ALLOC_FAILED = -2} */
    public static int GGML_STATUS_ALLOC_FAILED() {
        return GGML_STATUS_ALLOC_FAILED;
    }

    private static final int GGML_STATUS_FAILED = -1;
    /** {@code GGML_STATUS_FAILED = -1} */
    public static int GGML_STATUS_FAILED() {
        return GGML_STATUS_FAILED;
    }

    private static final int GGML_STATUS_SUCCESS = 0;
    /** {@code GGML_STATUS_SUCCESS = 0} */
    public static int GGML_STATUS_SUCCESS() {
        return GGML_STATUS_SUCCESS;
    }

    private static final int GGML_STATUS_ABORTED = 1;
    /** {@code GGML_STATUS_ABORTED = 1} */
    public static int GGML_STATUS_ABORTED() {
        return GGML_STATUS_ABORTED;
    }

    private static final int GGML_TYPE_F32 = 0;
    /** {@code GGML_TYPE_F32 = 0} */
    public static int GGML_TYPE_F32() {
        return GGML_TYPE_F32;
    }

    private static final int GGML_TYPE_F16 = 1;
    /** {@code GGML_TYPE_F16 = 1} */
    public static int GGML_TYPE_F16() {
        return GGML_TYPE_F16;
    }

    private static final int GGML_TYPE_Q4_0 = 2;
    /** {@code GGML_TYPE_Q4_0 = 2} */
    public static int GGML_TYPE_Q4_0() {
        return GGML_TYPE_Q4_0;
    }

    private static final int GGML_TYPE_Q4_1 = 3;
    /** {@code GGML_TYPE_Q4_1 = 3} */
    public static int GGML_TYPE_Q4_1() {
        return GGML_TYPE_Q4_1;
    }

    private static final int GGML_TYPE_Q5_0 = 6;
    /** {@code GGML_TYPE_Q5_0 = 6} */
    public static int GGML_TYPE_Q5_0() {
        return GGML_TYPE_Q5_0;
    }

    private static final int GGML_TYPE_Q5_1 = 7;
    /** {@code GGML_TYPE_Q5_1 = 7} */
    public static int GGML_TYPE_Q5_1() {
        return GGML_TYPE_Q5_1;
    }

    private static final int GGML_TYPE_Q8_0 = 8;
    /** {@code GGML_TYPE_Q8_0 = 8} */
    public static int GGML_TYPE_Q8_0() {
        return GGML_TYPE_Q8_0;
    }

    private static final int GGML_TYPE_Q8_1 = 9;
    /** {@code GGML_TYPE_Q8_1 = 9} */
    public static int GGML_TYPE_Q8_1() {
        return GGML_TYPE_Q8_1;
    }

    private static final int GGML_TYPE_Q2_K = 10;
    /** {@code GGML_TYPE_Q2_K = 10} */
    public static int GGML_TYPE_Q2_K() {
        return GGML_TYPE_Q2_K;
    }

    private static final int GGML_TYPE_Q3_K = 11;
    /** {@code GGML_TYPE_Q3_K = 11} */
    public static int GGML_TYPE_Q3_K() {
        return GGML_TYPE_Q3_K;
    }

    private static final int GGML_TYPE_Q4_K = 12;
    /** {@code GGML_TYPE_Q4_K = 12} */
    public static int GGML_TYPE_Q4_K() {
        return GGML_TYPE_Q4_K;
    }

    private static final int GGML_TYPE_Q5_K = 13;
    /** {@code GGML_TYPE_Q5_K = 13} */
    public static int GGML_TYPE_Q5_K() {
        return GGML_TYPE_Q5_K;
    }

    private static final int GGML_TYPE_Q6_K = 14;
    /** {@code GGML_TYPE_Q6_K = 14} */
    public static int GGML_TYPE_Q6_K() {
        return GGML_TYPE_Q6_K;
    }

    private static final int GGML_TYPE_Q8_K = 15;
    /** {@code GGML_TYPE_Q8_K = 15} */
    public static int GGML_TYPE_Q8_K() {
        return GGML_TYPE_Q8_K;
    }

    private static final int GGML_TYPE_IQ2_XXS = 16;
    /** {@code GGML_TYPE_IQ2_XXS = 16} */
    public static int GGML_TYPE_IQ2_XXS() {
        return GGML_TYPE_IQ2_XXS;
    }

    private static final int GGML_TYPE_IQ2_XS = 17;
    /** {@code GGML_TYPE_IQ2_XS = 17} */
    public static int GGML_TYPE_IQ2_XS() {
        return GGML_TYPE_IQ2_XS;
    }

    private static final int GGML_TYPE_IQ3_XXS = 18;
    /** {@code GGML_TYPE_IQ3_XXS = 18} */
    public static int GGML_TYPE_IQ3_XXS() {
        return GGML_TYPE_IQ3_XXS;
    }

    private static final int GGML_TYPE_IQ1_S = 19;
    /** {@code GGML_TYPE_IQ1_S = 19} */
    public static int GGML_TYPE_IQ1_S() {
        return GGML_TYPE_IQ1_S;
    }

    private static final int GGML_TYPE_IQ4_NL = 20;
    /** {@code GGML_TYPE_IQ4_NL = 20} */
    public static int GGML_TYPE_IQ4_NL() {
        return GGML_TYPE_IQ4_NL;
    }

    private static final int GGML_TYPE_IQ3_S = 21;
    /** {@code GGML_TYPE_IQ3_S = 21} */
    public static int GGML_TYPE_IQ3_S() {
        return GGML_TYPE_IQ3_S;
    }

    private static final int GGML_TYPE_IQ2_S = 22;
    /** {@code GGML_TYPE_IQ2_S = 22} */
    public static int GGML_TYPE_IQ2_S() {
        return GGML_TYPE_IQ2_S;
    }

    private static final int GGML_TYPE_IQ4_XS = 23;
    /** {@code GGML_TYPE_IQ4_XS = 23} */
    public static int GGML_TYPE_IQ4_XS() {
        return GGML_TYPE_IQ4_XS;
    }

    private static final int GGML_TYPE_I8 = 24;
    /** {@code GGML_TYPE_I8 = 24} */
    public static int GGML_TYPE_I8() {
        return GGML_TYPE_I8;
    }

    private static final int GGML_TYPE_I16 = 25;
    /** {@code GGML_TYPE_I16 = 25} */
    public static int GGML_TYPE_I16() {
        return GGML_TYPE_I16;
    }

    private static final int GGML_TYPE_I32 = 26;
    /** {@code GGML_TYPE_I32 = 26} */
    public static int GGML_TYPE_I32() {
        return GGML_TYPE_I32;
    }

    private static final int GGML_TYPE_I64 = 27;
    /** {@code GGML_TYPE_I64 = 27} */
    public static int GGML_TYPE_I64() {
        return GGML_TYPE_I64;
    }

    private static final int GGML_TYPE_F64 = 28;
    /** {@code GGML_TYPE_F64 = 28} */
    public static int GGML_TYPE_F64() {
        return GGML_TYPE_F64;
    }

    private static final int GGML_TYPE_IQ1_M = 29;
    /** {@code GGML_TYPE_IQ1_M = 29} */
    public static int GGML_TYPE_IQ1_M() {
        return GGML_TYPE_IQ1_M;
    }

    private static final int GGML_TYPE_BF16 = 30;
    /** {@code GGML_TYPE_BF16 = 30} */
    public static int GGML_TYPE_BF16() {
        return GGML_TYPE_BF16;
    }

    private static final int GGML_TYPE_TQ1_0 = 34;
    /** {@code GGML_TYPE_TQ1_0 = 34} */
    public static int GGML_TYPE_TQ1_0() {
        return GGML_TYPE_TQ1_0;
    }

    private static final int GGML_TYPE_TQ2_0 = 35;
    /** {@code GGML_TYPE_TQ2_0 = 35} */
    public static int GGML_TYPE_TQ2_0() {
        return GGML_TYPE_TQ2_0;
    }

    private static final int GGML_TYPE_MXFP4 = 39;
    /** {@code GGML_TYPE_MXFP4 = 39} */
    public static int GGML_TYPE_MXFP4() {
        return GGML_TYPE_MXFP4;
    }

    private static final int GGML_TYPE_NVFP4 = 40;
    /** {@code GGML_TYPE_NVFP4 = 40} */
    public static int GGML_TYPE_NVFP4() {
        return GGML_TYPE_NVFP4;
    }

    private static final int GGML_TYPE_Q1_0 = 41;
    /** {@code GGML_TYPE_Q1_0 = 41} */
    public static int GGML_TYPE_Q1_0() {
        return GGML_TYPE_Q1_0;
    }

    private static final int GGML_TYPE_Q2_0 = 42;
    /** {@code GGML_TYPE_Q2_0 = 42} */
    public static int GGML_TYPE_Q2_0() {
        return GGML_TYPE_Q2_0;
    }

    private static final int GGML_TYPE_COUNT = 43;
    /** {@code GGML_TYPE_COUNT = 43} */
    public static int GGML_TYPE_COUNT() {
        return GGML_TYPE_COUNT;
    }

    private static final int GGML_PREC_UNDEFINED = 0;
    /** {@code GGML_PREC_UNDEFINED = 0} */
    public static int GGML_PREC_UNDEFINED() {
        return GGML_PREC_UNDEFINED;
    }

    private static final int GGML_PREC_DEFAULT = 0;
    /** {@code GGML_PREC_DEFAULT = 0} */
    public static int GGML_PREC_DEFAULT() {
        return GGML_PREC_DEFAULT;
    }

    private static final int GGML_PREC_F32 = 10;
    /** {@code GGML_PREC_F32 = 10} */
    public static int GGML_PREC_F32() {
        return GGML_PREC_F32;
    }

    private static final int GGML_PREC_BF16 = 15;
    /** {@code GGML_PREC_BF16 = 15} */
    public static int GGML_PREC_BF16() {
        return GGML_PREC_BF16;
    }

    private static final int GGML_PREC_F16 = 20;
    /** {@code GGML_PREC_F16 = 20} */
    public static int GGML_PREC_F16() {
        return GGML_PREC_F16;
    }

    private static final int GGML_PREC_Q8 = 30;
    /** {@code GGML_PREC_Q8 = 30} */
    public static int GGML_PREC_Q8() {
        return GGML_PREC_Q8;
    }

    private static final int GGML_PREC_Q4 = 40;
    /** {@code GGML_PREC_Q4 = 40} */
    public static int GGML_PREC_Q4() {
        return GGML_PREC_Q4;
    }

    private static final int GGML_HINT_NONE = 0;
    /** {@code GGML_HINT_NONE = 0} */
    public static int GGML_HINT_NONE() {
        return GGML_HINT_NONE;
    }

    private static final int GGML_HINT_SRC0_IS_HADAMARD = 1;
    /** {@code GGML_HINT_SRC0_IS_HADAMARD = 1} */
    public static int GGML_HINT_SRC0_IS_HADAMARD() {
        return GGML_HINT_SRC0_IS_HADAMARD;
    }

    private static final int GGML_FTYPE_UNKNOWN = -1;
    /** {@code GGML_FTYPE_UNKNOWN = -1} */
    public static int GGML_FTYPE_UNKNOWN() {
        return GGML_FTYPE_UNKNOWN;
    }

    private static final int GGML_FTYPE_ALL_F32 = 0;
    /** {@code GGML_FTYPE_ALL_F32 = 0} */
    public static int GGML_FTYPE_ALL_F32() {
        return GGML_FTYPE_ALL_F32;
    }

    private static final int GGML_FTYPE_MOSTLY_F16 = 1;
    /** {@code GGML_FTYPE_MOSTLY_F16 = 1} */
    public static int GGML_FTYPE_MOSTLY_F16() {
        return GGML_FTYPE_MOSTLY_F16;
    }

    private static final int GGML_FTYPE_MOSTLY_Q4_0 = 2;
    /** {@code GGML_FTYPE_MOSTLY_Q4_0 = 2} */
    public static int GGML_FTYPE_MOSTLY_Q4_0() {
        return GGML_FTYPE_MOSTLY_Q4_0;
    }

    private static final int GGML_FTYPE_MOSTLY_Q4_1 = 3;
    /** {@code GGML_FTYPE_MOSTLY_Q4_1 = 3} */
    public static int GGML_FTYPE_MOSTLY_Q4_1() {
        return GGML_FTYPE_MOSTLY_Q4_1;
    }

    private static final int GGML_FTYPE_MOSTLY_Q4_1_SOME_F16 = 4;
    /** {@code GGML_FTYPE_MOSTLY_Q4_1_SOME_F16 = 4} */
    public static int GGML_FTYPE_MOSTLY_Q4_1_SOME_F16() {
        return GGML_FTYPE_MOSTLY_Q4_1_SOME_F16;
    }

    private static final int GGML_FTYPE_MOSTLY_Q8_0 = 7;
    /** {@code GGML_FTYPE_MOSTLY_Q8_0 = 7} */
    public static int GGML_FTYPE_MOSTLY_Q8_0() {
        return GGML_FTYPE_MOSTLY_Q8_0;
    }

    private static final int GGML_FTYPE_MOSTLY_Q5_0 = 8;
    /** {@code GGML_FTYPE_MOSTLY_Q5_0 = 8} */
    public static int GGML_FTYPE_MOSTLY_Q5_0() {
        return GGML_FTYPE_MOSTLY_Q5_0;
    }

    private static final int GGML_FTYPE_MOSTLY_Q5_1 = 9;
    /** {@code GGML_FTYPE_MOSTLY_Q5_1 = 9} */
    public static int GGML_FTYPE_MOSTLY_Q5_1() {
        return GGML_FTYPE_MOSTLY_Q5_1;
    }

    private static final int GGML_FTYPE_MOSTLY_Q2_K = 10;
    /** {@code GGML_FTYPE_MOSTLY_Q2_K = 10} */
    public static int GGML_FTYPE_MOSTLY_Q2_K() {
        return GGML_FTYPE_MOSTLY_Q2_K;
    }

    private static final int GGML_FTYPE_MOSTLY_Q3_K = 11;
    /** {@code GGML_FTYPE_MOSTLY_Q3_K = 11} */
    public static int GGML_FTYPE_MOSTLY_Q3_K() {
        return GGML_FTYPE_MOSTLY_Q3_K;
    }

    private static final int GGML_FTYPE_MOSTLY_Q4_K = 12;
    /** {@code GGML_FTYPE_MOSTLY_Q4_K = 12} */
    public static int GGML_FTYPE_MOSTLY_Q4_K() {
        return GGML_FTYPE_MOSTLY_Q4_K;
    }

    private static final int GGML_FTYPE_MOSTLY_Q5_K = 13;
    /** {@code GGML_FTYPE_MOSTLY_Q5_K = 13} */
    public static int GGML_FTYPE_MOSTLY_Q5_K() {
        return GGML_FTYPE_MOSTLY_Q5_K;
    }

    private static final int GGML_FTYPE_MOSTLY_Q6_K = 14;
    /** {@code GGML_FTYPE_MOSTLY_Q6_K = 14} */
    public static int GGML_FTYPE_MOSTLY_Q6_K() {
        return GGML_FTYPE_MOSTLY_Q6_K;
    }

    private static final int GGML_FTYPE_MOSTLY_IQ2_XXS = 15;
    /** {@code GGML_FTYPE_MOSTLY_IQ2_XXS = 15} */
    public static int GGML_FTYPE_MOSTLY_IQ2_XXS() {
        return GGML_FTYPE_MOSTLY_IQ2_XXS;
    }

    private static final int GGML_FTYPE_MOSTLY_IQ2_XS = 16;
    /** {@code GGML_FTYPE_MOSTLY_IQ2_XS = 16} */
    public static int GGML_FTYPE_MOSTLY_IQ2_XS() {
        return GGML_FTYPE_MOSTLY_IQ2_XS;
    }

    private static final int GGML_FTYPE_MOSTLY_IQ3_XXS = 17;
    /** {@code GGML_FTYPE_MOSTLY_IQ3_XXS = 17} */
    public static int GGML_FTYPE_MOSTLY_IQ3_XXS() {
        return GGML_FTYPE_MOSTLY_IQ3_XXS;
    }

    private static final int GGML_FTYPE_MOSTLY_IQ1_S = 18;
    /** {@code GGML_FTYPE_MOSTLY_IQ1_S = 18} */
    public static int GGML_FTYPE_MOSTLY_IQ1_S() {
        return GGML_FTYPE_MOSTLY_IQ1_S;
    }

    private static final int GGML_FTYPE_MOSTLY_IQ4_NL = 19;
    /** {@code GGML_FTYPE_MOSTLY_IQ4_NL = 19} */
    public static int GGML_FTYPE_MOSTLY_IQ4_NL() {
        return GGML_FTYPE_MOSTLY_IQ4_NL;
    }

    private static final int GGML_FTYPE_MOSTLY_IQ3_S = 20;
    /** {@code GGML_FTYPE_MOSTLY_IQ3_S = 20} */
    public static int GGML_FTYPE_MOSTLY_IQ3_S() {
        return GGML_FTYPE_MOSTLY_IQ3_S;
    }

    private static final int GGML_FTYPE_MOSTLY_IQ2_S = 21;
    /** {@code GGML_FTYPE_MOSTLY_IQ2_S = 21} */
    public static int GGML_FTYPE_MOSTLY_IQ2_S() {
        return GGML_FTYPE_MOSTLY_IQ2_S;
    }

    private static final int GGML_FTYPE_MOSTLY_IQ4_XS = 22;
    /** {@code GGML_FTYPE_MOSTLY_IQ4_XS = 22} */
    public static int GGML_FTYPE_MOSTLY_IQ4_XS() {
        return GGML_FTYPE_MOSTLY_IQ4_XS;
    }

    private static final int GGML_FTYPE_MOSTLY_IQ1_M = 23;
    /** {@code GGML_FTYPE_MOSTLY_IQ1_M = 23} */
    public static int GGML_FTYPE_MOSTLY_IQ1_M() {
        return GGML_FTYPE_MOSTLY_IQ1_M;
    }

    private static final int GGML_FTYPE_MOSTLY_BF16 = 24;
    /** {@code GGML_FTYPE_MOSTLY_BF16 = 24} */
    public static int GGML_FTYPE_MOSTLY_BF16() {
        return GGML_FTYPE_MOSTLY_BF16;
    }

    private static final int GGML_FTYPE_MOSTLY_MXFP4 = 25;
    /** {@code GGML_FTYPE_MOSTLY_MXFP4 = 25} */
    public static int GGML_FTYPE_MOSTLY_MXFP4() {
        return GGML_FTYPE_MOSTLY_MXFP4;
    }

    private static final int GGML_FTYPE_MOSTLY_NVFP4 = 26;
    /** {@code GGML_FTYPE_MOSTLY_NVFP4 = 26} */
    public static int GGML_FTYPE_MOSTLY_NVFP4() {
        return GGML_FTYPE_MOSTLY_NVFP4;
    }

    private static final int GGML_FTYPE_MOSTLY_Q1_0 = 27;
    /** {@code GGML_FTYPE_MOSTLY_Q1_0 = 27} */
    public static int GGML_FTYPE_MOSTLY_Q1_0() {
        return GGML_FTYPE_MOSTLY_Q1_0;
    }

    private static final int GGML_FTYPE_MOSTLY_Q2_0 = 28;
    /** {@code GGML_FTYPE_MOSTLY_Q2_0 = 28} */
    public static int GGML_FTYPE_MOSTLY_Q2_0() {
        return GGML_FTYPE_MOSTLY_Q2_0;
    }

    private static final int GGML_OP_NONE = 0;
    /** {@code GGML_OP_NONE = 0} */
    public static int GGML_OP_NONE() {
        return GGML_OP_NONE;
    }

    private static final int GGML_OP_DUP = 1;
    /** {@code GGML_OP_DUP = 1} */
    public static int GGML_OP_DUP() {
        return GGML_OP_DUP;
    }

    private static final int GGML_OP_ADD = 2;
    /** {@code GGML_OP_ADD = 2} */
    public static int GGML_OP_ADD() {
        return GGML_OP_ADD;
    }

    private static final int GGML_OP_ADD_ID = 3;
    /** {@code GGML_OP_ADD_ID = 3} */
    public static int GGML_OP_ADD_ID() {
        return GGML_OP_ADD_ID;
    }

    private static final int GGML_OP_ADD1 = 4;
    /** {@code GGML_OP_ADD1 = 4} */
    public static int GGML_OP_ADD1() {
        return GGML_OP_ADD1;
    }

    private static final int GGML_OP_ACC = 5;
    /** {@code GGML_OP_ACC = 5} */
    public static int GGML_OP_ACC() {
        return GGML_OP_ACC;
    }

    private static final int GGML_OP_SUB = 6;
    /** {@code GGML_OP_SUB = 6} */
    public static int GGML_OP_SUB() {
        return GGML_OP_SUB;
    }

    private static final int GGML_OP_MUL = 7;
    /** {@code GGML_OP_MUL = 7} */
    public static int GGML_OP_MUL() {
        return GGML_OP_MUL;
    }

    private static final int GGML_OP_DIV = 8;
    /** {@code GGML_OP_DIV = 8} */
    public static int GGML_OP_DIV() {
        return GGML_OP_DIV;
    }

    private static final int GGML_OP_SQR = 9;
    /** {@code GGML_OP_SQR = 9} */
    public static int GGML_OP_SQR() {
        return GGML_OP_SQR;
    }

    private static final int GGML_OP_SQRT = 10;
    /** {@code GGML_OP_SQRT = 10} */
    public static int GGML_OP_SQRT() {
        return GGML_OP_SQRT;
    }

    private static final int GGML_OP_LOG = 11;
    /** {@code GGML_OP_LOG = 11} */
    public static int GGML_OP_LOG() {
        return GGML_OP_LOG;
    }

    private static final int GGML_OP_SIN = 12;
    /** {@code GGML_OP_SIN = 12} */
    public static int GGML_OP_SIN() {
        return GGML_OP_SIN;
    }

    private static final int GGML_OP_COS = 13;
    /** {@code GGML_OP_COS = 13} */
    public static int GGML_OP_COS() {
        return GGML_OP_COS;
    }

    private static final int GGML_OP_SUM = 14;
    /** {@code GGML_OP_SUM = 14} */
    public static int GGML_OP_SUM() {
        return GGML_OP_SUM;
    }

    private static final int GGML_OP_SUM_ROWS = 15;
    /** {@code GGML_OP_SUM_ROWS = 15} */
    public static int GGML_OP_SUM_ROWS() {
        return GGML_OP_SUM_ROWS;
    }

    private static final int GGML_OP_CUMSUM = 16;
    /** {@code GGML_OP_CUMSUM = 16} */
    public static int GGML_OP_CUMSUM() {
        return GGML_OP_CUMSUM;
    }

    private static final int GGML_OP_MEAN = 17;
    /** {@code GGML_OP_MEAN = 17} */
    public static int GGML_OP_MEAN() {
        return GGML_OP_MEAN;
    }

    private static final int GGML_OP_ARGMAX = 18;
    /** {@code GGML_OP_ARGMAX = 18} */
    public static int GGML_OP_ARGMAX() {
        return GGML_OP_ARGMAX;
    }

    private static final int GGML_OP_COUNT_EQUAL = 19;
    /** {@code GGML_OP_COUNT_EQUAL = 19} */
    public static int GGML_OP_COUNT_EQUAL() {
        return GGML_OP_COUNT_EQUAL;
    }

    private static final int GGML_OP_REPEAT = 20;
    /** {@code GGML_OP_REPEAT = 20} */
    public static int GGML_OP_REPEAT() {
        return GGML_OP_REPEAT;
    }

    private static final int GGML_OP_REPEAT_BACK = 21;
    /** {@code GGML_OP_REPEAT_BACK = 21} */
    public static int GGML_OP_REPEAT_BACK() {
        return GGML_OP_REPEAT_BACK;
    }

    private static final int GGML_OP_CONCAT = 22;
    /** {@code GGML_OP_CONCAT = 22} */
    public static int GGML_OP_CONCAT() {
        return GGML_OP_CONCAT;
    }

    private static final int GGML_OP_SILU_BACK = 23;
    /** {@code GGML_OP_SILU_BACK = 23} */
    public static int GGML_OP_SILU_BACK() {
        return GGML_OP_SILU_BACK;
    }

    private static final int GGML_OP_NORM = 24;
    /** {@code GGML_OP_NORM = 24} */
    public static int GGML_OP_NORM() {
        return GGML_OP_NORM;
    }

    private static final int GGML_OP_RMS_NORM = 25;
    /** {@code GGML_OP_RMS_NORM = 25} */
    public static int GGML_OP_RMS_NORM() {
        return GGML_OP_RMS_NORM;
    }

    private static final int GGML_OP_RMS_NORM_BACK = 26;
    /** {@code GGML_OP_RMS_NORM_BACK = 26} */
    public static int GGML_OP_RMS_NORM_BACK() {
        return GGML_OP_RMS_NORM_BACK;
    }

    private static final int GGML_OP_GROUP_NORM = 27;
    /** {@code GGML_OP_GROUP_NORM = 27} */
    public static int GGML_OP_GROUP_NORM() {
        return GGML_OP_GROUP_NORM;
    }

    private static final int GGML_OP_L2_NORM = 28;
    /** {@code GGML_OP_L2_NORM = 28} */
    public static int GGML_OP_L2_NORM() {
        return GGML_OP_L2_NORM;
    }

    private static final int GGML_OP_MUL_MAT = 29;
    /** {@code GGML_OP_MUL_MAT = 29} */
    public static int GGML_OP_MUL_MAT() {
        return GGML_OP_MUL_MAT;
    }

    private static final int GGML_OP_MUL_MAT_ID = 30;
    /** {@code GGML_OP_MUL_MAT_ID = 30} */
    public static int GGML_OP_MUL_MAT_ID() {
        return GGML_OP_MUL_MAT_ID;
    }

    private static final int GGML_OP_OUT_PROD = 31;
    /** {@code GGML_OP_OUT_PROD = 31} */
    public static int GGML_OP_OUT_PROD() {
        return GGML_OP_OUT_PROD;
    }

    private static final int GGML_OP_SCALE = 32;
    /** {@code GGML_OP_SCALE = 32} */
    public static int GGML_OP_SCALE() {
        return GGML_OP_SCALE;
    }

    private static final int GGML_OP_SET = 33;
    /** {@code GGML_OP_SET = 33} */
    public static int GGML_OP_SET() {
        return GGML_OP_SET;
    }

    private static final int GGML_OP_CPY = 34;
    /** {@code GGML_OP_CPY = 34} */
    public static int GGML_OP_CPY() {
        return GGML_OP_CPY;
    }

    private static final int GGML_OP_CONT = 35;
    /** {@code GGML_OP_CONT = 35} */
    public static int GGML_OP_CONT() {
        return GGML_OP_CONT;
    }

    private static final int GGML_OP_RESHAPE = 36;
    /** {@code GGML_OP_RESHAPE = 36} */
    public static int GGML_OP_RESHAPE() {
        return GGML_OP_RESHAPE;
    }

    private static final int GGML_OP_VIEW = 37;
    /** {@code GGML_OP_VIEW = 37} */
    public static int GGML_OP_VIEW() {
        return GGML_OP_VIEW;
    }

    private static final int GGML_OP_PERMUTE = 38;
    /** {@code GGML_OP_PERMUTE = 38} */
    public static int GGML_OP_PERMUTE() {
        return GGML_OP_PERMUTE;
    }

    private static final int GGML_OP_TRANSPOSE = 39;
    /** {@code GGML_OP_TRANSPOSE = 39} */
    public static int GGML_OP_TRANSPOSE() {
        return GGML_OP_TRANSPOSE;
    }

    private static final int GGML_OP_GET_ROWS = 40;
    /** {@code GGML_OP_GET_ROWS = 40} */
    public static int GGML_OP_GET_ROWS() {
        return GGML_OP_GET_ROWS;
    }

    private static final int GGML_OP_GET_ROWS_BACK = 41;
    /** {@code GGML_OP_GET_ROWS_BACK = 41} */
    public static int GGML_OP_GET_ROWS_BACK() {
        return GGML_OP_GET_ROWS_BACK;
    }

    private static final int GGML_OP_SET_ROWS = 42;
    /** {@code GGML_OP_SET_ROWS = 42} */
    public static int GGML_OP_SET_ROWS() {
        return GGML_OP_SET_ROWS;
    }

    private static final int GGML_OP_DIAG = 43;
    /** {@code GGML_OP_DIAG = 43} */
    public static int GGML_OP_DIAG() {
        return GGML_OP_DIAG;
    }

    private static final int GGML_OP_DIAG_MASK_INF = 44;
    /** {@code GGML_OP_DIAG_MASK_INF = 44} */
    public static int GGML_OP_DIAG_MASK_INF() {
        return GGML_OP_DIAG_MASK_INF;
    }

    private static final int GGML_OP_DIAG_MASK_ZERO = 45;
    /** {@code GGML_OP_DIAG_MASK_ZERO = 45} */
    public static int GGML_OP_DIAG_MASK_ZERO() {
        return GGML_OP_DIAG_MASK_ZERO;
    }

    private static final int GGML_OP_SOFT_MAX = 46;
    /** {@code GGML_OP_SOFT_MAX = 46} */
    public static int GGML_OP_SOFT_MAX() {
        return GGML_OP_SOFT_MAX;
    }

    private static final int GGML_OP_SOFT_MAX_BACK = 47;
    /** {@code GGML_OP_SOFT_MAX_BACK = 47} */
    public static int GGML_OP_SOFT_MAX_BACK() {
        return GGML_OP_SOFT_MAX_BACK;
    }

    private static final int GGML_OP_ROPE = 48;
    /** {@code GGML_OP_ROPE = 48} */
    public static int GGML_OP_ROPE() {
        return GGML_OP_ROPE;
    }

    private static final int GGML_OP_ROPE_BACK = 49;
    /** {@code GGML_OP_ROPE_BACK = 49} */
    public static int GGML_OP_ROPE_BACK() {
        return GGML_OP_ROPE_BACK;
    }

    private static final int GGML_OP_CLAMP = 50;
    /** {@code GGML_OP_CLAMP = 50} */
    public static int GGML_OP_CLAMP() {
        return GGML_OP_CLAMP;
    }

    private static final int GGML_OP_CONV_TRANSPOSE_1D = 51;
    /** {@code GGML_OP_CONV_TRANSPOSE_1D = 51} */
    public static int GGML_OP_CONV_TRANSPOSE_1D() {
        return GGML_OP_CONV_TRANSPOSE_1D;
    }

    private static final int GGML_OP_IM2COL = 52;
    /** {@code GGML_OP_IM2COL = 52} */
    public static int GGML_OP_IM2COL() {
        return GGML_OP_IM2COL;
    }

    private static final int GGML_OP_IM2COL_BACK = 53;
    /** {@code GGML_OP_IM2COL_BACK = 53} */
    public static int GGML_OP_IM2COL_BACK() {
        return GGML_OP_IM2COL_BACK;
    }

    private static final int GGML_OP_IM2COL_3D = 54;
    /** {@code GGML_OP_IM2COL_3D = 54} */
    public static int GGML_OP_IM2COL_3D() {
        return GGML_OP_IM2COL_3D;
    }

    private static final int GGML_OP_COL2IM_1D = 55;
    /** {@code GGML_OP_COL2IM_1D = 55} */
    public static int GGML_OP_COL2IM_1D() {
        return GGML_OP_COL2IM_1D;
    }

    private static final int GGML_OP_CONV_2D = 56;
    /** {@code GGML_OP_CONV_2D = 56} */
    public static int GGML_OP_CONV_2D() {
        return GGML_OP_CONV_2D;
    }

    private static final int GGML_OP_CONV_3D = 57;
    /** {@code GGML_OP_CONV_3D = 57} */
    public static int GGML_OP_CONV_3D() {
        return GGML_OP_CONV_3D;
    }

    private static final int GGML_OP_CONV_2D_DW = 58;
    /** {@code GGML_OP_CONV_2D_DW = 58} */
    public static int GGML_OP_CONV_2D_DW() {
        return GGML_OP_CONV_2D_DW;
    }

    private static final int GGML_OP_CONV_TRANSPOSE_2D = 59;
    /** {@code GGML_OP_CONV_TRANSPOSE_2D = 59} */
    public static int GGML_OP_CONV_TRANSPOSE_2D() {
        return GGML_OP_CONV_TRANSPOSE_2D;
    }

    private static final int GGML_OP_POOL_1D = 60;
    /** {@code GGML_OP_POOL_1D = 60} */
    public static int GGML_OP_POOL_1D() {
        return GGML_OP_POOL_1D;
    }

    private static final int GGML_OP_POOL_2D = 61;
    /** {@code GGML_OP_POOL_2D = 61} */
    public static int GGML_OP_POOL_2D() {
        return GGML_OP_POOL_2D;
    }

    private static final int GGML_OP_POOL_2D_BACK = 62;
    /** {@code GGML_OP_POOL_2D_BACK = 62} */
    public static int GGML_OP_POOL_2D_BACK() {
        return GGML_OP_POOL_2D_BACK;
    }

    private static final int GGML_OP_UPSCALE = 63;
    /** {@code GGML_OP_UPSCALE = 63} */
    public static int GGML_OP_UPSCALE() {
        return GGML_OP_UPSCALE;
    }

    private static final int GGML_OP_PAD = 64;
    /** {@code GGML_OP_PAD = 64} */
    public static int GGML_OP_PAD() {
        return GGML_OP_PAD;
    }

    private static final int GGML_OP_PAD_REFLECT_1D = 65;
    /** {@code GGML_OP_PAD_REFLECT_1D = 65} */
    public static int GGML_OP_PAD_REFLECT_1D() {
        return GGML_OP_PAD_REFLECT_1D;
    }

    private static final int GGML_OP_ROLL = 66;
    /** {@code GGML_OP_ROLL = 66} */
    public static int GGML_OP_ROLL() {
        return GGML_OP_ROLL;
    }

    private static final int GGML_OP_ARANGE = 67;
    /** {@code GGML_OP_ARANGE = 67} */
    public static int GGML_OP_ARANGE() {
        return GGML_OP_ARANGE;
    }

    private static final int GGML_OP_TIMESTEP_EMBEDDING = 68;
    /** {@code GGML_OP_TIMESTEP_EMBEDDING = 68} */
    public static int GGML_OP_TIMESTEP_EMBEDDING() {
        return GGML_OP_TIMESTEP_EMBEDDING;
    }

    private static final int GGML_OP_ARGSORT = 69;
    /** {@code GGML_OP_ARGSORT = 69} */
    public static int GGML_OP_ARGSORT() {
        return GGML_OP_ARGSORT;
    }

    private static final int GGML_OP_TOP_K = 70;
    /** {@code GGML_OP_TOP_K = 70} */
    public static int GGML_OP_TOP_K() {
        return GGML_OP_TOP_K;
    }

    private static final int GGML_OP_LEAKY_RELU = 71;
    /** {@code GGML_OP_LEAKY_RELU = 71} */
    public static int GGML_OP_LEAKY_RELU() {
        return GGML_OP_LEAKY_RELU;
    }

    private static final int GGML_OP_TRI = 72;
    /** {@code GGML_OP_TRI = 72} */
    public static int GGML_OP_TRI() {
        return GGML_OP_TRI;
    }

    private static final int GGML_OP_FILL = 73;
    /** {@code GGML_OP_FILL = 73} */
    public static int GGML_OP_FILL() {
        return GGML_OP_FILL;
    }

    private static final int GGML_OP_FLASH_ATTN_EXT = 74;
    /** {@code GGML_OP_FLASH_ATTN_EXT = 74} */
    public static int GGML_OP_FLASH_ATTN_EXT() {
        return GGML_OP_FLASH_ATTN_EXT;
    }

    private static final int GGML_OP_FLASH_ATTN_BACK = 75;
    /** {@code GGML_OP_FLASH_ATTN_BACK = 75} */
    public static int GGML_OP_FLASH_ATTN_BACK() {
        return GGML_OP_FLASH_ATTN_BACK;
    }

    private static final int GGML_OP_SSM_CONV = 76;
    /** {@code GGML_OP_SSM_CONV = 76} */
    public static int GGML_OP_SSM_CONV() {
        return GGML_OP_SSM_CONV;
    }

    private static final int GGML_OP_SSM_SCAN = 77;
    /** {@code GGML_OP_SSM_SCAN = 77} */
    public static int GGML_OP_SSM_SCAN() {
        return GGML_OP_SSM_SCAN;
    }

    private static final int GGML_OP_WIN_PART = 78;
    /** {@code GGML_OP_WIN_PART = 78} */
    public static int GGML_OP_WIN_PART() {
        return GGML_OP_WIN_PART;
    }

    private static final int GGML_OP_WIN_UNPART = 79;
    /** {@code GGML_OP_WIN_UNPART = 79} */
    public static int GGML_OP_WIN_UNPART() {
        return GGML_OP_WIN_UNPART;
    }

    private static final int GGML_OP_GET_REL_POS = 80;
    /** {@code GGML_OP_GET_REL_POS = 80} */
    public static int GGML_OP_GET_REL_POS() {
        return GGML_OP_GET_REL_POS;
    }

    private static final int GGML_OP_ADD_REL_POS = 81;
    /** {@code GGML_OP_ADD_REL_POS = 81} */
    public static int GGML_OP_ADD_REL_POS() {
        return GGML_OP_ADD_REL_POS;
    }

    private static final int GGML_OP_RWKV_WKV6 = 82;
    /** {@code GGML_OP_RWKV_WKV6 = 82} */
    public static int GGML_OP_RWKV_WKV6() {
        return GGML_OP_RWKV_WKV6;
    }

    private static final int GGML_OP_GATED_LINEAR_ATTN = 83;
    /** {@code GGML_OP_GATED_LINEAR_ATTN = 83} */
    public static int GGML_OP_GATED_LINEAR_ATTN() {
        return GGML_OP_GATED_LINEAR_ATTN;
    }

    private static final int GGML_OP_RWKV_WKV7 = 84;
    /** {@code GGML_OP_RWKV_WKV7 = 84} */
    public static int GGML_OP_RWKV_WKV7() {
        return GGML_OP_RWKV_WKV7;
    }

    private static final int GGML_OP_SOLVE_TRI = 85;
    /** {@code GGML_OP_SOLVE_TRI = 85} */
    public static int GGML_OP_SOLVE_TRI() {
        return GGML_OP_SOLVE_TRI;
    }

    private static final int GGML_OP_GATED_DELTA_NET = 86;
    /** {@code GGML_OP_GATED_DELTA_NET = 86} */
    public static int GGML_OP_GATED_DELTA_NET() {
        return GGML_OP_GATED_DELTA_NET;
    }

    private static final int GGML_OP_LIGHTNING_INDEXER = 87;
    /** {@code GGML_OP_LIGHTNING_INDEXER = 87} */
    public static int GGML_OP_LIGHTNING_INDEXER() {
        return GGML_OP_LIGHTNING_INDEXER;
    }

    private static final int GGML_OP_DSV4_HC_COMB = 88;
    /** {@code GGML_OP_DSV4_HC_COMB = 88} */
    public static int GGML_OP_DSV4_HC_COMB() {
        return GGML_OP_DSV4_HC_COMB;
    }

    private static final int GGML_OP_DSV4_HC_PRE = 89;
    /** {@code GGML_OP_DSV4_HC_PRE = 89} */
    public static int GGML_OP_DSV4_HC_PRE() {
        return GGML_OP_DSV4_HC_PRE;
    }

    private static final int GGML_OP_DSV4_HC_POST = 90;
    /** {@code GGML_OP_DSV4_HC_POST = 90} */
    public static int GGML_OP_DSV4_HC_POST() {
        return GGML_OP_DSV4_HC_POST;
    }

    private static final int GGML_OP_UNARY = 91;
    /** {@code GGML_OP_UNARY = 91} */
    public static int GGML_OP_UNARY() {
        return GGML_OP_UNARY;
    }

    private static final int GGML_OP_MAP_CUSTOM1 = 92;
    /** {@code GGML_OP_MAP_CUSTOM1 = 92} */
    public static int GGML_OP_MAP_CUSTOM1() {
        return GGML_OP_MAP_CUSTOM1;
    }

    private static final int GGML_OP_MAP_CUSTOM2 = 93;
    /** {@code GGML_OP_MAP_CUSTOM2 = 93} */
    public static int GGML_OP_MAP_CUSTOM2() {
        return GGML_OP_MAP_CUSTOM2;
    }

    private static final int GGML_OP_MAP_CUSTOM3 = 94;
    /** {@code GGML_OP_MAP_CUSTOM3 = 94} */
    public static int GGML_OP_MAP_CUSTOM3() {
        return GGML_OP_MAP_CUSTOM3;
    }

    private static final int GGML_OP_CUSTOM = 95;
    /** {@code GGML_OP_CUSTOM = 95} */
    public static int GGML_OP_CUSTOM() {
        return GGML_OP_CUSTOM;
    }

    private static final int GGML_OP_CROSS_ENTROPY_LOSS = 96;
    /** {@code GGML_OP_CROSS_ENTROPY_LOSS = 96} */
    public static int GGML_OP_CROSS_ENTROPY_LOSS() {
        return GGML_OP_CROSS_ENTROPY_LOSS;
    }

    private static final int GGML_OP_CROSS_ENTROPY_LOSS_BACK = 97;
    /** {@code GGML_OP_CROSS_ENTROPY_LOSS_BACK = 97} */
    public static int GGML_OP_CROSS_ENTROPY_LOSS_BACK() {
        return GGML_OP_CROSS_ENTROPY_LOSS_BACK;
    }

    private static final int GGML_OP_OPT_STEP_ADAMW = 98;
    /** {@code GGML_OP_OPT_STEP_ADAMW = 98} */
    public static int GGML_OP_OPT_STEP_ADAMW() {
        return GGML_OP_OPT_STEP_ADAMW;
    }

    private static final int GGML_OP_OPT_STEP_SGD = 99;
    /** {@code GGML_OP_OPT_STEP_SGD = 99} */
    public static int GGML_OP_OPT_STEP_SGD() {
        return GGML_OP_OPT_STEP_SGD;
    }

    private static final int GGML_OP_GLU = 100;
    /** {@code GGML_OP_GLU = 100} */
    public static int GGML_OP_GLU() {
        return GGML_OP_GLU;
    }

    private static final int GGML_OP_COUNT = 101;
    /** {@code GGML_OP_COUNT = 101} */
    public static int GGML_OP_COUNT() {
        return GGML_OP_COUNT;
    }

    private static final int GGML_UNARY_OP_ABS = 0;
    /** {@code GGML_UNARY_OP_ABS = 0} */
    public static int GGML_UNARY_OP_ABS() {
        return GGML_UNARY_OP_ABS;
    }

    private static final int GGML_UNARY_OP_SGN = 1;
    /** {@code GGML_UNARY_OP_SGN = 1} */
    public static int GGML_UNARY_OP_SGN() {
        return GGML_UNARY_OP_SGN;
    }

    private static final int GGML_UNARY_OP_NEG = 2;
    /** {@code GGML_UNARY_OP_NEG = 2} */
    public static int GGML_UNARY_OP_NEG() {
        return GGML_UNARY_OP_NEG;
    }

    private static final int GGML_UNARY_OP_STEP = 3;
    /** {@code GGML_UNARY_OP_STEP = 3} */
    public static int GGML_UNARY_OP_STEP() {
        return GGML_UNARY_OP_STEP;
    }

    private static final int GGML_UNARY_OP_TANH = 4;
    /** {@code GGML_UNARY_OP_TANH = 4} */
    public static int GGML_UNARY_OP_TANH() {
        return GGML_UNARY_OP_TANH;
    }

    private static final int GGML_UNARY_OP_ELU = 5;
    /** {@code GGML_UNARY_OP_ELU = 5} */
    public static int GGML_UNARY_OP_ELU() {
        return GGML_UNARY_OP_ELU;
    }

    private static final int GGML_UNARY_OP_RELU = 6;
    /** {@code GGML_UNARY_OP_RELU = 6} */
    public static int GGML_UNARY_OP_RELU() {
        return GGML_UNARY_OP_RELU;
    }

    private static final int GGML_UNARY_OP_SIGMOID = 7;
    /** {@code GGML_UNARY_OP_SIGMOID = 7} */
    public static int GGML_UNARY_OP_SIGMOID() {
        return GGML_UNARY_OP_SIGMOID;
    }

    private static final int GGML_UNARY_OP_GELU = 8;
    /** {@code GGML_UNARY_OP_GELU = 8} */
    public static int GGML_UNARY_OP_GELU() {
        return GGML_UNARY_OP_GELU;
    }

    private static final int GGML_UNARY_OP_GELU_QUICK = 9;
    /** {@code GGML_UNARY_OP_GELU_QUICK = 9} */
    public static int GGML_UNARY_OP_GELU_QUICK() {
        return GGML_UNARY_OP_GELU_QUICK;
    }

    private static final int GGML_UNARY_OP_SILU = 10;
    /** {@code GGML_UNARY_OP_SILU = 10} */
    public static int GGML_UNARY_OP_SILU() {
        return GGML_UNARY_OP_SILU;
    }

    private static final int GGML_UNARY_OP_HARDSWISH = 11;
    /** {@code GGML_UNARY_OP_HARDSWISH = 11} */
    public static int GGML_UNARY_OP_HARDSWISH() {
        return GGML_UNARY_OP_HARDSWISH;
    }

    private static final int GGML_UNARY_OP_HARDSIGMOID = 12;
    /** {@code GGML_UNARY_OP_HARDSIGMOID = 12} */
    public static int GGML_UNARY_OP_HARDSIGMOID() {
        return GGML_UNARY_OP_HARDSIGMOID;
    }

    private static final int GGML_UNARY_OP_EXP = 13;
    /** {@code GGML_UNARY_OP_EXP = 13} */
    public static int GGML_UNARY_OP_EXP() {
        return GGML_UNARY_OP_EXP;
    }

    private static final int GGML_UNARY_OP_EXPM1 = 14;
    /** {@code GGML_UNARY_OP_EXPM1 = 14} */
    public static int GGML_UNARY_OP_EXPM1() {
        return GGML_UNARY_OP_EXPM1;
    }

    private static final int GGML_UNARY_OP_SOFTPLUS = 15;
    /** {@code GGML_UNARY_OP_SOFTPLUS = 15} */
    public static int GGML_UNARY_OP_SOFTPLUS() {
        return GGML_UNARY_OP_SOFTPLUS;
    }

    private static final int GGML_UNARY_OP_GELU_ERF = 16;
    /** {@code GGML_UNARY_OP_GELU_ERF = 16} */
    public static int GGML_UNARY_OP_GELU_ERF() {
        return GGML_UNARY_OP_GELU_ERF;
    }

    private static final int GGML_UNARY_OP_XIELU = 17;
    /** {@code GGML_UNARY_OP_XIELU = 17} */
    public static int GGML_UNARY_OP_XIELU() {
        return GGML_UNARY_OP_XIELU;
    }

    private static final int GGML_UNARY_OP_FLOOR = 18;
    /** {@code GGML_UNARY_OP_FLOOR = 18} */
    public static int GGML_UNARY_OP_FLOOR() {
        return GGML_UNARY_OP_FLOOR;
    }

    private static final int GGML_UNARY_OP_CEIL = 19;
    /** {@code GGML_UNARY_OP_CEIL = 19} */
    public static int GGML_UNARY_OP_CEIL() {
        return GGML_UNARY_OP_CEIL;
    }

    private static final int GGML_UNARY_OP_ROUND = 20;
    /** {@code GGML_UNARY_OP_ROUND = 20} */
    public static int GGML_UNARY_OP_ROUND() {
        return GGML_UNARY_OP_ROUND;
    }

    private static final int GGML_UNARY_OP_TRUNC = 21;
    /** {@code GGML_UNARY_OP_TRUNC = 21} */
    public static int GGML_UNARY_OP_TRUNC() {
        return GGML_UNARY_OP_TRUNC;
    }

    private static final int GGML_UNARY_OP_COUNT = 22;
    /** {@code GGML_UNARY_OP_COUNT = 22} */
    public static int GGML_UNARY_OP_COUNT() {
        return GGML_UNARY_OP_COUNT;
    }

    private static final int GGML_GLU_OP_REGLU = 0;
    /** {@code GGML_GLU_OP_REGLU = 0} */
    public static int GGML_GLU_OP_REGLU() {
        return GGML_GLU_OP_REGLU;
    }

    private static final int GGML_GLU_OP_GEGLU = 1;
    /** {@code GGML_GLU_OP_GEGLU = 1} */
    public static int GGML_GLU_OP_GEGLU() {
        return GGML_GLU_OP_GEGLU;
    }

    private static final int GGML_GLU_OP_SWIGLU = 2;
    /** {@code GGML_GLU_OP_SWIGLU = 2} */
    public static int GGML_GLU_OP_SWIGLU() {
        return GGML_GLU_OP_SWIGLU;
    }

    private static final int GGML_GLU_OP_SWIGLU_OAI = 3;
    /** {@code GGML_GLU_OP_SWIGLU_OAI = 3} */
    public static int GGML_GLU_OP_SWIGLU_OAI() {
        return GGML_GLU_OP_SWIGLU_OAI;
    }

    private static final int GGML_GLU_OP_GEGLU_ERF = 4;
    /** {@code GGML_GLU_OP_GEGLU_ERF = 4} */
    public static int GGML_GLU_OP_GEGLU_ERF() {
        return GGML_GLU_OP_GEGLU_ERF;
    }

    private static final int GGML_GLU_OP_GEGLU_QUICK = 5;
    /** {@code GGML_GLU_OP_GEGLU_QUICK = 5} */
    public static int GGML_GLU_OP_GEGLU_QUICK() {
        return GGML_GLU_OP_GEGLU_QUICK;
    }

    private static final int GGML_GLU_OP_SWIGLU_CLAMP = 6;
    /** {@code GGML_GLU_OP_SWIGLU_CLAMP = 6} */
    public static int GGML_GLU_OP_SWIGLU_CLAMP() {
        return GGML_GLU_OP_SWIGLU_CLAMP;
    }

    private static final int GGML_GLU_OP_COUNT = 7;
    /** {@code GGML_GLU_OP_COUNT = 7} */
    public static int GGML_GLU_OP_COUNT() {
        return GGML_GLU_OP_COUNT;
    }

    private static final int GGML_OBJECT_TYPE_TENSOR = 0;
    /** {@code GGML_OBJECT_TYPE_TENSOR = 0} */
    public static int GGML_OBJECT_TYPE_TENSOR() {
        return GGML_OBJECT_TYPE_TENSOR;
    }

    private static final int GGML_OBJECT_TYPE_GRAPH = 1;
    /** {@code GGML_OBJECT_TYPE_GRAPH = 1} */
    public static int GGML_OBJECT_TYPE_GRAPH() {
        return GGML_OBJECT_TYPE_GRAPH;
    }

    private static final int GGML_OBJECT_TYPE_WORK_BUFFER = 2;
    /** {@code GGML_OBJECT_TYPE_WORK_BUFFER = 2} */
    public static int GGML_OBJECT_TYPE_WORK_BUFFER() {
        return GGML_OBJECT_TYPE_WORK_BUFFER;
    }

    private static final int GGML_LOG_LEVEL_NONE = 0;
    /** {@code GGML_LOG_LEVEL_NONE = 0} */
    public static int GGML_LOG_LEVEL_NONE() {
        return GGML_LOG_LEVEL_NONE;
    }

    private static final int GGML_LOG_LEVEL_DEBUG = 1;
    /** {@code GGML_LOG_LEVEL_DEBUG = 1} */
    public static int GGML_LOG_LEVEL_DEBUG() {
        return GGML_LOG_LEVEL_DEBUG;
    }

    private static final int GGML_LOG_LEVEL_INFO = 2;
    /** {@code GGML_LOG_LEVEL_INFO = 2} */
    public static int GGML_LOG_LEVEL_INFO() {
        return GGML_LOG_LEVEL_INFO;
    }

    private static final int GGML_LOG_LEVEL_WARN = 3;
    /** {@code GGML_LOG_LEVEL_WARN = 3} */
    public static int GGML_LOG_LEVEL_WARN() {
        return GGML_LOG_LEVEL_WARN;
    }

    private static final int GGML_LOG_LEVEL_ERROR = 4;
    /** {@code GGML_LOG_LEVEL_ERROR = 4} */
    public static int GGML_LOG_LEVEL_ERROR() {
        return GGML_LOG_LEVEL_ERROR;
    }

    private static final int GGML_LOG_LEVEL_CONT = 5;
    /** {@code GGML_LOG_LEVEL_CONT = 5} */
    public static int GGML_LOG_LEVEL_CONT() {
        return GGML_LOG_LEVEL_CONT;
    }

    private static final int GGML_TENSOR_FLAG_INPUT = 1;
    /** {@code GGML_TENSOR_FLAG_INPUT = 1} */
    public static int GGML_TENSOR_FLAG_INPUT() {
        return GGML_TENSOR_FLAG_INPUT;
    }

    private static final int GGML_TENSOR_FLAG_OUTPUT = 2;
    /** {@code GGML_TENSOR_FLAG_OUTPUT = 2} */
    public static int GGML_TENSOR_FLAG_OUTPUT() {
        return GGML_TENSOR_FLAG_OUTPUT;
    }

    private static final int GGML_TENSOR_FLAG_PARAM = 4;
    /** {@code GGML_TENSOR_FLAG_PARAM = 4} */
    public static int GGML_TENSOR_FLAG_PARAM() {
        return GGML_TENSOR_FLAG_PARAM;
    }

    private static final int GGML_TENSOR_FLAG_LOSS = 8;
    /** {@code GGML_TENSOR_FLAG_LOSS = 8} */
    public static int GGML_TENSOR_FLAG_LOSS() {
        return GGML_TENSOR_FLAG_LOSS;
    }

    private static final int GGML_TENSOR_FLAG_COMPUTE = 16;
    /** {@code GGML_TENSOR_FLAG_COMPUTE = 16} */
    public static int GGML_TENSOR_FLAG_COMPUTE() {
        return GGML_TENSOR_FLAG_COMPUTE;
    }

    private static final int GGML_TRI_TYPE_UPPER_DIAG = 0;
    /** {@code GGML_TRI_TYPE_UPPER_DIAG = 0} */
    public static int GGML_TRI_TYPE_UPPER_DIAG() {
        return GGML_TRI_TYPE_UPPER_DIAG;
    }

    private static final int GGML_TRI_TYPE_UPPER = 1;
    /** {@code GGML_TRI_TYPE_UPPER = 1} */
    public static int GGML_TRI_TYPE_UPPER() {
        return GGML_TRI_TYPE_UPPER;
    }

    private static final int GGML_TRI_TYPE_LOWER_DIAG = 2;
    /** {@code GGML_TRI_TYPE_LOWER_DIAG = 2} */
    public static int GGML_TRI_TYPE_LOWER_DIAG() {
        return GGML_TRI_TYPE_LOWER_DIAG;
    }

    private static final int GGML_TRI_TYPE_LOWER = 3;
    /** {@code GGML_TRI_TYPE_LOWER = 3} */
    public static int GGML_TRI_TYPE_LOWER() {
        return GGML_TRI_TYPE_LOWER;
    }

    private static final int GGML_OP_POOL_MAX = 0;
    /** {@code GGML_OP_POOL_MAX = 0} */
    public static int GGML_OP_POOL_MAX() {
        return GGML_OP_POOL_MAX;
    }

    private static final int GGML_OP_POOL_AVG = 1;
    /** {@code GGML_OP_POOL_AVG = 1} */
    public static int GGML_OP_POOL_AVG() {
        return GGML_OP_POOL_AVG;
    }

    private static final int GGML_OP_POOL_COUNT = 2;
    /** {@code GGML_OP_POOL_COUNT = 2} */
    public static int GGML_OP_POOL_COUNT() {
        return GGML_OP_POOL_COUNT;
    }

    private static final int GGML_SCALE_MODE_NEAREST = 0;
    /** {@code GGML_SCALE_MODE_NEAREST = 0} */
    public static int GGML_SCALE_MODE_NEAREST() {
        return GGML_SCALE_MODE_NEAREST;
    }

    private static final int GGML_SCALE_MODE_BILINEAR = 1;
    /** {@code GGML_SCALE_MODE_BILINEAR = 1} */
    public static int GGML_SCALE_MODE_BILINEAR() {
        return GGML_SCALE_MODE_BILINEAR;
    }

    private static final int GGML_SCALE_MODE_BICUBIC = 2;
    /** {@code GGML_SCALE_MODE_BICUBIC = 2} */
    public static int GGML_SCALE_MODE_BICUBIC() {
        return GGML_SCALE_MODE_BICUBIC;
    }

    private static final int GGML_SCALE_MODE_COUNT = 3;
    /** {@code GGML_SCALE_MODE_COUNT = 3} */
    public static int GGML_SCALE_MODE_COUNT() {
        return GGML_SCALE_MODE_COUNT;
    }

    private static final int GGML_SCALE_FLAG_ALIGN_CORNERS = 256;
    /** {@code GGML_SCALE_FLAG_ALIGN_CORNERS = 256} */
    public static int GGML_SCALE_FLAG_ALIGN_CORNERS() {
        return GGML_SCALE_FLAG_ALIGN_CORNERS;
    }

    private static final int GGML_SCALE_FLAG_ANTIALIAS = 512;
    /** {@code GGML_SCALE_FLAG_ANTIALIAS = 512} */
    public static int GGML_SCALE_FLAG_ANTIALIAS() {
        return GGML_SCALE_FLAG_ANTIALIAS;
    }

    private static final int GGML_SORT_ORDER_ASC = 0;
    /** {@code GGML_SORT_ORDER_ASC = 0} */
    public static int GGML_SORT_ORDER_ASC() {
        return GGML_SORT_ORDER_ASC;
    }

    private static final int GGML_SORT_ORDER_DESC = 1;
    /** {@code GGML_SORT_ORDER_DESC = 1} */
    public static int GGML_SORT_ORDER_DESC() {
        return GGML_SORT_ORDER_DESC;
    }

    private static final int GGML_SCHED_PRIO_LOW = -1;
    /** {@code GGML_SCHED_PRIO_LOW = -1} */
    public static int GGML_SCHED_PRIO_LOW() {
        return GGML_SCHED_PRIO_LOW;
    }

    private static final int GGML_SCHED_PRIO_NORMAL = 0;
    /** {@code GGML_SCHED_PRIO_NORMAL = 0} */
    public static int GGML_SCHED_PRIO_NORMAL() {
        return GGML_SCHED_PRIO_NORMAL;
    }

    private static final int GGML_SCHED_PRIO_MEDIUM = 1;
    /** {@code GGML_SCHED_PRIO_MEDIUM = 1} */
    public static int GGML_SCHED_PRIO_MEDIUM() {
        return GGML_SCHED_PRIO_MEDIUM;
    }

    private static final int GGML_SCHED_PRIO_HIGH = 2;
    /** {@code GGML_SCHED_PRIO_HIGH = 2} */
    public static int GGML_SCHED_PRIO_HIGH() {
        return GGML_SCHED_PRIO_HIGH;
    }

    private static final int GGML_SCHED_PRIO_REALTIME = 3;
    /** {@code GGML_SCHED_PRIO_REALTIME = 3} */
    public static int GGML_SCHED_PRIO_REALTIME() {
        return GGML_SCHED_PRIO_REALTIME;
    }

    private static final int GGML_BACKEND_BUFFER_USAGE_ANY = 0;
    /** {@code GGML_BACKEND_BUFFER_USAGE_ANY = 0} */
    public static int GGML_BACKEND_BUFFER_USAGE_ANY() {
        return GGML_BACKEND_BUFFER_USAGE_ANY;
    }

    private static final int GGML_BACKEND_BUFFER_USAGE_WEIGHTS = 1;
    /** {@code GGML_BACKEND_BUFFER_USAGE_WEIGHTS = 1} */
    public static int GGML_BACKEND_BUFFER_USAGE_WEIGHTS() {
        return GGML_BACKEND_BUFFER_USAGE_WEIGHTS;
    }

    private static final int GGML_BACKEND_BUFFER_USAGE_COMPUTE = 2;
    /** {@code GGML_BACKEND_BUFFER_USAGE_COMPUTE = 2} */
    public static int GGML_BACKEND_BUFFER_USAGE_COMPUTE() {
        return GGML_BACKEND_BUFFER_USAGE_COMPUTE;
    }

    private static final int GGML_BACKEND_DEVICE_TYPE_CPU = 0;
    /** {@code GGML_BACKEND_DEVICE_TYPE_CPU = 0} */
    public static int GGML_BACKEND_DEVICE_TYPE_CPU() {
        return GGML_BACKEND_DEVICE_TYPE_CPU;
    }

    private static final int GGML_BACKEND_DEVICE_TYPE_GPU = 1;
    /** {@code GGML_BACKEND_DEVICE_TYPE_GPU = 1} */
    public static int GGML_BACKEND_DEVICE_TYPE_GPU() {
        return GGML_BACKEND_DEVICE_TYPE_GPU;
    }

    private static final int GGML_BACKEND_DEVICE_TYPE_IGPU = 2;
    /** {@code GGML_BACKEND_DEVICE_TYPE_IGPU = 2} */
    public static int GGML_BACKEND_DEVICE_TYPE_IGPU() {
        return GGML_BACKEND_DEVICE_TYPE_IGPU;
    }

    private static final int GGML_BACKEND_DEVICE_TYPE_ACCEL = 3;
    /** {@code GGML_BACKEND_DEVICE_TYPE_ACCEL = 3} */
    public static int GGML_BACKEND_DEVICE_TYPE_ACCEL() {
        return GGML_BACKEND_DEVICE_TYPE_ACCEL;
    }

    private static final int GGML_BACKEND_DEVICE_TYPE_META = 4;
    /** {@code GGML_BACKEND_DEVICE_TYPE_META = 4} */
    public static int GGML_BACKEND_DEVICE_TYPE_META() {
        return GGML_BACKEND_DEVICE_TYPE_META;
    }

    private static final int GGML_BACKEND_SPLIT_AXIS_0 = 0;
    /** {@code GGML_BACKEND_SPLIT_AXIS_0 = 0} */
    public static int GGML_BACKEND_SPLIT_AXIS_0() {
        return GGML_BACKEND_SPLIT_AXIS_0;
    }

    private static final int GGML_BACKEND_SPLIT_AXIS_1 = 1;
    /** {@code GGML_BACKEND_SPLIT_AXIS_1 = 1} */
    public static int GGML_BACKEND_SPLIT_AXIS_1() {
        return GGML_BACKEND_SPLIT_AXIS_1;
    }

    private static final int GGML_BACKEND_SPLIT_AXIS_2 = 2;
    /** {@code GGML_BACKEND_SPLIT_AXIS_2 = 2} */
    public static int GGML_BACKEND_SPLIT_AXIS_2() {
        return GGML_BACKEND_SPLIT_AXIS_2;
    }

    private static final int GGML_BACKEND_SPLIT_AXIS_3 = 3;
    /** {@code GGML_BACKEND_SPLIT_AXIS_3 = 3} */
    public static int GGML_BACKEND_SPLIT_AXIS_3() {
        return GGML_BACKEND_SPLIT_AXIS_3;
    }

    private static final int GGML_BACKEND_SPLIT_AXIS_MIRRORED = 10;
    /** {@code GGML_BACKEND_SPLIT_AXIS_MIRRORED = 10} */
    public static int GGML_BACKEND_SPLIT_AXIS_MIRRORED() {
        return GGML_BACKEND_SPLIT_AXIS_MIRRORED;
    }

    private static final int GGML_BACKEND_SPLIT_AXIS_PARTIAL = 11;
    /** {@code GGML_BACKEND_SPLIT_AXIS_PARTIAL = 11} */
    public static int GGML_BACKEND_SPLIT_AXIS_PARTIAL() {
        return GGML_BACKEND_SPLIT_AXIS_PARTIAL;
    }

    private static final int GGML_BACKEND_SPLIT_AXIS_NONE = 98;
    /** {@code GGML_BACKEND_SPLIT_AXIS_NONE = 98} */
    public static int GGML_BACKEND_SPLIT_AXIS_NONE() {
        return GGML_BACKEND_SPLIT_AXIS_NONE;
    }

    private static final int GGML_BACKEND_SPLIT_AXIS_UNKNOWN = 99;
    /** {@code GGML_BACKEND_SPLIT_AXIS_UNKNOWN = 99} */
    public static int GGML_BACKEND_SPLIT_AXIS_UNKNOWN() {
        return GGML_BACKEND_SPLIT_AXIS_UNKNOWN;
    }

    private static final int GGML_NUMA_STRATEGY_DISABLED = 0;
    /** {@code GGML_NUMA_STRATEGY_DISABLED = 0} */
    public static int GGML_NUMA_STRATEGY_DISABLED() {
        return GGML_NUMA_STRATEGY_DISABLED;
    }

    private static final int GGML_NUMA_STRATEGY_DISTRIBUTE = 1;
    /** {@code GGML_NUMA_STRATEGY_DISTRIBUTE = 1} */
    public static int GGML_NUMA_STRATEGY_DISTRIBUTE() {
        return GGML_NUMA_STRATEGY_DISTRIBUTE;
    }

    private static final int GGML_NUMA_STRATEGY_ISOLATE = 2;
    /** {@code GGML_NUMA_STRATEGY_ISOLATE = 2} */
    public static int GGML_NUMA_STRATEGY_ISOLATE() {
        return GGML_NUMA_STRATEGY_ISOLATE;
    }

    private static final int GGML_NUMA_STRATEGY_NUMACTL = 3;
    /** {@code GGML_NUMA_STRATEGY_NUMACTL = 3} */
    public static int GGML_NUMA_STRATEGY_NUMACTL() {
        return GGML_NUMA_STRATEGY_NUMACTL;
    }

    private static final int GGML_NUMA_STRATEGY_MIRROR = 4;
    /** {@code GGML_NUMA_STRATEGY_MIRROR = 4} */
    public static int GGML_NUMA_STRATEGY_MIRROR() {
        return GGML_NUMA_STRATEGY_MIRROR;
    }

    private static final int GGML_NUMA_STRATEGY_COUNT = 5;
    /** {@code GGML_NUMA_STRATEGY_COUNT = 5} */
    public static int GGML_NUMA_STRATEGY_COUNT() {
        return GGML_NUMA_STRATEGY_COUNT;
    }

    private static final int GGML_OPT_LOSS_TYPE_MEAN = 0;
    /** {@code GGML_OPT_LOSS_TYPE_MEAN = 0} */
    public static int GGML_OPT_LOSS_TYPE_MEAN() {
        return GGML_OPT_LOSS_TYPE_MEAN;
    }

    private static final int GGML_OPT_LOSS_TYPE_SUM = 1;
    /** {@code GGML_OPT_LOSS_TYPE_SUM = 1} */
    public static int GGML_OPT_LOSS_TYPE_SUM() {
        return GGML_OPT_LOSS_TYPE_SUM;
    }

    private static final int GGML_OPT_LOSS_TYPE_CROSS_ENTROPY = 2;
    /** {@code GGML_OPT_LOSS_TYPE_CROSS_ENTROPY = 2} */
    public static int GGML_OPT_LOSS_TYPE_CROSS_ENTROPY() {
        return GGML_OPT_LOSS_TYPE_CROSS_ENTROPY;
    }

    private static final int GGML_OPT_LOSS_TYPE_MEAN_SQUARED_ERROR = 3;
    /** {@code GGML_OPT_LOSS_TYPE_MEAN_SQUARED_ERROR = 3} */
    public static int GGML_OPT_LOSS_TYPE_MEAN_SQUARED_ERROR() {
        return GGML_OPT_LOSS_TYPE_MEAN_SQUARED_ERROR;
    }

    private static final int GGML_OPT_BUILD_TYPE_FORWARD = 10;
    /** {@code GGML_OPT_BUILD_TYPE_FORWARD = 10} */
    public static int GGML_OPT_BUILD_TYPE_FORWARD() {
        return GGML_OPT_BUILD_TYPE_FORWARD;
    }

    private static final int GGML_OPT_BUILD_TYPE_GRAD = 20;
    /** {@code GGML_OPT_BUILD_TYPE_GRAD = 20} */
    public static int GGML_OPT_BUILD_TYPE_GRAD() {
        return GGML_OPT_BUILD_TYPE_GRAD;
    }

    private static final int GGML_OPT_BUILD_TYPE_OPT = 30;
    /** {@code GGML_OPT_BUILD_TYPE_OPT = 30} */
    public static int GGML_OPT_BUILD_TYPE_OPT() {
        return GGML_OPT_BUILD_TYPE_OPT;
    }

    private static final int GGML_OPT_OPTIMIZER_TYPE_ADAMW = 0;
    /** {@code GGML_OPT_OPTIMIZER_TYPE_ADAMW = 0} */
    public static int GGML_OPT_OPTIMIZER_TYPE_ADAMW() {
        return GGML_OPT_OPTIMIZER_TYPE_ADAMW;
    }

    private static final int GGML_OPT_OPTIMIZER_TYPE_SGD = 1;
    /** {@code GGML_OPT_OPTIMIZER_TYPE_SGD = 1} */
    public static int GGML_OPT_OPTIMIZER_TYPE_SGD() {
        return GGML_OPT_OPTIMIZER_TYPE_SGD;
    }

    private static final int GGML_OPT_OPTIMIZER_TYPE_COUNT = 2;
    /** {@code GGML_OPT_OPTIMIZER_TYPE_COUNT = 2} */
    public static int GGML_OPT_OPTIMIZER_TYPE_COUNT() {
        return GGML_OPT_OPTIMIZER_TYPE_COUNT;
    }

    private static final int GGUF_TYPE_UINT8 = 0;
    /** {@code GGUF_TYPE_UINT8 = 0} */
    public static int GGUF_TYPE_UINT8() {
        return GGUF_TYPE_UINT8;
    }

    private static final int GGUF_TYPE_INT8 = 1;
    /** {@code GGUF_TYPE_INT8 = 1} */
    public static int GGUF_TYPE_INT8() {
        return GGUF_TYPE_INT8;
    }

    private static final int GGUF_TYPE_UINT16 = 2;
    /** {@code GGUF_TYPE_UINT16 = 2} */
    public static int GGUF_TYPE_UINT16() {
        return GGUF_TYPE_UINT16;
    }

    private static final int GGUF_TYPE_INT16 = 3;
    /** {@code GGUF_TYPE_INT16 = 3} */
    public static int GGUF_TYPE_INT16() {
        return GGUF_TYPE_INT16;
    }

    private static final int GGUF_TYPE_UINT32 = 4;
    /** {@code GGUF_TYPE_UINT32 = 4} */
    public static int GGUF_TYPE_UINT32() {
        return GGUF_TYPE_UINT32;
    }

    private static final int GGUF_TYPE_INT32 = 5;
    /** {@code GGUF_TYPE_INT32 = 5} */
    public static int GGUF_TYPE_INT32() {
        return GGUF_TYPE_INT32;
    }

    private static final int GGUF_TYPE_FLOAT32 = 6;
    /** {@code GGUF_TYPE_FLOAT32 = 6} */
    public static int GGUF_TYPE_FLOAT32() {
        return GGUF_TYPE_FLOAT32;
    }

    private static final int GGUF_TYPE_BOOL = 7;
    /** {@code GGUF_TYPE_BOOL = 7} */
    public static int GGUF_TYPE_BOOL() {
        return GGUF_TYPE_BOOL;
    }

    private static final int GGUF_TYPE_STRING = 8;
    /** {@code GGUF_TYPE_STRING = 8} */
    public static int GGUF_TYPE_STRING() {
        return GGUF_TYPE_STRING;
    }

    private static final int GGUF_TYPE_ARRAY = 9;
    /** {@code GGUF_TYPE_ARRAY = 9} */
    public static int GGUF_TYPE_ARRAY() {
        return GGUF_TYPE_ARRAY;
    }

    private static final int GGUF_TYPE_UINT64 = 10;
    /** {@code GGUF_TYPE_UINT64 = 10} */
    public static int GGUF_TYPE_UINT64() {
        return GGUF_TYPE_UINT64;
    }

    private static final int GGUF_TYPE_INT64 = 11;
    /** {@code GGUF_TYPE_INT64 = 11} */
    public static int GGUF_TYPE_INT64() {
        return GGUF_TYPE_INT64;
    }

    private static final int GGUF_TYPE_FLOAT64 = 12;
    /** {@code GGUF_TYPE_FLOAT64 = 12} */
    public static int GGUF_TYPE_FLOAT64() {
        return GGUF_TYPE_FLOAT64;
    }

    private static final int GGUF_TYPE_COUNT = 13;
    /** {@code GGUF_TYPE_COUNT = 13} */
    public static int GGUF_TYPE_COUNT() {
        return GGUF_TYPE_COUNT;
    }

    private static final int LLAMA_VOCAB_TYPE_NONE = 0;
    /** {@code LLAMA_VOCAB_TYPE_NONE = 0} */
    public static int LLAMA_VOCAB_TYPE_NONE() {
        return LLAMA_VOCAB_TYPE_NONE;
    }

    private static final int LLAMA_VOCAB_TYPE_SPM = 1;
    /** {@code LLAMA_VOCAB_TYPE_SPM = 1} */
    public static int LLAMA_VOCAB_TYPE_SPM() {
        return LLAMA_VOCAB_TYPE_SPM;
    }

    private static final int LLAMA_VOCAB_TYPE_BPE = 2;
    /** {@code LLAMA_VOCAB_TYPE_BPE = 2} */
    public static int LLAMA_VOCAB_TYPE_BPE() {
        return LLAMA_VOCAB_TYPE_BPE;
    }

    private static final int LLAMA_VOCAB_TYPE_WPM = 3;
    /** {@code LLAMA_VOCAB_TYPE_WPM = 3} */
    public static int LLAMA_VOCAB_TYPE_WPM() {
        return LLAMA_VOCAB_TYPE_WPM;
    }

    private static final int LLAMA_VOCAB_TYPE_UGM = 4;
    /** {@code LLAMA_VOCAB_TYPE_UGM = 4} */
    public static int LLAMA_VOCAB_TYPE_UGM() {
        return LLAMA_VOCAB_TYPE_UGM;
    }

    private static final int LLAMA_VOCAB_TYPE_RWKV = 5;
    /** {@code LLAMA_VOCAB_TYPE_RWKV = 5} */
    public static int LLAMA_VOCAB_TYPE_RWKV() {
        return LLAMA_VOCAB_TYPE_RWKV;
    }

    private static final int LLAMA_VOCAB_TYPE_PLAMO2 = 6;
    /** {@code LLAMA_VOCAB_TYPE_PLAMO2 = 6} */
    public static int LLAMA_VOCAB_TYPE_PLAMO2() {
        return LLAMA_VOCAB_TYPE_PLAMO2;
    }

    private static final int LLAMA_VOCAB_TYPE_TEST = 7;
    /** {@code LLAMA_VOCAB_TYPE_TEST = 7} */
    public static int LLAMA_VOCAB_TYPE_TEST() {
        return LLAMA_VOCAB_TYPE_TEST;
    }

    private static final int LLAMA_ROPE_TYPE_NONE = -1;
    /** {@code LLAMA_ROPE_TYPE_NONE = -1} */
    public static int LLAMA_ROPE_TYPE_NONE() {
        return LLAMA_ROPE_TYPE_NONE;
    }

    private static final int LLAMA_ROPE_TYPE_NORM = 0;
    /** {@code LLAMA_ROPE_TYPE_NORM = 0} */
    public static int LLAMA_ROPE_TYPE_NORM() {
        return LLAMA_ROPE_TYPE_NORM;
    }

    private static final int LLAMA_ROPE_TYPE_NEOX = 2;
    /** {@code LLAMA_ROPE_TYPE_NEOX = 2} */
    public static int LLAMA_ROPE_TYPE_NEOX() {
        return LLAMA_ROPE_TYPE_NEOX;
    }

    private static final int LLAMA_ROPE_TYPE_MROPE = 8;
    /** {@code LLAMA_ROPE_TYPE_MROPE = 8} */
    public static int LLAMA_ROPE_TYPE_MROPE() {
        return LLAMA_ROPE_TYPE_MROPE;
    }

    private static final int LLAMA_ROPE_TYPE_IMROPE = 40;
    /** {@code LLAMA_ROPE_TYPE_IMROPE = 40} */
    public static int LLAMA_ROPE_TYPE_IMROPE() {
        return LLAMA_ROPE_TYPE_IMROPE;
    }

    private static final int LLAMA_ROPE_TYPE_VISION = 24;
    /** {@code LLAMA_ROPE_TYPE_VISION = 24} */
    public static int LLAMA_ROPE_TYPE_VISION() {
        return LLAMA_ROPE_TYPE_VISION;
    }

    private static final int LLAMA_TOKEN_TYPE_UNDEFINED = 0;
    /** {@code LLAMA_TOKEN_TYPE_UNDEFINED = 0} */
    public static int LLAMA_TOKEN_TYPE_UNDEFINED() {
        return LLAMA_TOKEN_TYPE_UNDEFINED;
    }

    private static final int LLAMA_TOKEN_TYPE_NORMAL = 1;
    /** {@code LLAMA_TOKEN_TYPE_NORMAL = 1} */
    public static int LLAMA_TOKEN_TYPE_NORMAL() {
        return LLAMA_TOKEN_TYPE_NORMAL;
    }

    private static final int LLAMA_TOKEN_TYPE_UNKNOWN = 2;
    /** {@code LLAMA_TOKEN_TYPE_UNKNOWN = 2} */
    public static int LLAMA_TOKEN_TYPE_UNKNOWN() {
        return LLAMA_TOKEN_TYPE_UNKNOWN;
    }

    private static final int LLAMA_TOKEN_TYPE_CONTROL = 3;
    /** {@code LLAMA_TOKEN_TYPE_CONTROL = 3} */
    public static int LLAMA_TOKEN_TYPE_CONTROL() {
        return LLAMA_TOKEN_TYPE_CONTROL;
    }

    private static final int LLAMA_TOKEN_TYPE_USER_DEFINED = 4;
    /** {@code LLAMA_TOKEN_TYPE_USER_DEFINED = 4} */
    public static int LLAMA_TOKEN_TYPE_USER_DEFINED() {
        return LLAMA_TOKEN_TYPE_USER_DEFINED;
    }

    private static final int LLAMA_TOKEN_TYPE_UNUSED = 5;
    /** {@code LLAMA_TOKEN_TYPE_UNUSED = 5} */
    public static int LLAMA_TOKEN_TYPE_UNUSED() {
        return LLAMA_TOKEN_TYPE_UNUSED;
    }

    private static final int LLAMA_TOKEN_TYPE_BYTE = 6;
    /** {@code LLAMA_TOKEN_TYPE_BYTE = 6} */
    public static int LLAMA_TOKEN_TYPE_BYTE() {
        return LLAMA_TOKEN_TYPE_BYTE;
    }

    private static final int LLAMA_TOKEN_ATTR_UNDEFINED = 0;
    /** {@code LLAMA_TOKEN_ATTR_UNDEFINED = 0} */
    public static int LLAMA_TOKEN_ATTR_UNDEFINED() {
        return LLAMA_TOKEN_ATTR_UNDEFINED;
    }

    private static final int LLAMA_TOKEN_ATTR_UNKNOWN = 1;
    /** {@code LLAMA_TOKEN_ATTR_UNKNOWN = 1} */
    public static int LLAMA_TOKEN_ATTR_UNKNOWN() {
        return LLAMA_TOKEN_ATTR_UNKNOWN;
    }

    private static final int LLAMA_TOKEN_ATTR_UNUSED = 2;
    /** {@code LLAMA_TOKEN_ATTR_UNUSED = 2} */
    public static int LLAMA_TOKEN_ATTR_UNUSED() {
        return LLAMA_TOKEN_ATTR_UNUSED;
    }

    private static final int LLAMA_TOKEN_ATTR_NORMAL = 4;
    /** {@code LLAMA_TOKEN_ATTR_NORMAL = 4} */
    public static int LLAMA_TOKEN_ATTR_NORMAL() {
        return LLAMA_TOKEN_ATTR_NORMAL;
    }

    private static final int LLAMA_TOKEN_ATTR_CONTROL = 8;
    /** {@code LLAMA_TOKEN_ATTR_CONTROL = 8} */
    public static int LLAMA_TOKEN_ATTR_CONTROL() {
        return LLAMA_TOKEN_ATTR_CONTROL;
    }

    private static final int LLAMA_TOKEN_ATTR_USER_DEFINED = 16;
    /** {@code LLAMA_TOKEN_ATTR_USER_DEFINED = 16} */
    public static int LLAMA_TOKEN_ATTR_USER_DEFINED() {
        return LLAMA_TOKEN_ATTR_USER_DEFINED;
    }

    private static final int LLAMA_TOKEN_ATTR_BYTE = 32;
    /** {@code LLAMA_TOKEN_ATTR_BYTE = 32} */
    public static int LLAMA_TOKEN_ATTR_BYTE() {
        return LLAMA_TOKEN_ATTR_BYTE;
    }

    private static final int LLAMA_TOKEN_ATTR_NORMALIZED = 64;
    /** {@code LLAMA_TOKEN_ATTR_NORMALIZED = 64} */
    public static int LLAMA_TOKEN_ATTR_NORMALIZED() {
        return LLAMA_TOKEN_ATTR_NORMALIZED;
    }

    private static final int LLAMA_TOKEN_ATTR_LSTRIP = 128;
    /** {@code LLAMA_TOKEN_ATTR_LSTRIP = 128} */
    public static int LLAMA_TOKEN_ATTR_LSTRIP() {
        return LLAMA_TOKEN_ATTR_LSTRIP;
    }

    private static final int LLAMA_TOKEN_ATTR_RSTRIP = 256;
    /** {@code LLAMA_TOKEN_ATTR_RSTRIP = 256} */
    public static int LLAMA_TOKEN_ATTR_RSTRIP() {
        return LLAMA_TOKEN_ATTR_RSTRIP;
    }

    private static final int LLAMA_TOKEN_ATTR_SINGLE_WORD = 512;
    /** {@code LLAMA_TOKEN_ATTR_SINGLE_WORD = 512} */
    public static int LLAMA_TOKEN_ATTR_SINGLE_WORD() {
        return LLAMA_TOKEN_ATTR_SINGLE_WORD;
    }

    private static final int LLAMA_FTYPE_ALL_F32 = 0;
    /** {@code LLAMA_FTYPE_ALL_F32 = 0} */
    public static int LLAMA_FTYPE_ALL_F32() {
        return LLAMA_FTYPE_ALL_F32;
    }

    private static final int LLAMA_FTYPE_MOSTLY_F16 = 1;
    /** {@code LLAMA_FTYPE_MOSTLY_F16 = 1} */
    public static int LLAMA_FTYPE_MOSTLY_F16() {
        return LLAMA_FTYPE_MOSTLY_F16;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q4_0 = 2;
    /** {@code LLAMA_FTYPE_MOSTLY_Q4_0 = 2} */
    public static int LLAMA_FTYPE_MOSTLY_Q4_0() {
        return LLAMA_FTYPE_MOSTLY_Q4_0;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q4_1 = 3;
    /** {@code LLAMA_FTYPE_MOSTLY_Q4_1 = 3} */
    public static int LLAMA_FTYPE_MOSTLY_Q4_1() {
        return LLAMA_FTYPE_MOSTLY_Q4_1;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q8_0 = 7;
    /** {@code LLAMA_FTYPE_MOSTLY_Q8_0 = 7} */
    public static int LLAMA_FTYPE_MOSTLY_Q8_0() {
        return LLAMA_FTYPE_MOSTLY_Q8_0;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q5_0 = 8;
    /** {@code LLAMA_FTYPE_MOSTLY_Q5_0 = 8} */
    public static int LLAMA_FTYPE_MOSTLY_Q5_0() {
        return LLAMA_FTYPE_MOSTLY_Q5_0;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q5_1 = 9;
    /** {@code LLAMA_FTYPE_MOSTLY_Q5_1 = 9} */
    public static int LLAMA_FTYPE_MOSTLY_Q5_1() {
        return LLAMA_FTYPE_MOSTLY_Q5_1;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q2_K = 10;
    /** {@code LLAMA_FTYPE_MOSTLY_Q2_K = 10} */
    public static int LLAMA_FTYPE_MOSTLY_Q2_K() {
        return LLAMA_FTYPE_MOSTLY_Q2_K;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q3_K_S = 11;
    /** {@code LLAMA_FTYPE_MOSTLY_Q3_K_S = 11} */
    public static int LLAMA_FTYPE_MOSTLY_Q3_K_S() {
        return LLAMA_FTYPE_MOSTLY_Q3_K_S;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q3_K_M = 12;
    /** {@code LLAMA_FTYPE_MOSTLY_Q3_K_M = 12} */
    public static int LLAMA_FTYPE_MOSTLY_Q3_K_M() {
        return LLAMA_FTYPE_MOSTLY_Q3_K_M;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q3_K_L = 13;
    /** {@code LLAMA_FTYPE_MOSTLY_Q3_K_L = 13} */
    public static int LLAMA_FTYPE_MOSTLY_Q3_K_L() {
        return LLAMA_FTYPE_MOSTLY_Q3_K_L;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q4_K_S = 14;
    /** {@code LLAMA_FTYPE_MOSTLY_Q4_K_S = 14} */
    public static int LLAMA_FTYPE_MOSTLY_Q4_K_S() {
        return LLAMA_FTYPE_MOSTLY_Q4_K_S;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q4_K_M = 15;
    /** {@code LLAMA_FTYPE_MOSTLY_Q4_K_M = 15} */
    public static int LLAMA_FTYPE_MOSTLY_Q4_K_M() {
        return LLAMA_FTYPE_MOSTLY_Q4_K_M;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q5_K_S = 16;
    /** {@code LLAMA_FTYPE_MOSTLY_Q5_K_S = 16} */
    public static int LLAMA_FTYPE_MOSTLY_Q5_K_S() {
        return LLAMA_FTYPE_MOSTLY_Q5_K_S;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q5_K_M = 17;
    /** {@code LLAMA_FTYPE_MOSTLY_Q5_K_M = 17} */
    public static int LLAMA_FTYPE_MOSTLY_Q5_K_M() {
        return LLAMA_FTYPE_MOSTLY_Q5_K_M;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q6_K = 18;
    /** {@code LLAMA_FTYPE_MOSTLY_Q6_K = 18} */
    public static int LLAMA_FTYPE_MOSTLY_Q6_K() {
        return LLAMA_FTYPE_MOSTLY_Q6_K;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ2_XXS = 19;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ2_XXS = 19} */
    public static int LLAMA_FTYPE_MOSTLY_IQ2_XXS() {
        return LLAMA_FTYPE_MOSTLY_IQ2_XXS;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ2_XS = 20;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ2_XS = 20} */
    public static int LLAMA_FTYPE_MOSTLY_IQ2_XS() {
        return LLAMA_FTYPE_MOSTLY_IQ2_XS;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q2_K_S = 21;
    /** {@code LLAMA_FTYPE_MOSTLY_Q2_K_S = 21} */
    public static int LLAMA_FTYPE_MOSTLY_Q2_K_S() {
        return LLAMA_FTYPE_MOSTLY_Q2_K_S;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ3_XS = 22;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ3_XS = 22} */
    public static int LLAMA_FTYPE_MOSTLY_IQ3_XS() {
        return LLAMA_FTYPE_MOSTLY_IQ3_XS;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ3_XXS = 23;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ3_XXS = 23} */
    public static int LLAMA_FTYPE_MOSTLY_IQ3_XXS() {
        return LLAMA_FTYPE_MOSTLY_IQ3_XXS;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ1_S = 24;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ1_S = 24} */
    public static int LLAMA_FTYPE_MOSTLY_IQ1_S() {
        return LLAMA_FTYPE_MOSTLY_IQ1_S;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ4_NL = 25;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ4_NL = 25} */
    public static int LLAMA_FTYPE_MOSTLY_IQ4_NL() {
        return LLAMA_FTYPE_MOSTLY_IQ4_NL;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ3_S = 26;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ3_S = 26} */
    public static int LLAMA_FTYPE_MOSTLY_IQ3_S() {
        return LLAMA_FTYPE_MOSTLY_IQ3_S;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ3_M = 27;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ3_M = 27} */
    public static int LLAMA_FTYPE_MOSTLY_IQ3_M() {
        return LLAMA_FTYPE_MOSTLY_IQ3_M;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ2_S = 28;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ2_S = 28} */
    public static int LLAMA_FTYPE_MOSTLY_IQ2_S() {
        return LLAMA_FTYPE_MOSTLY_IQ2_S;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ2_M = 29;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ2_M = 29} */
    public static int LLAMA_FTYPE_MOSTLY_IQ2_M() {
        return LLAMA_FTYPE_MOSTLY_IQ2_M;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ4_XS = 30;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ4_XS = 30} */
    public static int LLAMA_FTYPE_MOSTLY_IQ4_XS() {
        return LLAMA_FTYPE_MOSTLY_IQ4_XS;
    }

    private static final int LLAMA_FTYPE_MOSTLY_IQ1_M = 31;
    /** {@code LLAMA_FTYPE_MOSTLY_IQ1_M = 31} */
    public static int LLAMA_FTYPE_MOSTLY_IQ1_M() {
        return LLAMA_FTYPE_MOSTLY_IQ1_M;
    }

    private static final int LLAMA_FTYPE_MOSTLY_BF16 = 32;
    /** {@code LLAMA_FTYPE_MOSTLY_BF16 = 32} */
    public static int LLAMA_FTYPE_MOSTLY_BF16() {
        return LLAMA_FTYPE_MOSTLY_BF16;
    }

    private static final int LLAMA_FTYPE_MOSTLY_TQ1_0 = 36;
    /** {@code LLAMA_FTYPE_MOSTLY_TQ1_0 = 36} */
    public static int LLAMA_FTYPE_MOSTLY_TQ1_0() {
        return LLAMA_FTYPE_MOSTLY_TQ1_0;
    }

    private static final int LLAMA_FTYPE_MOSTLY_TQ2_0 = 37;
    /** {@code LLAMA_FTYPE_MOSTLY_TQ2_0 = 37} */
    public static int LLAMA_FTYPE_MOSTLY_TQ2_0() {
        return LLAMA_FTYPE_MOSTLY_TQ2_0;
    }

    private static final int LLAMA_FTYPE_MOSTLY_MXFP4_MOE = 38;
    /** {@code LLAMA_FTYPE_MOSTLY_MXFP4_MOE = 38} */
    public static int LLAMA_FTYPE_MOSTLY_MXFP4_MOE() {
        return LLAMA_FTYPE_MOSTLY_MXFP4_MOE;
    }

    private static final int LLAMA_FTYPE_MOSTLY_NVFP4 = 39;
    /** {@code LLAMA_FTYPE_MOSTLY_NVFP4 = 39} */
    public static int LLAMA_FTYPE_MOSTLY_NVFP4() {
        return LLAMA_FTYPE_MOSTLY_NVFP4;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q1_0 = 40;
    /** {@code LLAMA_FTYPE_MOSTLY_Q1_0 = 40} */
    public static int LLAMA_FTYPE_MOSTLY_Q1_0() {
        return LLAMA_FTYPE_MOSTLY_Q1_0;
    }

    private static final int LLAMA_FTYPE_MOSTLY_Q2_0 = 41;
    /** {@code LLAMA_FTYPE_MOSTLY_Q2_0 = 41} */
    public static int LLAMA_FTYPE_MOSTLY_Q2_0() {
        return LLAMA_FTYPE_MOSTLY_Q2_0;
    }

    private static final int LLAMA_FTYPE_GUESSED = 1024;
    /** {@code LLAMA_FTYPE_GUESSED = 1024} */
    public static int LLAMA_FTYPE_GUESSED() {
        return LLAMA_FTYPE_GUESSED;
    }

    private static final int LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED = -1;
    /** {@code LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED = -1} */
    public static int LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED() {
        return LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED;
    }

    private static final int LLAMA_ROPE_SCALING_TYPE_NONE = 0;
    /** {@code LLAMA_ROPE_SCALING_TYPE_NONE = 0} */
    public static int LLAMA_ROPE_SCALING_TYPE_NONE() {
        return LLAMA_ROPE_SCALING_TYPE_NONE;
    }

    private static final int LLAMA_ROPE_SCALING_TYPE_LINEAR = 1;
    /** {@code LLAMA_ROPE_SCALING_TYPE_LINEAR = 1} */
    public static int LLAMA_ROPE_SCALING_TYPE_LINEAR() {
        return LLAMA_ROPE_SCALING_TYPE_LINEAR;
    }

    private static final int LLAMA_ROPE_SCALING_TYPE_YARN = 2;
    /** {@code LLAMA_ROPE_SCALING_TYPE_YARN = 2} */
    public static int LLAMA_ROPE_SCALING_TYPE_YARN() {
        return LLAMA_ROPE_SCALING_TYPE_YARN;
    }

    private static final int LLAMA_ROPE_SCALING_TYPE_LONGROPE = 3;
    /** {@code LLAMA_ROPE_SCALING_TYPE_LONGROPE = 3} */
    public static int LLAMA_ROPE_SCALING_TYPE_LONGROPE() {
        return LLAMA_ROPE_SCALING_TYPE_LONGROPE;
    }

    private static final int LLAMA_ROPE_SCALING_TYPE_MAX_VALUE = 3;
    /** {@code LLAMA_ROPE_SCALING_TYPE_MAX_VALUE = 3} */
    public static int LLAMA_ROPE_SCALING_TYPE_MAX_VALUE() {
        return LLAMA_ROPE_SCALING_TYPE_MAX_VALUE;
    }

    private static final int LLAMA_POOLING_TYPE_UNSPECIFIED = -1;
    /** {@code LLAMA_POOLING_TYPE_UNSPECIFIED = -1} */
    public static int LLAMA_POOLING_TYPE_UNSPECIFIED() {
        return LLAMA_POOLING_TYPE_UNSPECIFIED;
    }

    private static final int LLAMA_POOLING_TYPE_NONE = 0;
    /** {@code LLAMA_POOLING_TYPE_NONE = 0} */
    public static int LLAMA_POOLING_TYPE_NONE() {
        return LLAMA_POOLING_TYPE_NONE;
    }

    private static final int LLAMA_POOLING_TYPE_MEAN = 1;
    /** {@code LLAMA_POOLING_TYPE_MEAN = 1} */
    public static int LLAMA_POOLING_TYPE_MEAN() {
        return LLAMA_POOLING_TYPE_MEAN;
    }

    private static final int LLAMA_POOLING_TYPE_CLS = 2;
    /** {@code LLAMA_POOLING_TYPE_CLS = 2} */
    public static int LLAMA_POOLING_TYPE_CLS() {
        return LLAMA_POOLING_TYPE_CLS;
    }

    private static final int LLAMA_POOLING_TYPE_LAST = 3;
    /** {@code LLAMA_POOLING_TYPE_LAST = 3} */
    public static int LLAMA_POOLING_TYPE_LAST() {
        return LLAMA_POOLING_TYPE_LAST;
    }

    private static final int LLAMA_POOLING_TYPE_RANK = 4;
    /** {@code LLAMA_POOLING_TYPE_RANK = 4} */
    public static int LLAMA_POOLING_TYPE_RANK() {
        return LLAMA_POOLING_TYPE_RANK;
    }

    private static final int LLAMA_ATTENTION_TYPE_UNSPECIFIED = -1;
    /** {@code LLAMA_ATTENTION_TYPE_UNSPECIFIED = -1} */
    public static int LLAMA_ATTENTION_TYPE_UNSPECIFIED() {
        return LLAMA_ATTENTION_TYPE_UNSPECIFIED;
    }

    private static final int LLAMA_ATTENTION_TYPE_CAUSAL = 0;
    /** {@code LLAMA_ATTENTION_TYPE_CAUSAL = 0} */
    public static int LLAMA_ATTENTION_TYPE_CAUSAL() {
        return LLAMA_ATTENTION_TYPE_CAUSAL;
    }

    private static final int LLAMA_ATTENTION_TYPE_NON_CAUSAL = 1;
    /** {@code LLAMA_ATTENTION_TYPE_NON_CAUSAL = 1} */
    public static int LLAMA_ATTENTION_TYPE_NON_CAUSAL() {
        return LLAMA_ATTENTION_TYPE_NON_CAUSAL;
    }

    private static final int LLAMA_FLASH_ATTN_TYPE_AUTO = -1;
    /** {@code LLAMA_FLASH_ATTN_TYPE_AUTO = -1} */
    public static int LLAMA_FLASH_ATTN_TYPE_AUTO() {
        return LLAMA_FLASH_ATTN_TYPE_AUTO;
    }

    private static final int LLAMA_FLASH_ATTN_TYPE_DISABLED = 0;
    /** {@code LLAMA_FLASH_ATTN_TYPE_DISABLED = 0} */
    public static int LLAMA_FLASH_ATTN_TYPE_DISABLED() {
        return LLAMA_FLASH_ATTN_TYPE_DISABLED;
    }

    private static final int LLAMA_FLASH_ATTN_TYPE_ENABLED = 1;
    /** {@code LLAMA_FLASH_ATTN_TYPE_ENABLED = 1} */
    public static int LLAMA_FLASH_ATTN_TYPE_ENABLED() {
        return LLAMA_FLASH_ATTN_TYPE_ENABLED;
    }

    private static final int LLAMA_SPLIT_MODE_NONE = 0;
    /** {@code LLAMA_SPLIT_MODE_NONE = 0} */
    public static int LLAMA_SPLIT_MODE_NONE() {
        return LLAMA_SPLIT_MODE_NONE;
    }

    private static final int LLAMA_SPLIT_MODE_LAYER = 1;
    /** {@code LLAMA_SPLIT_MODE_LAYER = 1} */
    public static int LLAMA_SPLIT_MODE_LAYER() {
        return LLAMA_SPLIT_MODE_LAYER;
    }

    private static final int LLAMA_SPLIT_MODE_ROW = 2;
    /** {@code LLAMA_SPLIT_MODE_ROW = 2} */
    public static int LLAMA_SPLIT_MODE_ROW() {
        return LLAMA_SPLIT_MODE_ROW;
    }

    private static final int LLAMA_SPLIT_MODE_TENSOR = 3;
    /** {@code LLAMA_SPLIT_MODE_TENSOR = 3} */
    public static int LLAMA_SPLIT_MODE_TENSOR() {
        return LLAMA_SPLIT_MODE_TENSOR;
    }

    private static final int LLAMA_LOAD_MODE_AUTO = -1;
    /** {@code LLAMA_LOAD_MODE_AUTO = -1} */
    public static int LLAMA_LOAD_MODE_AUTO() {
        return LLAMA_LOAD_MODE_AUTO;
    }

    private static final int LLAMA_LOAD_MODE_NONE = 0;
    /** {@code LLAMA_LOAD_MODE_NONE = 0} */
    public static int LLAMA_LOAD_MODE_NONE() {
        return LLAMA_LOAD_MODE_NONE;
    }

    private static final int LLAMA_LOAD_MODE_MMAP = 1;
    /** {@code LLAMA_LOAD_MODE_MMAP = 1} */
    public static int LLAMA_LOAD_MODE_MMAP() {
        return LLAMA_LOAD_MODE_MMAP;
    }

    private static final int LLAMA_LOAD_MODE_MLOCK = 2;
    /** {@code LLAMA_LOAD_MODE_MLOCK = 2} */
    public static int LLAMA_LOAD_MODE_MLOCK() {
        return LLAMA_LOAD_MODE_MLOCK;
    }

    private static final int LLAMA_LOAD_MODE_MMAP_MLOCK = 3;
    /** {@code LLAMA_LOAD_MODE_MMAP_MLOCK = 3} */
    public static int LLAMA_LOAD_MODE_MMAP_MLOCK() {
        return LLAMA_LOAD_MODE_MMAP_MLOCK;
    }
}
