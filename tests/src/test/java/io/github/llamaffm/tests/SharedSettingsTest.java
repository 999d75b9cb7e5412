package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.bindings.llama_context_params;
import io.github.llamaffm.bindings.llama_h;
import io.github.llamaffm.bindings.llama_model_params;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings are values: immutable, free of native state, shareable by any number of threads, and
 * building them loads no native library.
 */
class SharedSettingsTest {

    @Test
    void oneGenerateParamsServesEightVirtualThreadsAtOnce() throws Exception {
        Path file = TestModels.tiny("llama-bpe");
        try (LlamaModel model = LlamaModel.load(file)) {
            ContextParams cp = ContextParams.builder().contextSize(256).threads(1).build();
            for (Sampler sampler : new Sampler[]{Sampler.greedy(), Sampler.builder().topK(40).temperature(0.9f).seed(11).build()}) {
                GenerateParams shared = GenerateParams.builder().maxTokens(12).sampler(sampler).build();
                String expected;
                try (LlamaContext ctx = model.newContext(cp)) {
                    expected = ctx.complete("Shared settings", shared);
                }
                List<Future<String>> results = new ArrayList<>();
                try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (int i = 0; i < 8; i++) {
                        results.add(threads.submit(() -> {
                            try (LlamaContext ctx = model.newContext(cp)) {
                                return ctx.complete("Shared settings", shared);
                            }
                        }));
                    }
                }
                for (Future<String> r : results) assertEquals(expected, r.get(), sampler + ": every thread, the same text");
            }
        }
    }

    @Test
    void defaultsAreLlamaCppsAndBuildingLoadsNoNativeLibrary() throws Exception {
        Jvm.Result r = Jvm.run(Jvm.runtimeClassPath(), SettingsProbe.class.getName());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.values().containsKey("built"), r.output());
        assertEquals("", r.values().get("natives"), "settings loaded native libraries:\n" + r.output());

        // The hard-coded defaults are llama.cpp's own.
        ModelParams m = ModelParams.defaults();
        ContextParams c = ContextParams.defaults();
        try (Arena arena = Arena.ofConfined()) {
            io.github.llamaffm.Llama.version(); // loads the natives
            MemorySegment mp = llama_h.llama_model_default_params(arena);
            assertEquals(llama_model_params.n_gpu_layers(mp), m.gpuLayers());
            assertEquals(llama_model_params.main_gpu(mp), m.mainGpu());
            assertEquals(llama_model_params.split_mode(mp), m.splitMode().ordinal());
            assertEquals(llama_model_params.load_mode(mp), m.loadMode().ordinal() - 1 /* AUTO(-1), NONE(0), ... */);
            assertEquals(llama_model_params.vocab_only(mp), m.vocabOnly());
            assertEquals(llama_model_params.check_tensors(mp), m.checkTensors());
            MemorySegment p = llama_h.llama_context_default_params(arena);
            assertEquals(llama_context_params.n_ctx(p), c.contextSize());
            assertEquals(llama_context_params.n_batch(p), c.batchSize());
            assertEquals(llama_context_params.n_ubatch(p), c.microBatchSize());
            assertEquals(llama_context_params.n_seq_max(p), c.sequences());
            assertEquals(llama_context_params.flash_attn_type(p), c.flashAttention().ordinal() - 1);
            assertEquals(llama_context_params.embeddings(p), c.embeddings());
            assertEquals(llama_context_params.offload_kqv(p), c.offloadKqv());
            assertEquals(llama_context_params.kv_unified(p), c.unifiedKv());
            assertEquals(llama_context_params.pooling_type(p), c.pooling().ordinal() - 1);
        }
    }

    @Test
    void settingsAreValuesThatRefuseBadInput() {
        Sampler.Builder b = Sampler.builder().topK(40).seed(3);
        Sampler first = b.build();
        b.topK(5);
        assertEquals(first.toString(), first.toBuilder().build().toString(), "a built sampler does not follow its builder");
        assertNotSame(first, b.build());
        assertThrows(NullPointerException.class, () -> GenerateParams.builder().sampler(null));
        assertThrows(NullPointerException.class, () -> GenerateParams.builder().cancellation(null));
        assertThrows(NullPointerException.class, () -> ContextParams.builder().pooling(null));
        assertThrows(NullPointerException.class, () -> ModelParams.builder().loadMode(null));
        assertThrows(IllegalArgumentException.class, () -> GenerateParams.builder().maxTokens(0));
        assertThrows(IllegalArgumentException.class, () -> GenerateParams.builder().stop(""));
        assertThrows(IllegalArgumentException.class, () -> Sampler.builder().topP(1.5f));
        assertThrows(IllegalArgumentException.class, () -> Sampler.builder().temperature(Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> Sampler.builder().mirostat(-1f, 0.1f));
        assertThrows(IllegalArgumentException.class, () -> Sampler.builder().topNSigma(0f));
        assertThrows(IllegalArgumentException.class, () -> Sampler.builder().xtc(0.5f, 2f));
        assertThrows(IllegalArgumentException.class, () -> Sampler.builder().dry(-1f, 1.75f, 2, 64));
        assertThrows(IllegalArgumentException.class, () -> Sampler.builder().penalties(-2, 1.1f, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Sampler.builder().logitBias(-1, 1f));
        assertThrows(IllegalArgumentException.class, () -> Sampler.builder().logitBias(1, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> Sampler.builder().grammar("root ::= \"x\"", "root").build()
                .withGrammar("root ::= \"y\"", "root"));
        GenerateParams g = GenerateParams.builder().maxTokens(7).stop("a").build();
        assertEquals(g, g.toBuilder().build());
    }
}
