package io.github.llamaffm.tests;

import io.github.llamaffm.Batch;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.SamplerChain;
import io.github.llamaffm.SpecialTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One sequence saved and restored (into the same or another sequence id): sampling continues token for token. */
class SequenceStateTest {
    private static ContextParams params() {
        return ContextParams.builder().contextSize(1024).batchSize(128).sequences(4).threads(2).build();
    }

    /** Decodes {@code pending} and samples {@code n} tokens in {@code seq} from position {@code pos}. */
    private static int[] continueFrom(LlamaContext ctx, Batch batch, int pending, int pos, int seq, int n, long seed) {
        int[] out = new int[n];
        try (SamplerChain s = Sampler.builder().topK(50).temperature(1.0f).seed(seed).build().newChain(ctx.model())) {
            for (int i = 0; i < n; i++) {
                batch.clear().add(pending, pos++, seq, true);
                ctx.decode(batch);
                pending = out[i] = s.sample(ctx, 0);
            }
        }
        return out;
    }

    @Test
    void restoredSequenceContinuesExactly(@TempDir Path dir) {
        try (LlamaModel model = LlamaModel.load(TestModels.tiny("llama-spm"));
             LlamaContext original = model.newContext(params());
             LlamaContext restored = model.newContext(params());
             Batch batch = Batch.create(128)) {
            int[] prompt = model.vocab().tokenize("Sequence state, saved between two tokens", SpecialTokens.ADD);
            int last = prompt[prompt.length - 1];
            batch.add(Arrays.copyOf(prompt, prompt.length - 1), 0, 1, false);
            original.decode(batch);
            byte[] state = original.saveSequence(1);
            original.saveSequence(1, dir.resolve("seq.state"));
            int[] expected = continueFrom(original, batch, last, prompt.length - 1, 1, 24, 7);

            restored.restoreSequence(1, state);
            assertEquals(prompt.length - 2, restored.memory().maxPosition(1));
            assertArrayEquals(expected, continueFrom(restored, batch, last, prompt.length - 1, 1, 24, 7), "same sequence id");

            restored.restoreSequence(3, dir.resolve("seq.state"));
            assertArrayEquals(expected, continueFrom(restored, batch, last, prompt.length - 1, 3, 24, 7), "restored into another sequence, from a file");
            assertEquals(prompt.length - 2 + 24, restored.memory().maxPosition(1), "the other sequences are untouched");
        }
    }

    @Test
    void badSequenceStatesAreRefused(@TempDir Path dir) throws Exception {
        try (LlamaModel a = LlamaModel.load(TestModels.tiny("llama-spm"));
             LlamaModel b = LlamaModel.load(TestModels.tiny("llama-bpe"));
             LlamaContext ca = a.newContext(params());
             LlamaContext cb = b.newContext(params());
             Batch batch = Batch.create(16)) {
            batch.add(new int[]{1, 2, 3, 4, 5}, 0, 2, false);
            ca.decode(batch);
            byte[] state = ca.saveSequence(2);
            assertTrue(assertThrows(LlamaException.class, () -> cb.restoreSequence(0, state)).getMessage().contains("another model"));
            assertThrows(LlamaException.class, () -> ca.restoreState(state), "a sequence state is not a context state");
            assertThrows(LlamaException.class, () -> ca.restoreSequence(0, ca.saveState()), "and the other way round");
            byte[] corrupt = state.clone();
            corrupt[corrupt.length - 7] ^= 0x40;
            assertTrue(assertThrows(LlamaException.class, () -> ca.restoreSequence(1, corrupt)).getMessage().contains("checksum"));
            assertThrows(LlamaException.class, () -> ca.restoreSequence(1, Arrays.copyOf(state, 40)));
            assertEquals(-1, ca.memory().maxPosition(1), "a refused state leaves the sequence empty");
            assertThrows(IllegalArgumentException.class, () -> ca.saveSequence(4));
            assertThrows(UncheckedIOException.class, () -> ca.restoreSequence(0, dir.resolve("missing")));
            Path garbage = dir.resolve("garbage");
            Files.write(garbage, new byte[4096]);
            assertThrows(LlamaException.class, () -> ca.restoreSequence(0, garbage));
            assertEquals(4, ca.memory().maxPosition(2), "still intact");
        }
    }
}
