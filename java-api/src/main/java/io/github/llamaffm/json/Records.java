package io.github.llamaffm.json;

import io.github.llamaffm.internal.Json;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Java types to JSON Schema, and JSON values to instances of those types: records (nested and
 * recursive), enums, {@code List}, arrays, {@code Optional} components, {@code Map<String, V>},
 * {@code String}, {@code char}, {@code boolean}, the primitive numbers and their boxes,
 * {@code BigInteger} and {@code BigDecimal}.
 */
final class Records {
    private Records() {}

    // ---- schemas -----------------------------------------------------------------------------

    /** The schema of {@code type}: the root record inline, other records under {@code $defs}. */
    static Json.Obj schema(Class<?> type) {
        Defs defs = new Defs(type);
        Json top = type.isRecord() ? defs.recordSchema(type) : defs.schema(type, null, type.getName());
        Map<String, Json> root = new LinkedHashMap<>(((Json.Obj) top).members());
        if (!defs.bodies.isEmpty()) root.put("$defs", new Json.Obj(defs.bodies));
        return new Json.Obj(root);
    }

    /** Collects nested records as named definitions so recursive records become {@code $ref}s. */
    private static final class Defs {
        private final Class<?> root;
        private final Map<Class<?>, String> names = new HashMap<>();
        private final Map<String, Json> bodies = new LinkedHashMap<>();

        Defs(Class<?> root) {
            this.root = root;
        }

        Json schema(Type t, Constraints c, String where) {
            Map<String, Json> m = new LinkedHashMap<>();
            if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
                Type[] args = p.getActualTypeArguments();
                if (List.class.isAssignableFrom(raw) || raw == Collection.class) return array(args[0], c, where);
                if (Map.class.isAssignableFrom(raw)) {
                    if (args[0] != String.class) throw new IllegalArgumentException(where + ": map keys must be String");
                    m.put("type", new Json.Str("object"));
                    m.put("additionalProperties", schema(args[1], c, where + "[value]"));
                    return new Json.Obj(m);
                }
                if (raw == Optional.class) {
                    throw new IllegalArgumentException(where + ": Optional is supported only as a record component's type");
                }
                throw new IllegalArgumentException(where + ": unsupported type " + t.getTypeName());
            }
            if (t instanceof GenericArrayType g) return array(g.getGenericComponentType(), c, where);
            if (!(t instanceof Class<?> k)) throw new IllegalArgumentException(where + ": unsupported type " + t.getTypeName());
            if (k.isArray()) return array(k.getComponentType(), c, where);
            if (k.isRecord()) {
                if (k == root) return new Json.Obj(Map.of("$ref", new Json.Str("#")));
                return new Json.Obj(Map.of("$ref", new Json.Str("#/$defs/" + define(k))));
            }
            if (k.isEnum()) {
                List<Json> values = new ArrayList<>();
                for (Object e : k.getEnumConstants()) values.add(new Json.Str(((Enum<?>) e).name()));
                m.put("type", new Json.Str("string"));
                m.put("enum", new Json.Arr(values));
                return described(m, c);
            }
            if (k == String.class || k == char.class || k == Character.class) {
                m.put("type", new Json.Str("string"));
                if (k != String.class) {
                    m.put("minLength", num(1));
                    m.put("maxLength", num(1));
                } else if (c != null) {
                    if (c.minLength() >= 0) m.put("minLength", num(c.minLength()));
                    if (c.maxLength() >= 0) m.put("maxLength", num(c.maxLength()));
                    if (!c.pattern().isEmpty()) m.put("pattern", new Json.Str(c.pattern()));
                    if (!c.format().isEmpty()) m.put("format", new Json.Str(c.format()));
                }
                return described(m, c);
            }
            if (k == boolean.class || k == Boolean.class) {
                m.put("type", new Json.Str("boolean"));
                return described(m, c);
            }
            long[] range = integerRange(k);
            if (range != null || k == BigInteger.class) {
                m.put("type", new Json.Str("integer"));
                long lo = range == null ? Long.MIN_VALUE : range[0], hi = range == null ? Long.MAX_VALUE : range[1];
                if (c != null) {
                    lo = Math.max(lo, c.minimum());
                    hi = Math.min(hi, c.maximum());
                }
                if (lo != Long.MIN_VALUE || range != null) m.put("minimum", num(lo));
                if (hi != Long.MAX_VALUE || range != null) m.put("maximum", num(hi));
                return described(m, c);
            }
            if (k == double.class || k == Double.class || k == float.class || k == Float.class || k == BigDecimal.class) {
                m.put("type", new Json.Str("number"));
                return described(m, c);
            }
            throw new IllegalArgumentException(where + ": unsupported type " + k.getName());
        }

        private Json array(Type item, Constraints c, String where) {
            Map<String, Json> m = new LinkedHashMap<>();
            m.put("type", new Json.Str("array"));
            m.put("items", schema(item, c, where + "[item]"));
            if (c != null && c.minItems() >= 0) m.put("minItems", num(c.minItems()));
            if (c != null && c.maxItems() >= 0) m.put("maxItems", num(c.maxItems()));
            return new Json.Obj(m);
        }

        private String define(Class<?> k) {
            String name = names.get(k);
            if (name != null) return name;
            name = k.getSimpleName();
            for (int i = 2; bodies.containsKey(name); i++) name = k.getSimpleName() + i;
            names.put(k, name);
            bodies.put(name, Json.Null.NULL); // placeholder: keeps the name taken while recursing
            bodies.put(name, recordSchema(k));
            return name;
        }

        Json recordSchema(Class<?> k) {
            Map<String, Json> props = new LinkedHashMap<>();
            List<Json> required = new ArrayList<>();
            for (RecordComponent rc : k.getRecordComponents()) {
                Constraints c = rc.getAnnotation(Constraints.class);
                Type t = rc.getGenericType();
                boolean optional = t instanceof ParameterizedType p && p.getRawType() == Optional.class;
                if (optional) t = ((ParameterizedType) t).getActualTypeArguments()[0];
                else required.add(new Json.Str(rc.getName()));
                props.put(rc.getName(), schema(t, c, k.getSimpleName() + "." + rc.getName()));
            }
            Map<String, Json> m = new LinkedHashMap<>();
            m.put("type", new Json.Str("object"));
            m.put("properties", new Json.Obj(props));
            m.put("required", new Json.Arr(required));
            m.put("additionalProperties", new Json.Bool(false));
            return new Json.Obj(m);
        }
    }

    private static Json described(Map<String, Json> m, Constraints c) {
        if (c != null && !c.description().isEmpty()) m.put("description", new Json.Str(c.description()));
        return new Json.Obj(m);
    }

    private static Json.Num num(long v) {
        return new Json.Num(BigDecimal.valueOf(v));
    }

    private static long[] integerRange(Class<?> k) {
        if (k == int.class || k == Integer.class) return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        if (k == long.class || k == Long.class) return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        if (k == short.class || k == Short.class) return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        if (k == byte.class || k == Byte.class) return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
        return null;
    }

    // ---- instances ---------------------------------------------------------------------------

    /**
     * Builds a {@code type} from {@code v}.
     *
     * @throws IllegalArgumentException naming the JSON path where the value does not fit the type
     */
    static Object read(Json v, Type t, String path) {
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
                List<Object> out = new ArrayList<>();
                List<Json> items = expect(v, Json.Arr.class, "an array", path).items();
                for (int i = 0; i < items.size(); i++) out.add(read(items.get(i), args[0], path + "[" + i + "]"));
                return java.util.Collections.unmodifiableList(out);
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (var e : expect(v, Json.Obj.class, "an object", path).members().entrySet()) {
                    out.put(e.getKey(), read(e.getValue(), args[1], path + "." + e.getKey()));
                }
                return java.util.Collections.unmodifiableMap(out);
            }
            if (raw == Optional.class) return v == Json.Null.NULL ? Optional.empty() : Optional.of(read(v, args[0], path));
            throw new IllegalArgumentException(path + ": unsupported type " + t.getTypeName());
        }
        if (t instanceof GenericArrayType g) return array(v, g.getGenericComponentType(), rawClass(g.getGenericComponentType()), path);
        Class<?> k = (Class<?>) t;
        if (k.isArray()) return array(v, k.getComponentType(), k.getComponentType(), path);
        if (v == Json.Null.NULL && !k.isPrimitive()) return null;
        if (k.isRecord()) return record(expect(v, Json.Obj.class, "an object", path), k, path);
        if (k.isEnum()) {
            String name = expect(v, Json.Str.class, "a string", path).value();
            for (Object e : k.getEnumConstants()) if (((Enum<?>) e).name().equals(name)) return e;
            throw new IllegalArgumentException(path + ": '" + name + "' is not a constant of " + k.getSimpleName());
        }
        if (k == String.class) return expect(v, Json.Str.class, "a string", path).value();
        if (k == char.class || k == Character.class) {
            String s = expect(v, Json.Str.class, "a string", path).value();
            if (s.length() != 1) throw new IllegalArgumentException(path + ": expected one character, got \"" + s + "\"");
            return s.charAt(0);
        }
        if (k == boolean.class || k == Boolean.class) return expect(v, Json.Bool.class, "true or false", path).value();
        BigDecimal d = expect(v, Json.Num.class, "a number", path).value();
        try {
            if (k == int.class || k == Integer.class) return d.intValueExact();
            if (k == long.class || k == Long.class) return d.longValueExact();
            if (k == short.class || k == Short.class) return d.shortValueExact();
            if (k == byte.class || k == Byte.class) return d.byteValueExact();
            if (k == BigInteger.class) return d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(path + ": " + d + " is not a " + k.getSimpleName());
        }
        if (k == double.class || k == Double.class) return d.doubleValue();
        if (k == float.class || k == Float.class) return d.floatValue();
        if (k == BigDecimal.class) return d;
        throw new IllegalArgumentException(path + ": unsupported type " + k.getName());
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) return c;
        if (t instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        if (t instanceof GenericArrayType g) return rawClass(g.getGenericComponentType()).arrayType();
        throw new IllegalArgumentException("unsupported type " + t.getTypeName());
    }

    private static Object array(Json v, Type item, Class<?> itemClass, String path) {
        List<Json> items = expect(v, Json.Arr.class, "an array", path).items();
        Object out = Array.newInstance(itemClass, items.size());
        for (int i = 0; i < items.size(); i++) Array.set(out, i, read(items.get(i), item, path + "[" + i + "]"));
        return out;
    }

    private static Object record(Json.Obj o, Class<?> k, String path) {
        RecordComponent[] rcs = k.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            RecordComponent rc = rcs[i];
            types[i] = rc.getType();
            Json v = o.get(rc.getName());
            String p = path + "." + rc.getName();
            if (v == null) {
                if (rc.getType() != Optional.class) throw new IllegalArgumentException(p + ": missing");
                args[i] = Optional.empty();
            } else {
                args[i] = read(v, rc.getGenericType(), p);
            }
            if (args[i] == null && rc.getType().isPrimitive()) throw new IllegalArgumentException(p + ": null for a primitive");
        }
        try {
            Constructor<?> ctor = k.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(path + ": " + k.getSimpleName() + " refused the values: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException(path + ": cannot construct " + k.getName() + ": " + e, e);
        }
    }

    private static <J extends Json> J expect(Json v, Class<J> type, String what, String path) {
        if (!type.isInstance(v)) throw new IllegalArgumentException(path + ": expected " + what + ", got " + Json.write(v));
        return type.cast(v);
    }
}
