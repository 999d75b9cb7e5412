package io.github.llamaffm.bindgen;

import io.github.llamaffm.bindgen.Model.Alias;
import io.github.llamaffm.bindgen.Model.Array;
import io.github.llamaffm.bindgen.Model.CType;
import io.github.llamaffm.bindgen.Model.Callback;
import io.github.llamaffm.bindgen.Model.Constant;
import io.github.llamaffm.bindgen.Model.Field;
import io.github.llamaffm.bindgen.Model.Function;
import io.github.llamaffm.bindgen.Model.Param;
import io.github.llamaffm.bindgen.Model.Pointer;
import io.github.llamaffm.bindgen.Model.Prim;
import io.github.llamaffm.bindgen.Model.Record;
import io.github.llamaffm.bindgen.Model.RecordDecl;
import io.github.llamaffm.bindgen.Model.Void;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Writes Java source of jextract's shape from the parsed model. Output is deterministic. */
final class Emitter {
    /** Members per header class before it is split (jextract splits large header classes too). */
    private static final int MAX_WEIGHT = 1200;
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_", "var", "record", "yield");

    private final String pkg;
    private final String headerClass;
    private final String version;
    private final Map<String, RecordDecl> records;
    private final Map<String, String> files = new TreeMap<>();

    Emitter(String pkg, String headerClass, String version, Map<String, RecordDecl> records) {
        this.pkg = pkg;
        this.headerClass = headerClass;
        this.version = version;
        this.records = records;
    }

    Map<String, String> files() {
        return files;
    }

    void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".java"), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private String banner(String headers) {
        return "// Generated from " + headers + " of llama.cpp " + version
                + " by llama-ffm's bindings generator (bindings/generator) \u2014 do not edit.\n"
                + "// Regenerate with 'make bindings'.\n\n"
                + "package " + pkg + ";\n\n";
    }

    private static final String IMPORTS = """
            import java.lang.foreign.*;
            import java.lang.invoke.*;
            import java.util.*;
            import java.util.function.*;

            import static java.lang.foreign.MemoryLayout.PathElement.*;

            """;

    // ---- header classes ---------------------------------------------------------------------

    void header(List<String> headers, List<Function> functions, List<Constant> constants, List<Alias> aliases) {
        String shared = headerClass + "_shared";
        String hdrs = String.join(", ", headers);
        files.put("SymbolHook", banner(hdrs) + IMPORTS + """
                /**
                 * Where the bindings find native symbols: the one hook the library loader fills. Until it is
                 * filled, symbols are looked up in the libraries loaded by this class's loader (System.load),
                 * as jextract's own output does.
                 */
                public final class SymbolHook {
                    private static volatile SymbolLookup lookup;

                    private SymbolHook() {}

                    /** Sets the lookup every binding resolves its symbols through. */
                    public static void install(SymbolLookup lookup) {
                        SymbolHook.lookup = Objects.requireNonNull(lookup, "lookup");
                    }

                    /** Finds a symbol through the installed lookup. */
                    public static Optional<MemorySegment> find(String name) {
                        SymbolLookup l = lookup;
                        if (l == null) l = SymbolLookup.loaderLookup().or(Linker.nativeLinker().defaultLookup());
                        return l.find(name);
                    }
                }
                """);

        StringBuilder root = new StringBuilder(banner(hdrs) + IMPORTS);
        root.append("public class ").append(shared).append(" {\n\n    ").append(shared).append("() {\n        // static members only\n    }\n\n");
        root.append("""
                    public static final ValueLayout.OfBoolean C_BOOL = ValueLayout.JAVA_BOOLEAN;
                    public static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
                    public static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
                    public static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
                    public static final ValueLayout.OfLong C_LONG_LONG = ValueLayout.JAVA_LONG;
                    public static final ValueLayout.OfFloat C_FLOAT = ValueLayout.JAVA_FLOAT;
                    public static final ValueLayout.OfDouble C_DOUBLE = ValueLayout.JAVA_DOUBLE;
                    public static final AddressLayout C_POINTER = ValueLayout.ADDRESS
                            .withTargetLayout(MemoryLayout.sequenceLayout(java.lang.Long.MAX_VALUE, ValueLayout.JAVA_BYTE));
                    public static final ValueLayout.OfLong C_LONG = ValueLayout.JAVA_LONG;

                    static MemorySegment findOrThrow(String symbol) {
                        return SymbolHook.find(symbol)
                                .orElseThrow(() -> new UnsatisfiedLinkError("unresolved symbol: " + symbol));
                    }

                    static MethodHandle upcallHandle(Class<?> fi, String name, FunctionDescriptor fdesc) {
                        try {
                            return MethodHandles.lookup().findVirtual(fi, name, fdesc.toMethodType());
                        } catch (ReflectiveOperationException ex) {
                            throw new AssertionError(ex);
                        }
                    }
                }
                """);
        files.put(shared, root.toString());

        // Members, packed into a chain of classes: headerClass extends headerClass_1 extends ... extends shared.
        List<String> members = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (Alias a : aliases) {
            members.add("    /** {@code typedef " + a.name() + "} */\n    public static final "
                    + layoutClass(a.target()) + " " + a.name() + " = " + shared + "." + layoutConst(a.target()) + ";\n");
            weights.add(2);
        }
        for (Constant c : constants) {
            String v = c.value();
            members.add("    private static final " + c.java() + " " + c.name() + " = " + v + ";\n"
                    + "    /** {@code " + c.name() + " = " + v + "} */\n"
                    + "    public static " + c.java() + " " + c.name() + "() {\n        return " + c.name() + ";\n    }\n");
            weights.add(3);
        }
        for (Function f : functions) {
            members.add(function(f, shared));
            weights.add(12);
        }
        List<StringBuilder> chunks = new ArrayList<>();
        int w = MAX_WEIGHT;
        for (int i = 0; i < members.size(); i++) {
            if (w + weights.get(i) > MAX_WEIGHT) {
                chunks.add(new StringBuilder());
                w = 0;
            }
            chunks.get(chunks.size() - 1).append('\n').append(members.get(i));
            w += weights.get(i);
        }
        if (chunks.isEmpty()) chunks.add(new StringBuilder());
        for (int i = 0; i < chunks.size(); i++) {
            String name = i == 0 ? headerClass : headerClass + "_" + i;
            String parent = i == chunks.size() - 1 ? shared : headerClass + "_" + (i + 1);
            String doc = i == 0 ? "/** Functions, constants and typedefs of " + hdrs + " (llama.cpp " + version + "). */\n"
                    : "/** Part " + i + " of {@link " + headerClass + "}, split off to keep class files small. */\n";
            files.put(name, banner(hdrs) + IMPORTS + doc + "public class " + name + " extends " + parent + " {\n\n    "
                    + name + "() {\n        // static members only\n    }\n" + chunks.get(i) + "}\n");
        }
    }

    private String function(Function f, String shared) {
        String n = f.name();
        StringBuilder sb = new StringBuilder();
        boolean byValueResult = f.result() instanceof Record;
        sb.append("    private static class ").append(n).append(" {\n")
                .append("        public static final FunctionDescriptor DESC = ").append(descriptor(f.result(), f.params())).append(";\n")
                .append("        public static final MemorySegment ADDR = ").append(shared).append(".findOrThrow(\"").append(n).append("\");\n")
                .append("        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);\n")
                .append("    }\n\n");
        sb.append("    /** The descriptor of {@code ").append(n).append("}. */\n")
                .append("    public static FunctionDescriptor ").append(n).append("$descriptor() {\n        return ").append(n).append(".DESC;\n    }\n\n");
        sb.append("    /** The downcall handle of {@code ").append(n).append("}. */\n")
                .append("    public static MethodHandle ").append(n).append("$handle() {\n        return ").append(n).append(".HANDLE;\n    }\n\n");
        sb.append("    /** The address of {@code ").append(n).append("}. */\n")
                .append("    public static MemorySegment ").append(n).append("$address() {\n        return ").append(n).append(".ADDR;\n    }\n\n");
        List<String> decl = new ArrayList<>(), args = new ArrayList<>();
        if (byValueResult) {
            decl.add("SegmentAllocator allocator");
            args.add("allocator");
        }
        for (Param p : f.params()) {
            String pn = ident(p.name());
            decl.add(javaType(p.type()) + " " + pn);
            args.add(pn);
        }
        String ret = javaType(f.result());
        if (f.deprecated()) sb.append("    /** Deprecated in llama.cpp. */\n    @Deprecated\n");
        else sb.append("    /** Calls {@code ").append(n).append("}. */\n");
        sb.append("    public static ").append(ret).append(' ').append(n).append('(').append(String.join(", ", decl)).append(") {\n")
                .append("        var mh$ = ").append(n).append(".HANDLE;\n")
                .append("        try {\n            ")
                .append(ret.equals("void") ? "" : "return (" + ret + ") ")
                .append("mh$.invokeExact(").append(String.join(", ", args)).append(");\n")
                .append("        } catch (Error | RuntimeException ex$) {\n            throw ex$;\n")
                .append("        } catch (Throwable ex$) {\n            throw new AssertionError(\"should not reach here\", ex$);\n        }\n    }\n");
        return sb.toString();
    }

    // ---- callbacks --------------------------------------------------------------------------

    void callback(Callback cb) {
        String shared = headerClass + "_shared";
        String n = cb.name();
        List<String> decl = new ArrayList<>(), args = new ArrayList<>();
        for (Param p : cb.params()) {
            decl.add(javaType(p.type()) + " " + ident(p.name()));
            args.add(ident(p.name()));
        }
        String ret = javaType(cb.result());
        boolean byValue = cb.result() instanceof Record;
        String invokeDecl = "MemorySegment funcPtr" + (byValue ? ", SegmentAllocator alloc$" : "")
                + (decl.isEmpty() ? "" : ", " + String.join(", ", decl));
        String invokeArgs = "funcPtr" + (byValue ? ", alloc$" : "") + (args.isEmpty() ? "" : ", " + String.join(", ", args));
        files.put(n, banner(cb.header()) + IMPORTS
                + "/** The function pointer type {@code " + n + "}. */\n"
                + "public class " + n + " {\n\n    " + n + "() {\n        // static members only\n    }\n\n"
                + "    /** The function pointer signature, expressed as a functional interface. */\n"
                + "    public interface Function {\n        /** Called from native code. */\n        " + ret + " apply(" + String.join(", ", decl) + ");\n    }\n\n"
                + "    private static final FunctionDescriptor $DESC = " + descriptor(cb.result(), cb.params()) + ";\n\n"
                + "    /** The descriptor of this function pointer. */\n"
                + "    public static FunctionDescriptor descriptor() {\n        return $DESC;\n    }\n\n"
                + "    private static final MethodHandle UP$MH = " + shared + ".upcallHandle(" + n + ".Function.class, \"apply\", $DESC);\n\n"
                + "    /** Allocates an upcall stub for {@code fi}, alive as long as {@code arena}. */\n"
                + "    public static MemorySegment allocate(" + n + ".Function fi, Arena arena) {\n"
                + "        return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);\n    }\n\n"
                + "    private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);\n\n"
                + "    /** Invokes the function pointer {@code funcPtr}. */\n"
                + "    public static " + ret + " invoke(" + invokeDecl + ") {\n"
                + "        try {\n            " + (ret.equals("void") ? "" : "return (" + ret + ") ") + "DOWN$MH.invokeExact(" + invokeArgs + ");\n"
                + "        } catch (Error | RuntimeException ex$) {\n            throw ex$;\n"
                + "        } catch (Throwable ex$) {\n            throw new AssertionError(\"should not reach here\", ex$);\n        }\n    }\n}\n");
    }

    // ---- structs and unions -----------------------------------------------------------------

    void record(RecordDecl r) {
        String n = r.name();
        StringBuilder sb = new StringBuilder(banner(r.header()) + IMPORTS);
        sb.append("/** The ").append(r.union() ? "union" : "struct").append(" {@code ").append(n).append("} (")
                .append(r.size()).append(" bytes, aligned to ").append(r.align()).append("). */\n");
        sb.append("public class ").append(n).append(" {\n\n    ").append(n).append("() {\n        // static members only\n    }\n\n");
        sb.append("    private static final GroupLayout $LAYOUT = ").append(groupLayout(r, "        ")).append(".withName(\"").append(n).append("\");\n\n");
        sb.append("    /** The layout of this ").append(r.union() ? "union" : "struct").append(". */\n")
                .append("    public static final GroupLayout layout() {\n        return $LAYOUT;\n    }\n");
        for (Field f : r.fields()) {
            if (!f.name().startsWith("$anon")) field(sb, f); // an anonymous member's fields have accessors instead
        }
        sb.append("""

                    /** Obtains a slice of {@code arrayParam} which selects the array element at {@code index}. */
                    public static MemorySegment asSlice(MemorySegment array, long index) {
                        return array.asSlice(layout().byteSize() * index);
                    }

                    /** The size (in bytes) of this struct. */
                    public static long sizeof() {
                        return layout().byteSize();
                    }

                    /** Allocate a segment of size {@code layout().byteSize()} using {@code allocator}. */
                    public static MemorySegment allocate(SegmentAllocator allocator) {
                        return allocator.allocate(layout());
                    }

                    /** Allocate an array of size {@code elementCount} using {@code allocator}. */
                    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
                        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
                    }

                    /** Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any). */
                    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
                        return reinterpret(addr, 1, arena, cleanup);
                    }

                    /** Reinterprets {@code addr} as an array of {@code elementCount} elements. */
                    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
                        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
                    }
                }
                """);
        files.put(n, sb.toString());
    }

    private void field(StringBuilder sb, Field f) {
        String n = ident(f.name());
        String lc = layoutClass(f.type());
        sb.append("\n    private static final ").append(lc).append(' ').append(n).append("$LAYOUT = (").append(lc)
                .append(")$LAYOUT.select(").append(f.parent() == null ? "" : "groupElement(\"" + f.parent() + "\"), ")
                .append("groupElement(\"").append(f.name()).append("\"));\n\n")
                .append("    /** The layout of field {@code ").append(f.name()).append("}. */\n")
                .append("    public static final ").append(lc).append(' ').append(n).append("$layout() {\n        return ").append(n).append("$LAYOUT;\n    }\n\n")
                .append("    private static final long ").append(n).append("$OFFSET = ").append(f.offsetBytes()).append(";\n\n")
                .append("    /** The offset of field {@code ").append(f.name()).append("}. */\n")
                .append("    public static final long ").append(n).append("$offset() {\n        return ").append(n).append("$OFFSET;\n    }\n\n");
        CType t = f.type();
        if (t instanceof Prim || t instanceof Pointer) {
            String jt = javaType(t);
            sb.append("    /** Getter for field {@code ").append(f.name()).append("}. */\n")
                    .append("    public static ").append(jt).append(' ').append(n).append("(MemorySegment struct) {\n")
                    .append("        return struct.get(").append(n).append("$LAYOUT, ").append(n).append("$OFFSET);\n    }\n\n")
                    .append("    /** Setter for field {@code ").append(f.name()).append("}. */\n")
                    .append("    public static void ").append(n).append("(MemorySegment struct, ").append(jt).append(" fieldValue) {\n")
                    .append("        struct.set(").append(n).append("$LAYOUT, ").append(n).append("$OFFSET, fieldValue);\n    }\n");
        } else {
            sb.append("    /** Getter for field {@code ").append(f.name()).append("}, a slice of {@code struct}. */\n")
                    .append("    public static MemorySegment ").append(n).append("(MemorySegment struct) {\n")
                    .append("        return struct.asSlice(").append(n).append("$OFFSET, ").append(n).append("$LAYOUT.byteSize());\n    }\n\n")
                    .append("    /** Setter for field {@code ").append(f.name()).append("}: copies {@code fieldValue} in. */\n")
                    .append("    public static void ").append(n).append("(MemorySegment struct, MemorySegment fieldValue) {\n")
                    .append("        MemorySegment.copy(fieldValue, 0L, struct, ").append(n).append("$OFFSET, ").append(n).append("$LAYOUT.byteSize());\n    }\n");
            if (t instanceof Array a && (a.element() instanceof Prim || a.element() instanceof Pointer)) {
                String jt = javaType(a.element());
                String el = "((" + layoutClass(a.element()) + ") " + n + "$LAYOUT.elementLayout())";
                sb.append("\n    /** Element {@code index} of array field {@code ").append(f.name()).append("}. */\n")
                        .append("    public static ").append(jt).append(' ').append(n).append("(MemorySegment struct, long index) {\n")
                        .append("        Objects.checkIndex(index, ").append(a.count()).append("L);\n")
                        .append("        return struct.get(").append(el).append(", ").append(n).append("$OFFSET + index * ")
                        .append(n).append("$LAYOUT.elementLayout().byteSize());\n    }\n\n")
                        .append("    /** Sets element {@code index} of array field {@code ").append(f.name()).append("}. */\n")
                        .append("    public static void ").append(n).append("(MemorySegment struct, long index, ").append(jt).append(" fieldValue) {\n")
                        .append("        Objects.checkIndex(index, ").append(a.count()).append("L);\n")
                        .append("        struct.set(").append(el).append(", ").append(n).append("$OFFSET + index * ")
                        .append(n).append("$LAYOUT.elementLayout().byteSize(), fieldValue);\n    }\n");
            }
        }
    }

    /** A struct or union layout with explicit padding at clang's offsets and clang's size and alignment. */
    private String groupLayout(RecordDecl r, String indent) {
        List<String> members = new ArrayList<>();
        long cursor = 0, maxMemberAlign = 1;
        List<Field> fields = new ArrayList<>(r.fields().stream().filter(f -> f.parent() == null).toList());
        if (!r.union()) fields.sort(Comparator.comparingLong(Field::offsetBytes));
        for (Field f : fields) {
            long natural = align(f.type());
            String layout = layoutExpr(f.type(), indent + "    ");
            long effective = natural;
            if (f.offsetBytes() % natural != 0) { // packed: fall back to the alignment the offset allows
                effective = Long.lowestOneBit(f.offsetBytes() | 1L << 12);
                effective = Math.min(effective, natural);
                layout = layout + ".withByteAlignment(" + effective + ")";
            }
            maxMemberAlign = Math.max(maxMemberAlign, effective);
            if (!r.union()) {
                if (f.offsetBytes() > cursor) members.add("MemoryLayout.paddingLayout(" + (f.offsetBytes() - cursor) + ")");
                cursor = f.offsetBytes() + f.sizeBytes();
            } else {
                cursor = Math.max(cursor, f.sizeBytes());
            }
            members.add(layout + ".withName(\"" + f.name() + "\")");
        }
        if (r.size() > cursor) {
            members.add("MemoryLayout.paddingLayout(" + (r.union() ? r.size() : r.size() - cursor) + ")");
        }
        String kind = r.union() ? "MemoryLayout.unionLayout(" : "MemoryLayout.structLayout(";
        String body = members.isEmpty() ? kind + ")" : kind + "\n" + indent + String.join(",\n" + indent, members) + ")";
        if (r.align() > maxMemberAlign) body += ".withByteAlignment(" + r.align() + ")";
        return body;
    }

    private long align(CType t) {
        return switch (t) {
            case Prim p -> p.size();
            case Pointer p -> 8;
            case Array a -> align(a.element());
            case Record r -> r.name() != null ? records.get(r.name()).align() : r.inline().align();
            case Void v -> 1;
        };
    }

    // ---- type helpers -----------------------------------------------------------------------

    private String shared() {
        return headerClass + "_shared";
    }

    private String layoutConst(CType t) {
        return switch (t) {
            case Prim p -> p.layout();
            case Pointer p -> "C_POINTER";
            default -> throw new IllegalArgumentException(t.toString());
        };
    }

    private String layoutExpr(CType t, String indent) {
        return switch (t) {
            case Prim p -> shared() + "." + p.layout();
            case Pointer p -> shared() + ".C_POINTER";
            case Array a -> "MemoryLayout.sequenceLayout(" + a.count() + ", " + layoutExpr(a.element(), indent) + ")";
            case Record r -> r.name() != null ? pkg + "." + r.name() + ".layout()" : groupLayout(r.inline(), indent + "    ");
            case Void v -> throw new IllegalArgumentException("void has no layout");
        };
    }

    private static String layoutClass(CType t) {
        return switch (t) {
            case Prim p -> "ValueLayout." + p.valueLayoutClass();
            case Pointer p -> "AddressLayout";
            case Array a -> "SequenceLayout";
            case Record r -> "GroupLayout";
            case Void v -> throw new IllegalArgumentException("void");
        };
    }

    private static String javaType(CType t) {
        return switch (t) {
            case Prim p -> p.java();
            case Void v -> "void";
            default -> "MemorySegment";
        };
    }

    private String descriptor(CType result, List<Param> params) {
        List<String> args = new ArrayList<>();
        for (Param p : params) args.add(layoutExpr(p.type(), "            "));
        String a = String.join(", ", args);
        return result instanceof Void ? "FunctionDescriptor.ofVoid(" + a + ")"
                : "FunctionDescriptor.of(" + layoutExpr(result, "            ") + (a.isEmpty() ? "" : ", " + a) + ")";
    }

    static String ident(String name) {
        return KEYWORDS.contains(name) ? name + "_" : name;
    }
}
