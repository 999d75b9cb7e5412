package io.github.llamaffm.springai;

import io.github.llamaffm.chat.ChatCall;
import io.github.llamaffm.chat.ChatEngine;
import io.github.llamaffm.chat.ChatEvent;
import io.github.llamaffm.chat.ChatRequest;
import io.github.llamaffm.chat.ChatResult;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.observation.ChatModelObservationContext;
import org.springframework.ai.chat.observation.ChatModelObservationConvention;
import org.springframework.ai.chat.observation.ChatModelObservationDocumentation;
import org.springframework.ai.chat.observation.DefaultChatModelObservationConvention;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.ai.model.tool.ToolExecutionResult;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Spring AI's {@link ChatModel} over a llama-ffm {@link ChatEngine}: the model's own chat template,
 * llama.cpp's sampler, grammar-constrained tool calls and JSON output.
 *
 * <p>Any number of threads may call one instance: the engine decodes their replies together
 * (continuous batching, up to its {@link ChatEngine#capacity()} at a time, the rest waiting). A
 * {@link #stream} delivers its chunks on a thread of its own scheduler (bounded elastic by default),
 * never on the engine's decoding thread, and cancelling the subscription cancels the generation.
 * A thread interrupted while it waits in {@link #call} cancels its reply (the call then throws a
 * {@link CancellationException}).
 *
 * <p>Each reply is a Micrometer observation ({@code gen_ai.client.operation}, provider
 * {@value #PROVIDER}) in the {@link ObservationRegistry} given to the builder, as Spring AI's own
 * providers report theirs.
 *
 * <p>The engine is not owned: whoever built it closes it (the auto-configuration does).
 */
public final class LlamaChatModel implements ChatModel {
    /** The provider's name in observations. */
    public static final String PROVIDER = "llama-ffm";
    private static final ChatModelObservationConvention DEFAULT_CONVENTION = new DefaultChatModelObservationConvention();

    private final ChatEngine engine;
    private final LlamaChatOptions defaults;
    private final ToolCallingManager toolCallingManager;
    private final Scheduler scheduler;
    private final String modelName;
    private final ObservationRegistry observations;
    private final ChatModelObservationConvention convention;

    private LlamaChatModel(Builder b) {
        this.engine = b.engine;
        this.defaults = b.defaults;
        this.toolCallingManager = b.toolCallingManager != null ? b.toolCallingManager : ToolCallingManager.builder().build();
        this.scheduler = b.scheduler != null ? b.scheduler : Schedulers.boundedElastic();
        this.modelName = b.modelName != null ? b.modelName : engine.model().path().getFileName().toString();
        this.observations = b.observations;
        this.convention = b.convention;
    }

    /**
     * A builder of a chat model over {@code engine}.
     *
     * @param engine the engine (not owned)
     * @return the builder
     * @throws NullPointerException if {@code engine} is null
     */
    public static Builder builder(ChatEngine engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * The engine the replies come from.
     *
     * @return the engine
     */
    public ChatEngine engine() {
        return engine;
    }

    @Override
    public LlamaChatOptions getOptions() {
        return defaults;
    }

    @Override
    public ChatResponse call(Prompt prompt) {
        LlamaChatOptions options = LlamaChatOptions.merge(prompt.getOptions(), defaults);
        List<Message> messages = prompt.getInstructions();
        for (int round = 0; ; round++) {
            Prompt current = new Prompt(messages, options);
            ChatResponse response = once(current, options);
            if (!runsTools(options, response)) return response;
            checkRounds(options, round);
            ToolExecutionResult tools = toolCallingManager.executeToolCalls(current, response);
            if (tools.returnDirect()) {
                return ChatResponse.builder().from(response).generations(ToolExecutionResult.buildGenerations(tools)).build();
            }
            messages = tools.conversationHistory();
        }
    }

    private ChatResponse once(Prompt prompt, LlamaChatOptions options) {
        ChatModelObservationContext context = ChatModelObservationContext.builder().prompt(prompt).provider(PROVIDER).build();
        return ChatModelObservationDocumentation.CHAT_MODEL_OPERATION
                .observation(convention, DEFAULT_CONVENTION, () -> context, observations)
                .observe(() -> {
                    ChatResponse response = generate(prompt, options);
                    context.setResponse(response);
                    return response;
                });
    }

    private ChatResponse generate(Prompt prompt, LlamaChatOptions options) {
        ChatRequest request = Requests.request(prompt.getInstructions(), options, toolCallingManager);
        ChatCall call = engine.submit(request, Requests.params(options));
        ChatResult result;
        try {
            result = call.result().get();
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the reply: it was cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new CompletionException(e.getCause());
        }
        return Responses.full(result, modelName);
    }

    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
        LlamaChatOptions options = LlamaChatOptions.merge(prompt.getOptions(), defaults);
        return streamRound(prompt.getInstructions(), options, 0);
    }

    /** One reply streamed; with internal tool execution, then the tools' round and the next reply. */
    private Flux<ChatResponse> streamRound(List<Message> messages, LlamaChatOptions options, int round) {
        Prompt current = new Prompt(messages, options);
        AtomicReference<ChatResponse> whole = new AtomicReference<>();
        Flux<ChatResponse> reply = Flux.defer(() -> {
            ChatModelObservationContext context = ChatModelObservationContext.builder().prompt(current).provider(PROVIDER)
                    .streaming(true).build();
            Observation observation = ChatModelObservationDocumentation.CHAT_MODEL_OPERATION
                    .observation(convention, DEFAULT_CONVENTION, () -> context, observations).start();
            // submitted on subscription, read on the scheduler's thread: the iterator blocks
            ChatRequest request;
            ChatCall call;
            try {
                request = Requests.request(messages, options, toolCallingManager);
                call = engine.submit(request, Requests.params(options));
            } catch (RuntimeException e) {
                observation.error(e).stop();
                throw e;
            }
            Flux<ChatResponse> events = Flux.fromIterable(call)
                    .<ChatResponse>handle((ChatEvent e, reactor.core.publisher.SynchronousSink<ChatResponse> sink) -> {
                        ChatResponse chunk = Responses.chunk(e, modelName);
                        if (chunk != null) sink.next(chunk);
                    });
            Mono<ChatResponse> last = Mono.fromCallable(() -> {
                ChatResult result = call.join();
                whole.set(Responses.full(result, modelName));
                context.setResponse(whole.get());
                return Responses.last(result, modelName);
            });
            return events.concatWith(last).doOnCancel(call::cancel)
                    .doOnError(e -> {
                        call.cancel();
                        observation.error(e);
                    })
                    .doFinally(signal -> observation.stop());
        }).subscribeOn(scheduler);
        return reply.concatWith(Flux.defer(() -> {
            ChatResponse response = whole.get();
            if (response == null || !runsTools(options, response)) return Flux.empty();
            checkRounds(options, round);
            ToolExecutionResult tools = toolCallingManager.executeToolCalls(current, response);
            if (tools.returnDirect()) {
                return Flux.just(ChatResponse.builder().from(response).generations(ToolExecutionResult.buildGenerations(tools)).build());
            }
            return streamRound(tools.conversationHistory(), options, round + 1);
        }).subscribeOn(scheduler));
    }

    private static boolean runsTools(LlamaChatOptions options, ChatResponse response) {
        return Boolean.TRUE.equals(options.getInternalToolExecutionEnabled()) && response.hasToolCalls();
    }

    private static void checkRounds(LlamaChatOptions options, int round) {
        int max = options.getMaxToolRounds() != null ? options.getMaxToolRounds() : Requests.DEFAULT_MAX_TOOL_ROUNDS;
        if (round + 1 > max) {
            throw new IllegalStateException("the model still calls tools after " + max + " rounds (LlamaChatOptions.maxToolRounds)");
        }
    }

    @Override
    public String toString() {
        return "LlamaChatModel[" + modelName + ", " + defaults + "]";
    }

    /** Builds a {@link LlamaChatModel}. */
    public static final class Builder {
        private final ChatEngine engine;
        private LlamaChatOptions defaults = LlamaChatOptions.builder().build();
        private ToolCallingManager toolCallingManager;
        private Scheduler scheduler;
        private String modelName;
        private ObservationRegistry observations = ObservationRegistry.NOOP;
        private ChatModelObservationConvention convention;

        private Builder(ChatEngine engine) {
            this.engine = engine;
        }

        /**
         * The options a request's own options fall back on.
         *
         * @param options the defaults
         * @return this builder
         */
        public Builder defaultOptions(LlamaChatOptions options) {
            this.defaults = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Resolves tool definitions and runs tools for internal tool execution (default:
         * {@code ToolCallingManager.builder().build()}).
         *
         * @param manager the manager
         * @return this builder
         */
        public Builder toolCallingManager(ToolCallingManager manager) {
            this.toolCallingManager = Objects.requireNonNull(manager, "manager");
            return this;
        }

        /**
         * Where streamed chunks are delivered (default: {@link Schedulers#boundedElastic()}).
         *
         * @param scheduler the scheduler
         * @return this builder
         */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * The model's name in response metadata (default: the GGUF file's name).
         *
         * @param name the name
         * @return this builder
         */
        public Builder modelName(String name) {
            this.modelName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Where each reply is observed (default: {@link ObservationRegistry#NOOP}).
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder observationRegistry(ObservationRegistry registry) {
            this.observations = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * The observation convention (default: Spring AI's {@code DefaultChatModelObservationConvention}).
         *
         * @param convention the convention
         * @return this builder
         */
        public Builder observationConvention(ChatModelObservationConvention convention) {
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /**
         * Builds the model.
         *
         * @return the model
         */
        public LlamaChatModel build() {
            return new LlamaChatModel(this);
        }
    }
}
