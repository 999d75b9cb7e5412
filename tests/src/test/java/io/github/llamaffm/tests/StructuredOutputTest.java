package io.github.llamaffm.tests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.json.Constraints;
import io.github.llamaffm.json.JsonSchema;
import io.github.llamaffm.json.StructuredOutput;
import io.github.llamaffm.json.StructuredOutputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Constrained generation end to end: random-weight models sample garbage, but the grammar must
 * keep every output valid. An independent validator (networknt, on Jackson) is the judge.
 * Every schema is bounded (string lengths, item counts), so the grammar forces an end.
 */
class StructuredOutputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    /** Diverse bounded schemas: every supported feature at least once. */
    static final List<String> SCHEMAS = List.of(
            """
            {"type":"object","properties":{"name":{"type":"string","maxLength":12},
             "age":{"type":"integer","minimum":0,"maximum":150},"admin":{"type":"boolean"}},
             "required":["name","age","admin"]}""",
            """
            {"type":"object","properties":{"color":{"enum":["red","green","blue",7,null]},
             "version":{"const":{"major":1,"tags":["a\\"b"]}}},"required":["color","version"]}""",
            """
            {"type":"object","properties":{"a":{"type":"integer","minimum":-5,"maximum":5},
             "b":{"type":"string","maxLength":3},"c":{"type":"boolean"},"d":{"type":"null"}},
             "required":["c"]}""",
            """
            {"type":"object","properties":{"x":{"type":"boolean"},"y":{"type":"boolean"},"z":{"type":"boolean"}}}""",
            """
            {"type":"array","items":{"type":"integer","minimum":-50,"maximum":50},"minItems":1,"maxItems":4}""",
            """
            {"type":"array","prefixItems":[{"type":"string","maxLength":5},{"type":"integer","minimum":0,"maximum":99},
             {"type":"boolean"}],"items":false}""",
            """
            {"type":"array","prefixItems":[{"const":"head"}],"items":{"type":"integer","minimum":1,"maximum":3},
             "maxItems":4}""",
            """
            {"oneOf":[{"type":"integer","minimum":0,"maximum":9},{"type":"string","maxLength":5},{"type":"null"}]}""",
            """
            {"anyOf":[{"type":"object","properties":{"kind":{"const":"circle"},"r":{"type":"integer","minimum":1,"maximum":10}},
              "required":["kind","r"]},
             {"type":"object","properties":{"kind":{"const":"rect"},"w":{"type":"integer","minimum":1,"maximum":10},
              "h":{"type":"integer","minimum":1,"maximum":10}},"required":["kind","w","h"]}]}""",
            """
            {"$defs":{"Base":{"type":"object","properties":{"id":{"type":"integer","minimum":1,"maximum":999}},"required":["id"]}},
             "allOf":[{"$ref":"#/$defs/Base"},{"properties":{"label":{"type":"string","maxLength":6}},"required":["label"]}]}""",
            """
            {"definitions":{"Point":{"type":"object","properties":{"x":{"type":"integer","minimum":-9,"maximum":9},
              "y":{"type":"integer","minimum":-9,"maximum":9}},"required":["x","y"]}},
             "type":"object","properties":{"from":{"$ref":"#/definitions/Point"},"to":{"$ref":"#/definitions/Point"}},
             "required":["from","to"]}""",
            """
            {"type":"object","properties":{"d":{"type":"string","format":"date"},"t":{"type":"string","format":"time"},
             "dt":{"type":"string","format":"date-time"},"u":{"type":"string","format":"uuid"}},
             "required":["d","t","dt","u"]}""",
            """
            {"type":"object","properties":{"code":{"type":"string","pattern":"^[A-Z]{2}-[0-9]{3,5}$"},
             "word":{"type":"string","pattern":"^(ab|cd){1,3}x?$"},
             "phone":{"type":"string","pattern":"^\\\\(\\\\d{3}\\\\) \\\\d{3}-\\\\d{4}$"}},"required":["code","word","phone"]}""",
            """
            {"type":"array","items":{"type":"string","pattern":"^[\\"\\\\\\\\a-c]{1,3}\\\\.[^x]{0,4}$"},"maxItems":3}""",
            """
            {"type":"object","properties":{"maybe":{"type":["string","null"],"maxLength":4},
             "n":{"type":["integer","boolean"],"minimum":3,"maximum":4}},"required":["maybe","n"]}""",
            """
            {"type":"object","properties":{"score":{"type":"number"},"ratio":{"type":"number","minimum":0,"maximum":1},
             "temp":{"type":"number","minimum":-40,"maximum":-3}},"required":["score","ratio","temp"]}""",
            """
            {"type":"array","items":{"type":"object","properties":{"k":{"type":"string","minLength":1,"maxLength":4},
             "v":{"type":"integer","exclusiveMinimum":0,"exclusiveMaximum":100}},"required":["k","v"]},"maxItems":3}""",
            """
            {"type":"integer","minimum":-1234,"maximum":-17}""",
            """
            {"type":"integer","minimum":1000,"maximum":123456}""",
            """
            {"type":"string","minLength":3,"maxLength":6}""",
            """
            {"type":"array","items":{"enum":["x","y","z"]},"minItems":2,"maxItems":2}""",
            """
            {"type":"object","properties":{"tags":{"type":"array","items":{"type":"string","maxLength":5},"maxItems":3},
             "meta":{"type":"object","properties":{"ok":{"type":"boolean"}},"required":["ok"]}},
             "required":["tags"],"additionalProperties":false}""",
            """
            {"type":"object","properties":{"id":{"type":"integer","minimum":0,"maximum":9}},"required":["id"],
             "additionalProperties":{"type":"string","maxLength":4},"propertyNames":{"maxLength":3},"maxProperties":4}""");

    private static LlamaModel spm;
    private static LlamaModel bpe;
    private static LlamaModel coder;

    @BeforeAll
    static void load() {
        spm = LlamaModel.load(TestModels.tiny("llama-spm"));
        bpe = LlamaModel.load(TestModels.tiny("llama-bpe"));
        coder = LlamaModel.load(TestModels.tiny("deepseek-coder"));
    }

    @AfterAll
    static void close() {
        spm.close();
        bpe.close();
        coder.close();
    }

    private static LlamaContext context(LlamaModel m) {
        // One thread: on a busy 2-core machine two decode threads wait on each other (10x slower).
        return m.newContext(ContextParams.builder().contextSize(1024).threads(1).build());
    }

    /**
     * Every output validates: all schemas with two seeds on llama-spm (SentencePiece) and one on
     * deepseek-coder (BPE, 32k), every other schema on llama-bpe (128k, whose grammar checks cost most).
     */
    @Test
    void everyGenerationValidates() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        int runs = 0;
        record Plan(LlamaModel model, int seeds, int schemaStep) {}
        for (Plan plan : List.of(new Plan(spm, 2, 1), new Plan(coder, 1, 1), new Plan(bpe, 1, 2))) {
            try (LlamaContext ctx = context(plan.model())) {
                for (int i = 0; i < SCHEMAS.size(); i += plan.schemaStep()) {
                    String schemaText = SCHEMAS.get(i);
                    JsonSchema schema = JsonSchema.parse(schemaText);
                    var validator = FACTORY.getSchema(schemaText, CONFIG);
                    // The oracle is live: a long string fits none of these schemas.
                    assertFalse(validator.validate(MAPPER.readTree("\"__not valid__\"")).isEmpty(), schemaText);
                    for (long seed = 1; seed <= plan.seeds(); seed++) {
                        Sampler s = Sampler.builder().temperature(1.5f).seed(seed * 31 + i).build();
                        GenerateParams p = GenerateParams.builder().maxTokens(400).sampler(s).build();
                        runs++;
                        String out;
                        try {
                            out = StructuredOutput.generateJson(ctx, "JSON:", schema, p);
                        } catch (StructuredOutputException e) {
                            // Detected and refused (llama.cpp's grammar lets malformed UTF-8 through): not a wrong value.
                            if (e.getMessage().startsWith("the model produced malformed UTF-8")) malformed.add(e.getMessage());
                            else failures.add("schema " + i + " seed " + seed + ": " + e.getMessage());
                            continue;
                        }
                        distinct.add(out.strip());
                        JsonNode node = MAPPER.readTree(out);
                        Set<ValidationMessage> errors = validator.validate(node);
                        if (!errors.isEmpty()) failures.add("schema " + i + " seed " + seed + ": " + out + " -> " + errors);
                    }
                }
            }
        }
        System.out.println("structured output: " + runs + " runs, " + distinct.size() + " distinct, "
                + malformed.size() + " refused for malformed UTF-8, " + failures.size() + " invalid");
        if (!failures.isEmpty()) fail(failures.size() + " of " + runs + " outputs invalid:\n" + String.join("\n", failures));
        assertEquals(SCHEMAS.size() * 3 + (SCHEMAS.size() + 1) / 2, runs);
        assertTrue(malformed.size() <= runs / 20, "too many malformed UTF-8 outputs: " + malformed);
        // Random weights at temperature 1.5 explore: most runs must differ, or the test shows little.
        assertTrue(distinct.size() > runs / 2, "only " + distinct.size() + " distinct outputs of " + runs);
    }

    enum Role { ADMIN, USER, GUEST }

    record Address(@Constraints(maxLength = 10) String city, @Constraints(pattern = "^[0-9]{5}$") String zip) {}

    record Person(@Constraints(minLength = 1, maxLength = 16) String name,
                  @Constraints(minimum = 0, maximum = 150) int age,
                  Role role,
                  boolean active,
                  @Constraints(maxItems = 3, maxLength = 8) List<String> tags,
                  Address address,
                  Optional<Address> secondAddress,
                  @Constraints(minimum = -5, maximum = 5) Optional<Integer> delta) {}

    /** ctx.generate maps the output onto a record whose fields keep the schema's limits. */
    @Test
    void recordsFromBothModels() {
        Set<Person> seen = new HashSet<>();
        for (LlamaModel m : List.of(spm, coder)) {
            try (LlamaContext ctx = context(m)) {
                for (long seed = 1; seed <= 3; seed++) {
                    Sampler s = Sampler.builder().temperature(1.2f).seed(seed).build();
                    Person p = StructuredOutput.generate(ctx, "Person:", Person.class,
                            GenerateParams.builder().maxTokens(600).sampler(s).build());
                    seen.add(p);
                    assertTrue(p.name().length() >= 1 && p.name().codePointCount(0, p.name().length()) <= 16, p.name());
                    assertTrue(p.age() >= 0 && p.age() <= 150, p.toString());
                    assertTrue(p.role() != null && p.tags().size() <= 3, p.toString());
                    for (String t : p.tags()) assertTrue(t.codePointCount(0, t.length()) <= 8, t);
                    assertTrue(p.address().zip().matches("[0-9]{5}"), p.toString());
                    p.secondAddress().ifPresent(a -> assertTrue(a.zip().matches("[0-9]{5}")));
                    p.delta().ifPresent(d -> assertTrue(d >= -5 && d <= 5, p.toString()));
                }
                // Greedy (no sampler) works too and is reproducible.
                GenerateParams greedy = GenerateParams.builder().maxTokens(600).build();
                assertEquals(StructuredOutput.generate(ctx, "Person:", Person.class, greedy), StructuredOutput.generate(ctx, "Person:", Person.class, greedy));
            }
        }
        assertTrue(seen.size() >= 4, "sampling should give different people: " + seen);
    }

    /**
     * A stop string that the JSON begins but never completes: the text held back for it comes as
     * a last token without an id when the value ends, and must land in the value like any other
     * text (it once reached {@code Vocab.pieceBytes(NO_TOKEN)} and threw IllegalArgumentException).
     */
    @Test
    void heldBackStopStringPrefixIsFlushedIntoTheValue() {
        try (LlamaContext ctx = context(spm)) {
            GenerateParams greedy = GenerateParams.builder().maxTokens(600).build();
            JsonSchema schema = JsonSchema.of(Person.class);
            String plain = StructuredOutput.generateJson(ctx, "Person:", schema, greedy);
            Person expected = StructuredOutput.read(plain, Person.class);
            // The whole output, then only its last character, begin a stop string that never comes.
            for (String prefix : List.of(plain, plain.substring(plain.length() - 1))) {
                GenerateParams held = GenerateParams.builder().maxTokens(600).stop(prefix + "\u0001never").build();
                assertEquals(plain, StructuredOutput.generateJson(ctx, "Person:", schema, held), prefix);
                assertEquals(expected, StructuredOutput.generate(ctx, "Person:", Person.class, held), prefix);
            }
        }
    }

    /** A budget too small for the value: an exception with the raw text, never a half value. */
    @Test
    void truncatedOutputThrows() {
        try (LlamaContext ctx = context(spm)) {
            StructuredOutputException e = assertThrows(StructuredOutputException.class, () -> StructuredOutput.generate(ctx, "Person:",
                    Person.class, GenerateParams.builder().maxTokens(3).build()));
            assertEquals(StopReason.MAX_TOKENS, e.stopReason());
            assertTrue(e.rawText().startsWith("{"), e.rawText());
            assertTrue(e.getMessage().contains(e.rawText()));
        }
    }

    /** The caller's sampler keeps its settings, is not closed, and must not carry a grammar of its own. */
    @Test
    void callerSamplerIsCopiedNotConsumed() {
        Sampler s = Sampler.builder().topK(40).temperature(0.9f).seed(7).build();
        Sampler withGrammar = Sampler.builder().grammar("root ::= \"x\"", "root").build();
        try (LlamaContext ctx = context(bpe)) {
            GenerateParams p = GenerateParams.builder().maxTokens(600).sampler(s).build();
            Person a = StructuredOutput.generate(ctx, "Person:", Person.class, p);
            assertEquals(a, StructuredOutput.generate(ctx, "Person:", Person.class, p)); // same seed, same person
            assertTrue(ctx.complete("Hello", GenerateParams.builder().maxTokens(4).sampler(s).build()) != null);
            assertThrows(IllegalArgumentException.class, () -> StructuredOutput.generate(ctx, "Person:", Person.class,
                    GenerateParams.builder().sampler(withGrammar).build()));
        }
    }
}
