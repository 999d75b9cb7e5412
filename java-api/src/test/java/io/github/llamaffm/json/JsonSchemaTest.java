package io.github.llamaffm.json;

import io.github.llamaffm.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The converter on many schemas: for each, JSON texts the grammar must accept and texts it must
 * reject, checked with a GBNF recognizer. (The end-to-end test runs llama.cpp's grammar engine
 * with an independent schema validator.)
 */
class JsonSchemaTest {

    private static Arguments c(String schema, List<String> accept, List<String> reject) {
        return Arguments.of(schema, accept, reject);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("{\"type\":\"string\"}", List.of("\"\"", "\"abc\"", "\"a\\\"b\\\\c\\n\\u00e9\"", "\"é漢\" "),
                        List.of("abc", "\"a\"b\"", "\"\\x\"", "\"\\ud800\"", "1")),
                c("{\"type\":\"string\",\"minLength\":2,\"maxLength\":3}", List.of("\"ab\"", "\"abc\"", "\"a\\n\""),
                        List.of("\"a\"", "\"abcd\"")),
                c("{\"type\":\"integer\"}", List.of("0", "-7", "123456789012"), List.of("01", "1.5", "+1", "-", "1e3")),
                c("{\"type\":\"number\"}", List.of("0", "-0.5", "3.25e-7", "1E+10", "12"), List.of(".5", "1.", "--1", "1e")),
                c("{\"type\":\"number\",\"minimum\":-2,\"maximum\":3}",
                        List.of("-2", "-1.999", "-0.5", "-0", "0", "0.25", "2.9999", "3"),
                        List.of("-2.1", "-3", "3.5", "3.0", "4", "1e0", "10")),
                c("{\"type\":\"number\",\"minimum\":0}", List.of("0", "0.5", "12345.678"), List.of("-0.5", "-1")),
                c("{\"type\":\"number\",\"maximum\":-10}", List.of("-10", "-10.5", "-99999.1"), List.of("-9.99", "0", "-1")),
                c("{\"type\":\"boolean\"}", List.of("true", "false"), List.of("True", "1")),
                c("{\"type\":\"null\"}", List.of("null"), List.of("nil", "\"null\"")),
                c("{\"type\":[\"string\",\"null\"],\"maxLength\":2}", List.of("null", "\"ab\""), List.of("\"abc\"", "1")),
                c("{\"enum\":[\"a\",1,null,{\"x\":[true]}]}", List.of("\"a\"", "1", "null", "{\"x\":[true]}"),
                        List.of("\"b\"", "2", "{\"x\":[false]}")),
                c("{\"const\":\"q\\\"uote\"}", List.of("\"q\\\"uote\""), List.of("\"quote\"")),
                c("{\"type\":\"integer\",\"minimum\":-15,\"maximum\":230}",
                        List.of("-15", "-9", "-1", "0", "9", "10", "99", "100", "199", "229", "230", "9 ", "-9\n "),
                        List.of("-16", "-0", "231", "300", "1000", "01")),
                c("{\"type\":\"integer\",\"exclusiveMinimum\":5,\"exclusiveMaximum\":8}", List.of("6", "7"), List.of("5", "8")),
                c("{\"type\":\"integer\",\"minimum\":0}", List.of("0", "5", "9999999"), List.of("-1")),
                c("{\"type\":\"integer\",\"maximum\":-3}", List.of("-3", "-40", "-99999"), List.of("-2", "0", "3")),
                c("{\"type\":\"integer\",\"minimum\":1000,\"maximum\":123456}", List.of("1000", "9999", "99999", "123456", "123399"),
                        List.of("999", "123457", "123460", "200000")),
                c("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"},\"b\":{\"type\":\"string\"},"
                                + "\"c\":{\"type\":\"boolean\"}},\"required\":[\"b\"]}",
                        List.of("{\"b\":\"x\"}", "{\"b\":\"x\",\"a\":1}", "{\"b\":\"x\",\"c\":true}", "{\"b\":\"x\",\"a\":1,\"c\":true}",
                                "{ \"b\" : \"x\" ,\n  \"a\": 1 }"),
                        List.of("{}", "{\"a\":1}", "{\"b\":\"x\",\"c\":true,\"a\":1}", "{\"b\":\"x\",\"d\":1}", "{\"b\":\"x\",}")),
                c("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"},\"b\":{\"type\":\"integer\"}}}",
                        List.of("{}", "{\"a\":1}", "{\"b\":2}", "{\"a\":1,\"b\":2}"), List.of("{\"b\":2,\"a\":1}", "{,}")),
                c("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}},\"additionalProperties\":{\"type\":\"boolean\"}}",
                        List.of("{}", "{\"a\":1}", "{\"a\":1,\"x\":true}", "{\"x\":true,\"ab\":false}", "{\"\":true}"),
                        List.of("{\"a\":true}", "{\"x\":1}", "{\"x\":true,\"a\":1}")),
                c("{\"type\":\"object\",\"properties\":{\"ab\":{\"const\":1}},\"additionalProperties\":{\"const\":2},"
                                + "\"propertyNames\":{\"maxLength\":2}}",
                        List.of("{}", "{\"ab\":1}", "{\"a\":2}", "{\"ax\":2}", "{\"\":2}", "{\"ab\":1,\"b\":2,\"ba\":2}"),
                        List.of("{\"ab\":2}", "{\"abc\":2}", "{\"xyz\":2}")),
                c("{\"type\":\"object\",\"additionalProperties\":true,\"maxProperties\":1}",
                        List.of("{}", "{\"k\":[1,{\"z\":null}]}"), List.of("{\"k\":1,\"j\":2}")),
                c("{\"type\":\"array\",\"items\":{\"type\":\"integer\"},\"minItems\":1,\"maxItems\":3}",
                        List.of("[1]", "[1, 2]", "[1,2,3]"), List.of("[]", "[1,2,3,4]", "[1,]", "[\"a\"]")),
                c("{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}", List.of("[]", "[1,2,3,4,5,6]"), List.of("[,]")),
                c("{\"type\":\"array\",\"maxItems\":0}", List.of("[]"), List.of("[1]")),
                c("{\"type\":\"array\",\"prefixItems\":[{\"type\":\"string\"},{\"type\":\"integer\"}],\"items\":false}",
                        List.of("[\"a\",1]"), List.of("[\"a\"]", "[\"a\",1,2]", "[1,\"a\"]")),
                c("{\"type\":\"array\",\"prefixItems\":[{\"type\":\"string\"}],\"items\":{\"type\":\"integer\"},\"maxItems\":3}",
                        List.of("[\"a\"]", "[\"a\",1]", "[\"a\",1,2]"), List.of("[\"a\",1,2,3]", "[\"a\",\"b\"]")),
                c("{\"type\":\"array\",\"items\":[{\"type\":\"null\"},{\"type\":\"boolean\"}]}", List.of("[null,true]"), List.of("[true,null]")),
                c("{\"oneOf\":[{\"type\":\"integer\"},{\"type\":\"string\",\"maxLength\":1}]}", List.of("1", "\"a\""),
                        List.of("\"ab\"", "true")),
                c("{\"anyOf\":[{\"$ref\":\"#/$defs/a\"},{\"type\":\"null\"}],\"$defs\":{\"a\":{\"const\":1}}}",
                        List.of("1", "null"), List.of("2")),
                c("{\"$defs\":{\"B\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}},\"required\":[\"id\"]}},"
                                + "\"allOf\":[{\"$ref\":\"#/$defs/B\"},{\"properties\":{\"n\":{\"type\":\"string\"}}}],"
                                + "\"properties\":{\"z\":{\"type\":\"boolean\"}},\"required\":[\"z\"]}",
                        List.of("{\"id\":1,\"z\":true}", "{\"id\":1,\"z\":true,\"n\":\"q\"}"),
                        List.of("{\"id\":1}", "{\"z\":true}", "{\"id\":1,\"n\":\"q\",\"z\":true}")),
                c("{\"definitions\":{\"P\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\"}},\"required\":[\"x\"]}},"
                                + "\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/P\"}}",
                        List.of("[]", "[{\"x\":1},{\"x\":2}]"), List.of("[{}]")),
                c("{\"$ref\":\"#/$defs/node\",\"$defs\":{\"node\":{\"type\":\"object\",\"properties\":{\"v\":{\"type\":\"integer\"},"
                                + "\"kids\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/node\"}}},\"required\":[\"v\"]}}}",
                        List.of("{\"v\":1}", "{\"v\":1,\"kids\":[{\"v\":2,\"kids\":[{\"v\":3}]},{\"v\":4}]}"),
                        List.of("{\"v\":1,\"kids\":[{}]}")),
                c("{\"type\":\"object\",\"properties\":{\"next\":{\"$ref\":\"#\"}}}", List.of("{}", "{\"next\":{\"next\":{}}}"),
                        List.of("{\"next\":1}")),
                c("{\"type\":\"string\",\"format\":\"date\"}", List.of("\"2024-02-28\"", "\"1999-12-31\"", "\"2023-04-30\""),
                        List.of("\"2024-02-30\"", "\"2023-04-31\"", "\"2023-13-01\"", "\"0999-01-01\"", "\"2023-1-01\"")),
                c("{\"type\":\"string\",\"format\":\"time\"}", List.of("\"23:59:59Z\"", "\"00:00:00.5Z\""),
                        List.of("\"24:00:00Z\"", "\"12:00:00\"", "\"12:60:00Z\"", "\"12:00:00+01:00\"")),
                c("{\"type\":\"string\",\"format\":\"date-time\"}",
                        List.of("\"2020-01-01T10:00:00Z\"", "\"2020-01-01T10:00:00.123-18:00\"", "\"2020-01-01T10:00:00+17:59\""),
                        List.of("\"2020-01-01 10:00:00Z\"", "\"2020-01-01T10:00:00+18:01\"", "\"2020-01-01T10:00:00+19:00\"")),
                c("{\"type\":\"string\",\"format\":\"uuid\"}", List.of("\"123e4567-e89b-12d3-a456-426614174000\""),
                        List.of("\"123e4567e89b12d3a456426614174000\"", "\"123e4567-e89b-12d3-a456-42661417400g\"")),
                c("{\"type\":\"string\",\"pattern\":\"^[A-Z]{2}-\\\\d{3,5}$\"}", List.of("\"AB-123\"", "\"ZZ-12345\""),
                        List.of("\"Ab-123\"", "\"AB-12\"", "\"AB-123456\"")),
                c("{\"type\":\"string\",\"pattern\":\"(ab|c)+x?\"}", List.of("\"ab\"", "\"cabcx\""), List.of("\"\"", "\"abx x\"")),
                c("{\"type\":\"string\",\"pattern\":\"^a.b[^0-9]c$\"}", List.of("\"a-bxc\"", "\"aébéc\""),
                        List.of("\"a\\\"b_c\"", "\"a-b5c\"", "\"a\\nbxc\"")),
                c("{\"type\":\"string\",\"pattern\":\"^[\\\"\\\\\\\\]\\\\.$\"}", List.of("\"\\\".\"", "\"\\\\.\""), List.of("\"\\\\x\"")),
                c("{\"type\":\"string\",\"pattern\":\"^\\\\(\\\\d{3}\\\\) \\\\w+\\\\s?$\"}", List.of("\"(123) ab_9\"", "\"(123) a \""),
                        List.of("\"(12) ab\"")),
                c("true", List.of("{\"a\":[1,\"x\",null]}", "3", "\"s\""), List.of("{a:1}")),
                c("{}", List.of("[]", "false"), List.of("")),
                c("{\"description\":\"annotations only\",\"title\":\"t\",\"examples\":[1],\"maxLength\":2}", List.of("\"ab\""),
                        List.of("\"abc\"", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void grammarAcceptsValidAndRejectsInvalid(String schema, List<String> accept, List<String> reject) {
        String grammar = JsonSchema.parse(schema).toGrammar();
        assertTrue(grammar.startsWith("root ::= "), grammar);
        GbnfMatcher m = new GbnfMatcher(grammar);
        for (String ok : accept) assertTrue(m.matches(ok), () -> "should accept " + ok + "\n" + grammar);
        for (String bad : reject) assertFalse(m.matches(bad), () -> "should reject " + bad + "\n" + grammar);
    }

    /** The integer range algorithm against brute force, on many small ranges. */
    @Test
    void integerRangesAreExact() {
        int[][] ranges = {{0, 0}, {-9, 9}, {7, 7}, {-1, -1}, {3, 47}, {10, 99}, {-120, -35}, {95, 1005}, {-1005, 1005}, {19, 21},
                {100, 199}, {0, 1000}, {-7, 0}, {899, 901}};
        for (int[] r : ranges) {
            GbnfMatcher m = new GbnfMatcher(JsonSchema.parse("{\"type\":\"integer\",\"minimum\":" + r[0] + ",\"maximum\":" + r[1]
                    + "}").toGrammar());
            for (int v = r[0] - 30; v <= r[1] + 30; v++) {
                boolean in = v >= r[0] && v <= r[1];
                assertEquals(in, m.matches(Integer.toString(v)), "range " + r[0] + ".." + r[1] + " value " + v);
            }
        }
    }

    @Test
    void requiredThenOptionalInOrder() {
        GbnfMatcher m = new GbnfMatcher(JsonSchema.parse("{\"type\":\"object\",\"properties\":{\"o1\":{\"const\":1},"
                + "\"r\":{\"const\":2},\"o2\":{\"const\":3}},\"required\":[\"r\"]}").toGrammar());
        assertTrue(m.matches("{\"r\":2,\"o1\":1,\"o2\":3}"));
        assertFalse(m.matches("{\"o1\":1,\"r\":2}"));
    }

    @Test
    void whitespaceIsBoundedSoOutputEnds() {
        GbnfMatcher m = new GbnfMatcher(JsonSchema.parse("{\"type\":\"boolean\"}").toGrammar());
        assertTrue(m.matches("true\n" + " ".repeat(20)));
        assertFalse(m.matches("true\n" + " ".repeat(21)));
    }

    static Stream<Arguments> unsupported() {
        return Stream.of(
                Arguments.of("{\"type\":\"string\",\"contentEncoding\":\"base64\"}", "'contentEncoding' at #"),
                Arguments.of("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\",\"multipleOf\":3}}}",
                        "'multipleOf' at #/properties/a"),
                Arguments.of("{\"type\":\"array\",\"uniqueItems\":true}", "uniqueItems"),
                Arguments.of("{\"type\":\"number\",\"exclusiveMinimum\":0}", "'exclusiveMinimum' is supported for type integer"),
                Arguments.of("{\"type\":\"number\",\"maximum\":0.5}", "a fractional maximum on type number"),
                Arguments.of("{\"type\":\"string\",\"format\":\"email\"}", "unsupported string format 'email' at #"),
                Arguments.of("{\"type\":\"string\",\"pattern\":\"^(?=a)b$\"}", "lookaround"),
                Arguments.of("{\"type\":\"string\",\"pattern\":\"(a)\\\\1\"}", "escape \\1"),
                Arguments.of("{\"$ref\":\"https://example.com/s.json\"}", "only local $ref"),
                Arguments.of("{\"$ref\":\"#/$defs/missing\"}", "points to nothing"),
                Arguments.of("{\"type\":\"object\",\"required\":[\"x\"]}", "required property 'x'"),
                Arguments.of("{\"type\":\"teapot\"}", "unknown type 'teapot'"),
                Arguments.of("{\"type\":\"object\",\"properties\":{\"a\":false}}", "#/properties/a is false"),
                Arguments.of("{\"type\":\"string\",\"pattern\":\"^a\",\"maxLength\":3}", "pattern together with"),
                Arguments.of("{\"allOf\":[{\"type\":\"string\"}]}", "allOf is supported for object schemas"),
                Arguments.of("{\"type\":\"array\",\"minItems\":3,\"maxItems\":2}", "maxItems < minItems"),
                Arguments.of("{\"not\":{}}", "'not' at #"),
                Arguments.of("{\"type\":\"object\",\"propertyNames\":{\"pattern\":\"^a\"}}", "propertyNames is supported with maxLength only"),
                Arguments.of("{\"properties\":{\"long\":{}},\"propertyNames\":{\"maxLength\":2}}", "property 'long' is longer"),
                Arguments.of("[1]", "not an object"),
                Arguments.of("{\"type\":", "invalid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void unsupportedKeywordsAreNamed(String schema, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonSchema.parse(schema));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void schemaTextRoundTrips() {
        JsonSchema s = JsonSchema.parse(" {\"type\" : \"integer\", \"minimum\": 1} ");
        assertEquals("{\"type\":\"integer\",\"minimum\":1}", s.toJson());
        assertEquals(s, JsonSchema.parse(s.toJson()));
        assertEquals(s.toJson(), s.toString());
    }
}
