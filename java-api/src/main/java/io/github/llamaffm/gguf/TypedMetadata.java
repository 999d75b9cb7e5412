package io.github.llamaffm.gguf;

import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The typed reading of a parsed file's metadata behind {@link GgufFile}'s {@code get...} and
 * {@code find...} getters: it checks that a key's value has the type asked for and fits, and
 * otherwise throws a {@link GgufValueException} naming the file, the value's offset, the key, the
 * type asked for and the type found. Apart from the reader so that these conversion rules (which
 * types count as integers, what fits an {@code int}) are written once for both getter families.
 * Immutable; reads maps that never change.
 */
final class TypedMetadata {
    private final Path path;
    private final Map<String, GgufValue> metadata;
    /** Per key, the offset of its value's type field in the file. */
    private final Map<String, Long> valueOffsets;

    TypedMetadata(Path path, Map<String, GgufValue> metadata, Map<String, Long> valueOffsets) {
        this.path = path;
        this.metadata = metadata;
        this.valueOffsets = valueOffsets;
    }

    /** The value of a key that must be present. */
    GgufValue require(String key) {
        GgufValue v = metadata.get(Objects.requireNonNull(key, "key"));
        if (v == null) {
            throw new NoSuchElementException(path + ": no metadata key " + GgufParser.quote(key));
        }
        return v;
    }

    /** The value of a key converted by {@code as}, or empty when the key is absent. */
    <T> Optional<T> find(String key, BiFunction<String, GgufValue, T> as) {
        GgufValue v = metadata.get(key);
        return v == null ? Optional.empty() : Optional.of(as.apply(key, v));
    }

    private GgufValueException error(String key, String expected, String actual, String problem) {
        return new GgufValueException(path, valueOffsets.getOrDefault(key, -1L), key, expected, actual,
                "metadata key " + GgufParser.quote(key) + problem);
    }

    private GgufValueException typeError(String key, GgufValue v, String wanted) {
        return error(key, wanted, v.type().toString(), " is a " + v.type() + ", not " + wanted);
    }

    String string(String key, GgufValue v) {
        if (v.type() != GgufType.STRING) {
            throw typeError(key, v, "a string");
        }
        return v.asString();
    }

    long int64(String key, GgufValue v) {
        if (!v.type().isInteger()) {
            throw typeError(key, v, "an integer");
        }
        long l = v.asLong();
        if (v.type() == GgufType.UINT64 && l < 0) {
            String value = Long.toUnsignedString(l);
            throw error(key, "a long", v.type() + " " + value, " = " + value + " does not fit in a long");
        }
        return l;
    }

    int int32(String key, GgufValue v) {
        long l = int64(key, v);
        if (l != (int) l) {
            throw error(key, "an int", v.type() + " " + l, " = " + l + " does not fit in an int");
        }
        return (int) l;
    }

    double number(String key, GgufValue v) {
        if (!v.type().isFloatingPoint()) {
            throw typeError(key, v, "a floating point number");
        }
        return v.asDouble();
    }

    boolean bool(String key, GgufValue v) {
        if (v.type() != GgufType.BOOL) {
            throw typeError(key, v, "a boolean");
        }
        return v.asBoolean();
    }

    GgufArray array(String key, GgufValue v) {
        if (v.type() != GgufType.ARRAY) {
            throw typeError(key, v, "an array");
        }
        return v.asArray();
    }
}
