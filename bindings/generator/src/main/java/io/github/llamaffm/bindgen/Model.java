package io.github.llamaffm.bindgen;

import java.util.List;

/** What the generator knows of the headers: C declarations with clang's sizes, offsets and values. */
final class Model {
    private Model() {}

    /** A C type as the bindings see it. */
    sealed interface CType permits Prim, Pointer, Record, Array, Void {}

    /** A scalar: {@code layout} is the header class's constant (C_INT, ...), {@code java} the Java type. */
    record Prim(String layout, String java, String valueLayoutClass, long size) implements CType {}

    /** Any pointer, function pointers included: a MemorySegment. {@code functionTypedef} names a callback type when known. */
    record Pointer(String functionTypedef) implements CType {}

    /** A struct or union by value; {@code name} is its class, or null for an anonymous record laid out inline. */
    record Record(String name, String usr, RecordDecl inline) implements CType {}

    /** A fixed-size array. */
    record Array(CType element, long count) implements CType {}

    /** void (results only). */
    record Void() implements CType {}

    /**
     * A field; {@code parent} names the anonymous struct/union member it is promoted from (C11
     * {@code union { ... };} inside a struct), or is null for a direct field.
     */
    record Field(String name, CType type, long offsetBytes, long sizeBytes, String parent) {
        Field(String name, CType type, long offsetBytes, long sizeBytes) {
            this(name, type, offsetBytes, sizeBytes, null);
        }
    }

    record RecordDecl(String name, String usr, boolean union, long size, long align, List<Field> fields,
                      String header, String unsupported) {}

    record Param(String name, CType type) {}

    record Function(String name, CType result, List<Param> params, boolean variadic, boolean deprecated,
                    String header) {}

    /** A function-pointer typedef: a class with a Function interface. */
    record Callback(String name, CType result, List<Param> params, String header) {}

    /** A typedef of a scalar or pointer: a layout constant in the header class. */
    record Alias(String name, CType target, String header) {}

    /** An enum constant or an integer/float macro. {@code java} is int, long, float or double. */
    record Constant(String name, String java, String value, String header) {}
}
