package io.github.llamaffm.langchain4j;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** {@link LlamaScoringModel} over a random-weight Qwen3 reranker: one score per text, in order; non-rerankers refused. */
class LlamaScoringModelTest {

    @Test
    void oneScorePerTextInOrder() {
        try (LlamaScoringModel model = LlamaScoringModel.builder().modelPath(TestModels.reranker()).contextSize(512).sequences(2).threads(1).build()) {
            List<TextSegment> docs = List.of(TextSegment.from("pandas eat bamboo"), TextSegment.from("the stock market fell"),
                    TextSegment.from("bamboo forests in China"));
            Response<List<Double>> all = model.scoreAll(docs, "what do pandas eat?");
            assertThat(all.content()).hasSize(3);
            assertThat(all.tokenUsage().inputTokenCount()).isPositive();
            for (int i = 0; i < docs.size(); i++) {
                double single = model.score(docs.get(i), "what do pandas eat?").content();
                assertThat(all.content().get(i)).isCloseTo(single, within(1e-4));
            }
            assertThat(all.content().get(0)).isNotEqualTo(all.content().get(1));
            assertThat(model.scoreAll(List.of(), "q").content()).isEmpty();
        }
    }

    @Test
    void aModelWithoutAClassifierIsRefusedAtBuild() {
        assertThatThrownBy(() -> LlamaScoringModel.builder().modelPath(TestModels.tiny("qwen2")).contextSize(256).threads(1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reranker");
    }
}
