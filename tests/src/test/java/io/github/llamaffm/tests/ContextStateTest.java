package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving and restoring a context: generation continues token for token; bad states are refused. */
class ContextStateTest {
    private static int[] generate(LlamaContext ctx, int[] prompt, int n) {
        return ctx.generate(prompt, GenerateParams.builder().maxTokens(n).build()).stream()
                .mapToInt(Token::id).filter(id -> id >= 0).toArray();
    }

    @Test
    void restoredContextContinuesExactly(@TempDir Path dir) {
        ContextParams cp = ContextParams.builder().contextSize(256).threads(2).build();
        try (LlamaModel model = LlamaModel.load(TestModels.tiny("llama-bpe"));
             LlamaContext reference = model.newContext(cp);
             LlamaContext saved = model.newContext(cp);
             LlamaContext restored = model.newContext(cp)) {
            int[] prompt = model.vocab().tokenize("Save me, restore me", SpecialTokens.ADD);
            int[] all = generate(reference, prompt, 20);
            assertEquals(20, all.length);

            int[] first = generate(saved, prompt, 10);
            assertArrayEquals(Arrays.copyOf(all, 10), first);
            byte[] state = saved.saveState();
            saved.saveState(dir.resolve("ctx.state"));

            int[] continued = IntStream.concat(Arrays.stream(prompt), Arrays.stream(first)).toArray();
            restored.restoreState(state);
            assertEquals(saved.tokenCount(), restored.tokenCount());
            int[] rest = generate(restored, continued, 10);
            assertArrayEquals(Arrays.copyOfRange(all, 10, 20), rest, "continues as if never saved");

            restored.restoreState(dir.resolve("ctx.state"));
            assertArrayEquals(rest, generate(restored, continued, 10), "from the file too");
        }
    }

    @Test
    void foreignOrCorruptStatesAreRefused() {
        ContextParams cp = ContextParams.builder().contextSize(128).threads(2).build();
        try (LlamaModel a = LlamaModel.load(TestModels.tiny("llama-bpe"));
             LlamaModel b = LlamaModel.load(TestModels.tiny("llama-spm"));
             LlamaContext ca = a.newContext(cp);
             LlamaContext cb = b.newContext(cp)) {
            ca.complete("state", GenerateParams.builder().maxTokens(3).build());
            byte[] state = ca.saveState();
            LlamaException other = assertThrows(LlamaException.class, () -> cb.restoreState(state));
            assertTrue(other.getMessage().contains("another model"), other.getMessage());
            assertThrows(LlamaException.class, () -> ca.restoreState(new byte[]{1, 2, 3}));
            assertThrows(LlamaException.class, () -> ca.restoreState(Arrays.copyOf(state, state.length / 2)));
            byte[] flipped = state.clone();
            for (int i = 64; i < flipped.length; i += 97) flipped[i] ^= 0x5a;
            assertThrows(LlamaException.class, () -> ca.restoreState(flipped), "corruption is caught by the checksum");
            ca.memory().clear();
            assertEquals(4, ca.generate("still fine", GenerateParams.builder().maxTokens(4).build()).run().generatedTokens());
        }
    }
}
