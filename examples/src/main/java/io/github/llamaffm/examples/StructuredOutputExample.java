package io.github.llamaffm.examples;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.testkit.DemoModel;
import io.github.llamaffm.json.Constraints;
import io.github.llamaffm.json.JsonSchema;
import io.github.llamaffm.json.StructuredOutput;

import java.nio.file.Path;
import java.util.List;

/**
 * Structured output: a record in, a record out. The model can only write JSON that fits the
 * record's schema, so the result always parses. Run with a model path as the argument (or
 * {@code -Dmodel=...}); without one it uses the chat program's demo model, whose random weights
 * give valid JSON with nonsense values.
 */
public final class StructuredOutputExample {
    private StructuredOutputExample() {}

    /** The kind of a city. */
    public enum Kind {
        /** A capital city. */
        CAPITAL,
        /** A port city. */
        PORT,
        /** A village. */
        VILLAGE
    }

    /**
     * What the model must produce; bounded strings and lists guarantee that generation ends.
     *
     * @param name       the city's name
     * @param country    its country
     * @param population inhabitants
     * @param kind       what kind of place it is
     * @param landmarks  a few landmarks
     */
    public record City(@Constraints(maxLength = 40) String name,
                       @Constraints(maxLength = 40) String country,
                       @Constraints(minimum = 0, maximum = 50_000_000) long population,
                       Kind kind,
                       @Constraints(maxItems = 3, maxLength = 40) List<String> landmarks) {}

    /**
     * Entry point.
     *
     * @param args optional model path
     * @throws Exception if the model cannot be loaded
     */
    public static void main(String[] args) throws Exception {
        String given = args.length > 0 ? args[0] : System.getProperty("model");
        Path model = given != null && !given.isBlank() ? Path.of(given) : DemoModel.path();
        System.out.println("schema:  " + JsonSchema.of(City.class));
        Sampler sampler = Sampler.builder().temperature(0.7f).topK(40).seed(42).build();
        try (LlamaModel m = LlamaModel.load(model);
             LlamaContext ctx = m.newContext(ContextParams.builder().contextSize(2048).build())) {
            GenerateParams params = GenerateParams.builder().maxTokens(512).sampler(sampler).build();
            String prompt = "Describe Lisbon as JSON with name, country, population, kind and landmarks:\n";
            City city = StructuredOutput.generate(ctx, prompt, City.class, params);
            System.out.println("record:  " + city);
            // The same with a schema written by hand, returning JSON text.
            JsonSchema schema = JsonSchema.parse("""
                    {"type": "object",
                     "properties": {"answer": {"type": "string", "enum": ["yes", "no"]},
                                    "confidence": {"type": "integer", "minimum": 0, "maximum": 100}},
                     "required": ["answer", "confidence"]}""");
            System.out.println("json:    " + StructuredOutput.generateJson(ctx, "Is Lisbon in Portugal? ", schema, params).strip());
        }
    }
}
