package io.github.llamaffm.springai;

import io.github.llamaffm.chat.ChatEngine;
import io.github.llamaffm.springai.autoconfigure.LlamaFfmAutoConfiguration;
import io.github.llamaffm.springai.autoconfigure.LlamaFfmModels;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The auto-configuration: beans only with a model file, shared files, closing, and bad settings named. */
class LlamaFfmAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LlamaFfmAutoConfiguration.class));
    private static final String CHAT = "spring.ai.llamaffm.chat.model=" + TestModels.chat();

    @Test
    void nothingWithoutAModelFile() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx).doesNotHaveBean(LlamaChatModel.class).doesNotHaveBean(ChatEngine.class)
                    .doesNotHaveBean(LlamaEmbeddingModel.class).doesNotHaveBean(LlamaFfmModels.class);
        });
    }

    @Test
    void propertiesMakeTheModelsAndClosingTheContextClosesThem() {
        AtomicReference<ChatEngine> engine = new AtomicReference<>();
        runner.withPropertyValues(CHAT, "spring.ai.llamaffm.chat.context-size=1024", "spring.ai.llamaffm.chat.sequences=2",
                        "spring.ai.llamaffm.chat.threads=1", "spring.ai.llamaffm.embedding.threads=1", "spring.ai.llamaffm.chat.options.temperature=0.2",
                        "spring.ai.llamaffm.chat.options.top-k=20", "spring.ai.llamaffm.chat.options.max-tokens=8",
                        "spring.ai.llamaffm.chat.options.stop=END,STOP", "spring.ai.llamaffm.chat.options.seed=42",
                        "spring.ai.llamaffm.embedding.model=" + TestModels.chat())
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(LlamaChatModel.class).hasSingleBean(LlamaEmbeddingModel.class);
                    LlamaChatModel chat = ctx.getBean(LlamaChatModel.class);
                    assertThat(chat.getOptions().getTemperature()).isEqualTo(0.2);
                    assertThat(chat.getOptions().getTopK()).isEqualTo(20);
                    assertThat(chat.getOptions().getSeed()).isEqualTo(42L);
                    assertThat(chat.getOptions().getStopSequences()).containsExactly("END", "STOP");
                    engine.set(ctx.getBean(ChatEngine.class));
                    assertThat(engine.get().capacity()).isEqualTo(2);
                    assertThat(ctx.getBean(LlamaEmbeddingModel.class).model()).as("one file, loaded once")
                            .isSameAs(engine.get().model());
                    assertThat(chat.call("Hi")).isNotNull();
                });
        assertThat(engine.get().isClosed()).isTrue();
        assertThat(engine.get().model().isClosed()).isTrue();
    }

    @Test
    void aMissingFileStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("spring.ai.llamaffm.chat.model=/no/such/model.gguf").run(ctx -> assertThat(ctx)
                .getFailure().rootCause().hasMessageContaining("spring.ai.llamaffm.chat.model").hasMessageContaining("no such file"));
    }

    @Test
    void aFileThatIsNoModelStopsTheStart() throws IOException {
        Path junk = Files.createTempFile("not-a-model", ".gguf");
        Files.writeString(junk, "this is not a GGUF file");
        try {
            runner.withPropertyValues("spring.ai.llamaffm.embedding.model=" + junk).run(ctx -> assertThat(ctx)
                    .getFailure().rootCause().hasMessageContaining("spring.ai.llamaffm.embedding.model")
                    .hasMessageContaining("not a model llama.cpp can load"));
        } finally {
            Files.delete(junk);
        }
    }

    @Test
    void badValuesStopTheStartNamingTheProperty() {
        String[][] cases = {
                {"spring.ai.llamaffm.chat.options.temperature=-1", "spring.ai.llamaffm.chat.options.temperature"},
                {"spring.ai.llamaffm.chat.options.top-p=1.5", "spring.ai.llamaffm.chat.options.top-p"},
                {"spring.ai.llamaffm.chat.options.max-tokens=0", "spring.ai.llamaffm.chat.options.max-tokens"},
                {"spring.ai.llamaffm.chat.options.top-k=many", "spring.ai.llamaffm.chat.options.top-k"},
                {"spring.ai.llamaffm.chat.options.temprature=0.5", "spring.ai.llamaffm.chat.options.temprature"},
                {"spring.ai.llamaffm.chat.sequences=0", "spring.ai.llamaffm.chat.sequences"},
                {"spring.ai.llamaffm.chat.context-size=-5", "spring.ai.llamaffm.chat.context-size"},
                {"spring.ai.llamaffm.gpu-layers=-1", "spring.ai.llamaffm.gpu-layers"},
        };
        for (String[] c : cases) {
            runner.withPropertyValues(CHAT, c[0]).run(ctx -> assertThat(ctx).as(c[0]).getFailure()
                    .satisfies(f -> assertThat(messages(f)).as(c[0]).contains(c[1])));
        }
        runner.withPropertyValues("spring.ai.llamaffm.embedding.model=" + TestModels.embedding(),
                "spring.ai.llamaffm.embedding.normalization=SQUARE").run(ctx -> assertThat(ctx).getFailure()
                .satisfies(f -> assertThat(messages(f)).contains("spring.ai.llamaffm.embedding.normalization")));
        runner.withPropertyValues("spring.ai.llamaffm.embedding.model=" + TestModels.embedding(),
                "spring.ai.llamaffm.embedding.pooling=NONE").run(ctx -> assertThat(ctx).getFailure()
                .satisfies(f -> assertThat(messages(f)).contains("spring.ai.llamaffm.embedding.pooling")));
    }

    /** Every message of a failure and its causes (binding failures name the property in an outer one). */
    private static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (; t != null; t = t.getCause()) b.append(t.getMessage()).append(" | ");
        return b.toString();
    }
}
