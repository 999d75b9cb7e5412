package io.github.llamaffm.springai.autoconfigure;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.chat.ChatEngine;
import io.github.llamaffm.springai.LlamaChatModel;
import io.github.llamaffm.springai.LlamaChatOptions;
import io.github.llamaffm.springai.LlamaEmbeddingModel;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.ai.chat.observation.ChatModelObservationConvention;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import java.util.function.Function;

/**
 * Spring Boot auto-configuration of llama-ffm's Spring AI models. With
 * {@code spring.ai.llamaffm.chat.model} set: a {@link ChatEngine} and a {@link LlamaChatModel}; with
 * {@code spring.ai.llamaffm.embedding.model} set: a {@link LlamaEmbeddingModel}. Nothing is created
 * without a model file. Bad settings stop the start with a message that names the property.
 */
@AutoConfiguration(afterName = "org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration")
@ConditionalOnClass(LlamaChatModel.class)
@EnableConfigurationProperties({LlamaFfmProperties.class, LlamaFfmChatProperties.class, LlamaFfmEmbeddingProperties.class})
public class LlamaFfmAutoConfiguration {
    /** Creates the configuration (Spring does). */
    public LlamaFfmAutoConfiguration() {
    }

    /**
     * The GGUF files loaded, each once.
     *
     * @param props the loading properties
     * @return the registry
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @Conditional(AnyModel.class)
    public LlamaFfmModels llamaFfmModels(LlamaFfmProperties props) {
        ModelParams.Builder b = ModelParams.builder();
        if (props.getGpuLayers() != null) {
            check(LlamaFfmProperties.PREFIX + ".gpu-layers", props.getGpuLayers(), v -> v < 0 ? "must be >= 0" : null);
            b.gpuLayers(props.getGpuLayers());
        }
        return new LlamaFfmModels(b.build());
    }

    /**
     * The engine that decodes every chat reply, many at a time.
     *
     * @param models the loaded files
     * @param props  the chat properties
     * @return the engine
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = LlamaFfmChatProperties.PREFIX, name = "model")
    public ChatEngine llamaChatEngine(LlamaFfmModels models, LlamaFfmChatProperties props) {
        String p = LlamaFfmChatProperties.PREFIX;
        ContextParams.Builder c = ContextParams.builder().unifiedKv(true); // as the engine's own default: sequences share the memory
        c.contextSize(check(p + ".context-size", props.getContextSize() == null ? 4096 : props.getContextSize(), v -> v < 0 ? "must be >= 0 (0 = the model's training context)" : null));
        if (props.getThreads() != null) c.threads(check(p + ".threads", props.getThreads(), v -> v < 1 ? "must be >= 1" : null));
        int sequences = check(p + ".sequences", props.getSequences() == null ? 4 : props.getSequences(), v -> v < 1 ? "must be >= 1" : null);
        chatOptions(props); // every option is checked before the model is loaded
        return ChatEngine.builder(models.get(p + ".model", props.getModel()))
                .contextParams(c.sequences(sequences).build()).build();
    }

    /**
     * The chat model.
     *
     * @param engine  the engine
     * @param props   the chat properties (the options are the defaults of every request)
     * @param manager      Spring AI's tool-calling manager, where one is configured
     * @param observations the observation registry, where one is configured
     * @param convention   a chat observation convention of the application's, where it has one
     * @return the chat model
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = LlamaFfmChatProperties.PREFIX, name = "model")
    public LlamaChatModel llamaChatModel(ChatEngine engine, LlamaFfmChatProperties props, ObjectProvider<ToolCallingManager> manager,
                                         ObjectProvider<ObservationRegistry> observations,
                                         ObjectProvider<ChatModelObservationConvention> convention) {
        LlamaChatModel.Builder b = LlamaChatModel.builder(engine).defaultOptions(chatOptions(props));
        manager.ifAvailable(b::toolCallingManager);
        observations.ifAvailable(b::observationRegistry);
        convention.ifAvailable(b::observationConvention);
        return b.build();
    }

    /**
     * The embedding model.
     *
     * @param models       the loaded files
     * @param props        the embedding properties
     * @param observations the observation registry, where one is configured
     * @return the embedding model
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = LlamaFfmEmbeddingProperties.PREFIX, name = "model")
    public LlamaEmbeddingModel llamaEmbeddingModel(LlamaFfmModels models, LlamaFfmEmbeddingProperties props,
                                                   ObjectProvider<ObservationRegistry> observations) {
        String p = LlamaFfmEmbeddingProperties.PREFIX;
        ContextParams.Builder c = ContextParams.builder();
        c.contextSize(check(p + ".context-size", props.getContextSize() == null ? 2048 : props.getContextSize(), v -> v < 1 ? "must be >= 1" : null));
        c.batchSize(props.getContextSize() == null ? 2048 : props.getContextSize());
        if (props.getThreads() != null) c.threads(check(p + ".threads", props.getThreads(), v -> v < 1 ? "must be >= 1" : null));
        if (props.getSequences() != null) c.sequences(check(p + ".sequences", props.getSequences(), v -> v < 1 ? "must be >= 1" : null));
        LlamaEmbeddingModel.Builder b = LlamaEmbeddingModel.builder(models.get(p + ".model", props.getModel()))
                .contextParams(c.build()).normalization(props.getNormalization());
        observations.ifAvailable(b::observationRegistry);
        if (props.getPooling() != null) {
            String pooling = p + ".pooling";
            try {
                b.pooling(props.getPooling());
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationPropertyValueException(pooling, props.getPooling(), e.getMessage());
            }
        }
        return b.build();
    }

    /** The request defaults from the properties; a bad value names its property. */
    static LlamaChatOptions chatOptions(LlamaFfmChatProperties props) {
        LlamaFfmChatProperties.Options o = props.getOptions();
        String p = LlamaFfmChatProperties.PREFIX + ".options.";
        LlamaChatOptions.Builder b = LlamaChatOptions.builder();
        set(p + "temperature", o.getTemperature(), b::temperature);
        set(p + "top-p", o.getTopP(), b::topP);
        set(p + "top-k", o.getTopK(), b::topK);
        set(p + "min-p", o.getMinP(), b::minP);
        set(p + "max-tokens", o.getMaxTokens(), b::maxTokens);
        set(p + "seed", o.getSeed(), b::seed);
        set(p + "stop", o.getStop(), v -> {
            if (v.stream().anyMatch(s -> s == null || s.isEmpty())) throw new IllegalArgumentException("a stop string is empty");
            return b.stopSequences(v);
        });
        set(p + "repeat-penalty", o.getRepeatPenalty(), b::repeatPenalty);
        set(p + "repeat-last-n", o.getRepeatLastN(), b::repeatLastN);
        set(p + "frequency-penalty", o.getFrequencyPenalty(), b::frequencyPenalty);
        set(p + "presence-penalty", o.getPresencePenalty(), b::presencePenalty);
        set(p + "tool-choice", o.getToolChoice(), b::toolChoice);
        set(p + "parallel-tool-calls", o.getParallelToolCalls(), b::parallelToolCalls);
        set(p + "internal-tool-execution-enabled", o.getInternalToolExecutionEnabled(), b::internalToolExecutionEnabled);
        set(p + "max-tool-rounds", o.getMaxToolRounds(), b::maxToolRounds);
        set(p + "thinking", o.getThinking(), b::thinking);
        return b.build();
    }

    private static <T> void set(String property, T value, Function<T, ?> setter) {
        if (value == null) return;
        try {
            setter.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException(property, value, e.getMessage());
        }
    }

    private static int check(String property, int value, java.util.function.IntFunction<String> problem) {
        String why = problem.apply(value);
        if (why != null) throw new InvalidConfigurationPropertyValueException(property, value, why);
        return value;
    }

    /** True when a chat or an embedding model file is configured. */
    static final class AnyModel extends AnyNestedCondition {
        AnyModel() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(prefix = LlamaFfmChatProperties.PREFIX, name = "model")
        static final class Chat {
        }

        @ConditionalOnProperty(prefix = LlamaFfmEmbeddingProperties.PREFIX, name = "model")
        static final class Embedding {
        }
    }
}
