package io.github.llamaffm.json;

import io.github.llamaffm.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    @Test
    void parsesEveryKindOfValue() {
        Json v = Json.parse(" {\"a\": [1, -2.5e3, true, false, null, \"x\\ny\\u00e9\\/\"], \"b\": {}} \n");
        Json.Obj o = assertInstanceOf(Json.Obj.class, v);
        List<Json> a = assertInstanceOf(Json.Arr.class, o.get("a")).items();
        assertEquals(new Json.Num(new BigDecimal("1")), a.get(0));
        assertEquals(0, new BigDecimal("-2500").compareTo(((Json.Num) a.get(1)).value()));
        assertEquals(new Json.Bool(true), a.get(2));
        assertEquals(Json.Null.NULL, a.get(4));
        assertEquals(new Json.Str("x\nyé/"), a.get(5));
        assertEquals(new Json.Obj(java.util.Map.of()), o.get("b"));
    }

    @Test
    void writesWhatItParses() {
        String text = "{\"k\":[1,2.50,\"q\\\"\\\\\\u0001\\t\",{\"n\":null}],\"e\":\"é\"}";
        assertEquals(text, Json.write(Json.parse(text)));
        assertEquals("\"\\u001f\"", Json.write(new Json.Str("\u001f")));
    }

    @Test
    void repeatedKeyKeepsTheLastValue() {
        assertEquals(new Json.Num(BigDecimal.TWO), ((Json.Obj) Json.parse("{\"a\":1,\"a\":2}")).get("a"));
    }

    @Test
    void surrogatePairsInEscapes() {
        assertEquals(new Json.Str("😀"), Json.parse("\"\\ud83d\\ude00\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "}", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "-", "1e", "+1", "tru", "nul",
            "\"abc", "\"\\x\"", "\"\\u12g4\"", "\"a\nb\"", "{a:1}", "{\"a\" 1}", "[1 2]", "1 2", "'x'", "NaN",
            "Infinity", "[", "{\"a\":}", "\"\\u12\""})
    void rejectsInvalidJson(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(text));
        assertTrue(e.getMessage().startsWith("invalid JSON at offset"), e.getMessage());
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThrows(IllegalArgumentException.class, () -> Json.parse(deep));
        String ok = "[".repeat(500) + "]".repeat(500);
        assertInstanceOf(Json.Arr.class, Json.parse(ok));
    }
}
