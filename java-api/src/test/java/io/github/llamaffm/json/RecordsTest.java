package io.github.llamaffm.json;

import io.github.llamaffm.internal.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordsTest {
    enum Color { RED, GREEN }

    record Inner(@Constraints(maxLength = 4) String s) {}

    record All(String str, char ch, boolean flag, int i, long l, short sh, byte b, Integer boxed, double d, float f,
               BigInteger big, BigDecimal dec, Color color, List<Inner> inners, int[] ints, String[] strs,
               Map<String, Integer> counts, Optional<Inner> maybe, Optional<Integer> maybeNum,
               @Constraints(minimum = 1, maximum = 5, maxItems = 2) List<Integer> small) {}

    record Tree(int v, List<Tree> kids) {}

    record A(B b) {}

    record B(Optional<A> a) {}

    record Checked(@Constraints(minimum = 0) int n) {
        Checked {
            if (n > 10) throw new IllegalArgumentException("n too big");
        }
    }

    @Test
    void recordSchemaHasRequiredOptionalAndDefs() {
        String json = JsonSchema.of(All.class).toJson();
        assertTrue(json.startsWith("{\"type\":\"object\",\"properties\":{\"str\":{\"type\":\"string\"},"
                + "\"ch\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1},\"flag\":{\"type\":\"boolean\"},"
                + "\"i\":{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}"), json);
        assertTrue(json.contains("\"color\":{\"type\":\"string\",\"enum\":[\"RED\",\"GREEN\"]}"), json);
        assertTrue(json.contains("\"inners\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Inner\"}}"), json);
        assertTrue(json.contains("\"counts\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\""), json);
        assertTrue(json.contains("\"small\":{\"type\":\"array\",\"items\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":5},"
                + "\"maxItems\":2}"), json);
        assertTrue(json.contains("\"$defs\":{\"Inner\":{\"type\":\"object\",\"properties\":{\"s\":{\"type\":\"string\",\"maxLength\":4}}"), json);
        assertTrue(json.contains("\"required\":[\"str\",\"ch\",\"flag\",\"i\",\"l\",\"sh\",\"b\",\"boxed\",\"d\",\"f\",\"big\","
                + "\"dec\",\"color\",\"inners\",\"ints\",\"strs\",\"counts\",\"small\"]"), json);
        assertTrue(json.contains("\"additionalProperties\":false"), json);
    }

    @Test
    void readsEveryKind() {
        String text = """
                {"str":"s","ch":"c","flag":true,"i":-5,"l":9007199254740993,"sh":300,"b":-100,"boxed":null,
                 "d":1.5,"f":2.25,"big":123456789012345678901234567890,"dec":0.1,"color":"GREEN",
                 "inners":[{"s":"a"},{"s":"b"}],"ints":[1,2],"strs":["x"],"counts":{"a":1},"maybe":{"s":"m"},
                 "small":[1,5],"ignored":[1]}""";
        All a = StructuredOutput.read(text, All.class);
        assertEquals("s", a.str());
        assertEquals('c', a.ch());
        assertEquals(9007199254740993L, a.l());
        assertEquals(null, a.boxed());
        assertEquals(new BigInteger("123456789012345678901234567890"), a.big());
        assertEquals(new BigDecimal("0.1"), a.dec());
        assertEquals(Color.GREEN, a.color());
        assertEquals(List.of(new Inner("a"), new Inner("b")), a.inners());
        assertArrayEquals(new int[] {1, 2}, a.ints());
        assertArrayEquals(new String[] {"x"}, a.strs());
        assertEquals(Map.of("a", 1), a.counts());
        assertEquals(Optional.of(new Inner("m")), a.maybe());
        assertEquals(Optional.empty(), a.maybeNum());
    }

    @Test
    void recursiveRecordsUseRefs() {
        String tree = JsonSchema.of(Tree.class).toJson();
        assertTrue(tree.contains("\"kids\":{\"type\":\"array\",\"items\":{\"$ref\":\"#\"}}"), tree);
        String a = JsonSchema.of(A.class).toJson();
        assertTrue(a.contains("\"$defs\":{\"B\":"), a);
        assertTrue(a.contains("\"a\":{\"$ref\":\"#\"}"), a);
        GbnfMatcher m = new GbnfMatcher(JsonSchema.of(Tree.class).toGrammar());
        assertTrue(m.matches("{\"v\":1,\"kids\":[{\"v\":2,\"kids\":[]}]}"));
        assertFalse(m.matches("{\"v\":1}"));
        assertEquals(new Tree(1, List.of(new Tree(2, List.of()))),
                StructuredOutput.read("{\"v\":1,\"kids\":[{\"v\":2,\"kids\":[]}]}", Tree.class));
    }

    @Test
    void intBoundsComeFromTheJavaType() {
        GbnfMatcher m = new GbnfMatcher(JsonSchema.of(All.class).toGrammar());
        String base = "{\"str\":\"\",\"ch\":\"c\",\"flag\":false,\"i\":%s,\"l\":0,\"sh\":0,\"b\":127,\"boxed\":1,\"d\":0,\"f\":0,"
                + "\"big\":0,\"dec\":0,\"color\":\"RED\",\"inners\":[],\"ints\":[],\"strs\":[],\"counts\":{},\"small\":[]}";
        assertTrue(m.matches(String.format(base, "2147483647")));
        assertTrue(m.matches(String.format(base, "-2147483648")));
        assertFalse(m.matches(String.format(base, "2147483648")));
    }

    @Test
    void mappingErrorsNameThePath() {
        assertMessage("$.i: 1.5 is not a int", "{\"i\":1.5}", Ii.class);
        assertMessage("$.i: 2147483648 is not a int", "{\"i\":2147483648}", Ii.class);
        assertMessage("$.i: missing", "{}", Ii.class);
        assertMessage("$.i: expected a number, got \"x\"", "{\"i\":\"x\"}", Ii.class);
        assertMessage("$.s: 'BLUE' is not a constant of Color", "{\"s\":\"BLUE\"}", En.class);
        assertMessage("Checked refused the values", "{\"n\":11}", Checked.class);
    }

    record Ii(int i) {}

    record En(Color s) {}

    private static void assertMessage(String expected, String json, Class<?> type) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StructuredOutput.read(json, type));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    record Bad(Object o) {}

    record BadMap(Map<Integer, String> m) {}

    @Test
    void unsupportedTypesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JsonSchema.of(Bad.class));
        assertThrows(IllegalArgumentException.class, () -> JsonSchema.of(BadMap.class));
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", JsonSchema.of(String[].class).toJson());
    }
}
