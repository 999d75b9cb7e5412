package io.github.llamaffm.json;

import io.github.llamaffm.Completion;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.StopReason;

import java.util.Objects;

/**
 * Constrained generation of JSON: the model can only produce text that the schema's grammar
 * accepts, and the result comes back parsed.
 *
 * <pre>{@code
 * record City(@Constraints(maxLength = 30) String name, @Constraints(minimum = 0) int population) {}
 * City c = StructuredOutput.generate(ctx, "A city as JSON: ", City.class, GenerateParams.defaults());
 * // or: City c = ctx.generate("A city as JSON: ", City.class, GenerateParams.defaults());
 * }</pre>
 *
 * <p>The grammar is added to the caller's sampler settings (a copy of {@code params.sampler()};
 * the caller's sampler is neither changed nor closed), or to greedy sampling when there is none.
 * Generation must end by itself, which a grammar allows only once the value is complete: give
 * {@code maxTokens} room for the largest value, and bound strings and arrays in the schema
 * ({@code maxLength}, {@code maxItems}) so that one exists. Thread safety is the context's: one
 * thread at a time per context.
 */
public final class StructuredOutput {
    private static final ClassValue<JsonSchema> SCHEMAS = new ClassValue<>() {
        @Override
        protected JsonSchema computeValue(Class<?> type) {
            return JsonSchema.of(type);
        }
    };

    private StructuredOutput() {}

    /**
     * Generates a {@code type} value: builds (and caches) its schema with
     * {@link JsonSchema#of(Class)}, generates under its grammar and maps the JSON onto the type.
     *
     * @param ctx    the context to generate in
     * @param prompt the prompt (tokenized with {@code params}' special-token settings)
     * @param type   the type, usually a record
     * @param params limits, sampler settings (a grammar-free sampler, or null for greedy), cancellation
     * @param <T>    the result type
     * @return the value the model generated
     * @throws StructuredOutputException if generation stopped before the value was complete, or the
     *                                   value does not map onto {@code type} (the message has the raw text)
     * @throws IllegalArgumentException  if the type is not supported, or {@code params.sampler()}
     *                                   already has a grammar
     * @throws io.github.llamaffm.LlamaException for a failure in llama.cpp (decode, full context)
     */
    public static <T> T generate(LlamaContext ctx, String prompt, Class<T> type, GenerateParams params) {
        Objects.requireNonNull(type, "type");
        Generated g = run(ctx, prompt, SCHEMAS.get(type), params);
        try {
            return type.cast(Records.read(g.value, type, "$"));
        } catch (IllegalArgumentException e) {
            throw new StructuredOutputException("the JSON does not fit " + type.getName() + ": " + e.getMessage(),
                    g.text, StopReason.END_OF_GENERATION, e);
        }
    }

    /**
     * Generates JSON text valid against {@code schema}.
     *
     * @param ctx    the context to generate in
     * @param prompt the prompt
     * @param schema the schema
     * @param params limits, sampler settings (a grammar-free sampler, or null for greedy), cancellation
     * @return the JSON text as generated (it may end with whitespace)
     * @throws StructuredOutputException if generation stopped before the value was complete
     * @throws IllegalArgumentException  if {@code params.sampler()} already has a grammar
     * @throws io.github.llamaffm.LlamaException for a failure in llama.cpp (decode, full context)
     */
    public static String generateJson(LlamaContext ctx, String prompt, JsonSchema schema, GenerateParams params) {
        return run(ctx, prompt, Objects.requireNonNull(schema, "schema"), params).text;
    }

    /**
     * Maps JSON text onto a type (the mapping {@link #generate} uses): records by component name
     * (unknown members ignored, missing {@code Optional} components empty), enums by constant
     * name, numbers exactly (an {@code int} rejects 1.5 and 2^31).
     *
     * @param json the JSON text
     * @param type the type, usually a record
     * @param <T>  the result type
     * @return the value
     * @throws IllegalArgumentException if the text is not JSON or does not fit the type (the
     *                                  message names the JSON path)
     */
    public static <T> T read(String json, Class<T> type) {
        return type.cast(Records.read(Json.parse(Objects.requireNonNull(json, "json")), type, "$"));
    }

    private record Generated(String text, Json value) {
    }

    private static Generated run(LlamaContext ctx, String prompt, JsonSchema schema, GenerateParams params) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(params, "params");
        String grammar = schema.toGrammar();
        Sampler user = params.sampler();
        try (Sampler constrained = user == null ? Sampler.builder().greedy().grammar(grammar, "root").build()
                : user.withGrammar(grammar, "root")) {
            GenerateParams p = new GenerateParams(params.maxTokens(), params.stop(), constrained, params.renderSpecial(),
                    params.addSpecial(), params.parseSpecial(), params.cancellation());
            Completion c = ctx.completion(prompt, p);
            // Only an end token proves the grammar was satisfied; a cut-off prefix may still parse.
            if (c.stopReason() != StopReason.END_OF_GENERATION) {
                throw new StructuredOutputException("generation stopped before the JSON value was complete", c.text(),
                        c.stopReason(), null);
            }
            try {
                return new Generated(c.text(), Json.parse(c.text()));
            } catch (IllegalArgumentException e) {
                throw new StructuredOutputException("the output is not valid JSON: " + e.getMessage(), c.text(),
                        c.stopReason(), e);
            }
        }
    }
}
