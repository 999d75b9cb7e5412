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

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.github.llamaffm.bindgen.Clang.call;
import static io.github.llamaffm.bindgen.Clang.kind;

/**
 * Parses the headers with libclang and collects every declaration of the given header files,
 * with sizes, offsets, alignments and constant values as clang computes them for this target.
 */
final class Parser {
    private static final String MACRO_PREFIX = "llama_ffm_macro_";

    final Map<String, Function> functions = new LinkedHashMap<>();
    final Map<String, RecordDecl> records = new LinkedHashMap<>();     // by class name
    final Map<String, Callback> callbacks = new LinkedHashMap<>();
    final Map<String, Alias> aliases = new LinkedHashMap<>();
    final Map<String, Constant> constants = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();

    private final Clang clang;
    private final List<Path> includeDirs;
    private final List<String> headers;
    private final Map<String, String> recordNameByUsr = new HashMap<>();
    private final Map<String, String> macroHeader = new LinkedHashMap<>();

    private List<String> mainHeaders;

    void setMainHeaders(List<String> mainHeaders) {
        this.mainHeaders = mainHeaders;
    }

    /** Every object-like macro of the headers (for --dump-includes); known after a parse. */
    java.util.Set<String> allMacroNames() {
        return new java.util.AbstractSet<>() {
            @Override public java.util.Iterator<String> iterator() { return macroHeader.keySet().iterator(); }
            @Override public int size() { return macroHeader.size(); }
            @Override public boolean contains(Object o) { return true; }
        };
    }

    Parser(Clang clang, List<Path> includeDirs, List<String> headers) {
        this.clang = clang;
        this.includeDirs = includeDirs;
        this.headers = headers;
    }

    /** Parses; {@code wantedMacros} are evaluated (the filter's constants that are not enum constants). */
    void parse(java.util.Set<String> wantedConstants) {
        StringBuilder main = new StringBuilder();
        for (String h : mainHeaders == null ? headers : mainHeaders) main.append("#include \"").append(h).append("\"\n");
        withUnit(main.toString(), true, tu -> {
            MemorySegment root = clang.struct(clang.tuCursor, tu);
            // Pass 1: names that typedefs give to anonymous records, and callback typedefs.
            clang.children(root, c -> {
                if (kind(c) != Clang.TYPEDEF_DECL || !ours(c)) return;
                String name = clang.spelling(c);
                MemorySegment under = clang.canonical(clang.struct(clang.typedefUnderlying, c));
                if (kind(under) == Clang.T_RECORD) {
                    MemorySegment decl = clang.struct(clang.typeDeclaration, under);
                    String usr = clang.usr(decl);
                    String tag = clang.spelling(decl);
                    if (tag.isEmpty() || isAnonymous(decl)) recordNameByUsr.putIfAbsent(usr, name);
                }
            });
            // Pass 2: declarations.
            clang.children(root, c -> {
                if (!ours(c)) return;
                switch (kind(c)) {
                    case Clang.FUNCTION_DECL -> function(c);
                    case Clang.STRUCT_DECL, Clang.UNION_DECL -> record(c);
                    case Clang.ENUM_DECL -> clang.children(c, e -> {
                        if (kind(e) == Clang.ENUM_CONSTANT_DECL) {
                            String n = clang.spelling(e);
                            long v = (long) call(clang.enumConstantValue, e);
                            constants.putIfAbsent(n, new Constant(n, "int", Integer.toString((int) v), header(c)));
                        }
                    });
                    case Clang.TYPEDEF_DECL -> typedef(c);
                    case Clang.MACRO_DEFINITION -> {
                        if ((int) call(clang.isMacroFunctionLike, c) == 0) macroHeader.putIfAbsent(clang.spelling(c), header(c));
                    }
                    default -> { }
                }
            });
        });
        evaluateMacros(main.toString(), wantedConstants);
    }

    private void evaluateMacros(String main, java.util.Set<String> wanted) {
        List<String> names = macroHeader.keySet().stream()
                .filter(n -> wanted.contains(n) && !constants.containsKey(n)).toList();
        if (names.isEmpty()) return;
        // Each macro becomes a typed constant: clang gives its type and value (as jextract does).
        StringBuilder src = new StringBuilder(main);
        for (String n : names) {
            src.append("static const __typeof__((").append(n).append(")) ").append(MACRO_PREFIX).append(n)
                    .append(" = (").append(n).append(");\n");
        }
        withUnit(src.toString(), false, tu -> clang.children(clang.struct(clang.tuCursor, tu), c -> {
            if (kind(c) != Clang.VAR_DECL) return;
            String var = clang.spelling(c);
            if (!var.startsWith(MACRO_PREFIX)) return;
            String name = var.substring(MACRO_PREFIX.length());
            MemorySegment t = clang.canonical(clang.type(c));
            MemorySegment eval = (MemorySegment) call(clang.evaluate, c);
            if (eval.equals(MemorySegment.NULL)) return;
            try {
                int ek = (int) call(clang.evalKind, eval);
                Prim p = kind(t) == Clang.T_POINTER ? null : prim(t);
                if (ek == Clang.EVAL_INT && p != null) {
                    long v = (int) call(clang.evalIsUnsigned, eval) != 0 ? (long) call(clang.evalAsUnsigned, eval)
                            : (long) call(clang.evalAsLongLong, eval);
                    String value = p.java().equals("long") ? v + "L" : Integer.toString((int) v);
                    if (p.java().equals("long") || p.java().equals("int")) {
                        constants.put(name, new Constant(name, p.java(), value, macroHeader.get(name)));
                    }
                } else if (ek == Clang.EVAL_FLOAT && p != null && (p.java().equals("double") || p.java().equals("float"))) {
                    double d = (double) call(clang.evalAsDouble, eval);
                    constants.put(name, new Constant(name, p.java(),
                            p.java().equals("float") ? Float.toString((float) d) + "f" : Double.toString(d), macroHeader.get(name)));
                }
            } finally {
                call(clang.evalDispose, eval);
            }
        }));
        for (String n : names) {
            if (!constants.containsKey(n)) warnings.add("skipped macro " + n + ": not an integer or floating constant");
        }
    }

    private void withUnit(String mainSource, boolean strict, Consumer<MemorySegment> body) {
        try (Arena a = Arena.ofConfined()) {
            List<String> args = new ArrayList<>(List.of("-x", "c", "-std=c11"));
            for (Path d : includeDirs) args.add("-I" + d.toAbsolutePath());
            MemorySegment argv = a.allocate(ValueLayout.ADDRESS, args.size());
            for (int i = 0; i < args.size(); i++) argv.setAtIndex(ValueLayout.ADDRESS, i, a.allocateFrom(args.get(i)));
            String fileName = "llama_ffm_bindings_main.c";
            byte[] bytes = mainSource.getBytes(StandardCharsets.UTF_8);
            MemorySegment unsaved = a.allocate(Clang.UNSAVED_FILE);
            unsaved.set(ValueLayout.ADDRESS, 0, a.allocateFrom(fileName));
            unsaved.set(ValueLayout.ADDRESS, 8, a.allocateFrom(mainSource));
            unsaved.set(ValueLayout.JAVA_LONG, 16, bytes.length);
            MemorySegment index = (MemorySegment) call(clang.createIndex, 0, 0);
            call(clang.toggleCrashRecovery, 0);
            // CXTranslationUnit_DetailedPreprocessingRecord: macro definitions appear as cursors.
            MemorySegment tu = (MemorySegment) call(clang.parse, index, a.allocateFrom(fileName), argv, args.size(), unsaved, 1, 0x01);
            if (tu.equals(MemorySegment.NULL)) throw new IllegalStateException("libclang could not parse the headers");
            try {
                int n = (int) call(clang.numDiagnostics, tu);
                for (int i = 0; i < n; i++) {
                    MemorySegment d = (MemorySegment) call(clang.getDiagnostic, tu, i);
                    int severity = (int) call(clang.diagnosticSeverity, d);
                    String text = clang.string(clang.struct(clang.formatDiagnostic, d, 0));
                    call(clang.disposeDiagnostic, d);
                    // Errors in the headers are fatal; in the macro probes they only mean "not a constant".
                    if (severity >= 3 && strict) {
                        throw new IllegalStateException("clang: " + text);
                    }
                }
                body.accept(tu);
            } finally {
                call(clang.disposeTu, tu);
                call(clang.disposeIndex, index);
            }
        }
    }

    private boolean ours(MemorySegment c) {
        return headers.contains(header(c));
    }

    private String header(MemorySegment c) {
        String f = clang.file(c);
        int slash = f.lastIndexOf('/');
        return slash < 0 ? f : f.substring(slash + 1);
    }

    private boolean isAnonymous(MemorySegment decl) {
        return (int) call(clang.isAnonymous, decl) != 0;
    }

    private void function(MemorySegment c) {
        String name = clang.spelling(c);
        if (functions.containsKey(name)) return;
        MemorySegment ft = clang.canonical(clang.type(c));
        boolean deprecated = (int) call(clang.availability, c) == Clang.AVAILABILITY_DEPRECATED;
        try {
            List<Param> params = new ArrayList<>();
            int n = (int) call(clang.numArguments, c);
            MemorySegment declared = clang.type(c);
            for (int i = 0; i < n; i++) {
                MemorySegment arg = clang.struct(clang.argument, c, i);
                String pn = clang.spelling(arg);
                params.add(new Param(pn.isEmpty() ? "x" + i : pn, map(clang.type(arg), true)));
            }
            boolean variadic = kind(ft) == Clang.T_FUNCTION_PROTO && (int) call(clang.isVariadic, ft) != 0;
            CType result = map(clang.struct(clang.resultType, declared), false);
            functions.put(name, new Function(name, result, params, variadic, deprecated, header(c)));
        } catch (Unsupported e) {
            warnings.add("skipped function " + name + ": " + e.getMessage());
        }
    }

    private void record(MemorySegment c) {
        if ((int) call(clang.isDefinition, c) == 0) return;
        String usr = clang.usr(c);
        String name = recordName(c, usr);
        if (name == null || records.containsKey(name)) return;
        records.put(name, recordDecl(c, name, usr));
    }

    private String recordName(MemorySegment decl, String usr) {
        String mapped = recordNameByUsr.get(usr);
        if (mapped != null) return mapped;
        String tag = clang.spelling(decl);
        return tag.isEmpty() || isAnonymous(decl) || tag.contains(" ") ? null : tag;
    }

    private RecordDecl recordDecl(MemorySegment c, String name, String usr) {
        MemorySegment t = clang.type(c);
        long size = (long) call(clang.sizeOf, t);
        long align = (long) call(clang.alignOf, t);
        List<Field> fields = new ArrayList<>();
        String[] unsupported = {null};
        int[] anon = {0};
        clang.children(c, f -> {
            int k = kind(f);
            if ((k == Clang.STRUCT_DECL || k == Clang.UNION_DECL) && (int) call(clang.isAnonymousRecordDecl, f) != 0) {
                // C11 anonymous member: a nested layout named $anonN whose fields are promoted,
                // at the offsets clang gives for them within the outer record.
                String member = "$anon" + anon[0]++;
                RecordDecl inner = recordDecl(f, null, clang.usr(f));
                if (inner.unsupported() != null) {
                    unsupported[0] = inner.unsupported();
                    return;
                }
                long base = Long.MAX_VALUE;
                List<Field> promoted = new ArrayList<>();
                for (Field in : inner.fields()) {
                    long bits;
                    try (Arena a = Arena.ofConfined()) {
                        bits = (long) call(clang.typeOffsetOf, t, a.allocateFrom(in.name()));
                    }
                    if (bits < 0) {
                        unsupported[0] = "anonymous member field " + in.name();
                        return;
                    }
                    base = Math.min(base, bits / 8 - in.offsetBytes());
                    promoted.add(new Field(in.name(), in.type(), bits / 8, in.sizeBytes(), member));
                }
                fields.add(new Field(member, new Record(null, inner.usr(), inner), base, inner.size()));
                fields.addAll(promoted);
                return;
            }
            if (k != Clang.FIELD_DECL) return;
            String fn = clang.spelling(f);
            if ((int) call(clang.isBitField, f) != 0) {
                unsupported[0] = "bit field " + fn;
                return;
            }
            if (fn.isEmpty()) return; // the implicit field of an anonymous member, handled above
            try {
                MemorySegment ft = clang.type(f);
                long offsetBits = (long) call(clang.offsetOfField, f);
                fields.add(new Field(fn, map(ft, false), offsetBits / 8, (long) call(clang.sizeOf, ft)));
            } catch (Unsupported e) {
                unsupported[0] = "field " + fn + ": " + e.getMessage();
            }
        });
        return new RecordDecl(name, usr, kind(c) == Clang.UNION_DECL, size, align, fields, header(c), unsupported[0]);
    }

    private void typedef(MemorySegment c) {
        String name = clang.spelling(c);
        MemorySegment under = clang.struct(clang.typedefUnderlying, c);
        MemorySegment canon = clang.canonical(under);
        try {
            if (kind(canon) == Clang.T_POINTER) {
                MemorySegment pointee = clang.canonical(clang.struct(clang.pointeeType, canon));
                if (kind(pointee) == Clang.T_FUNCTION_PROTO || kind(pointee) == Clang.T_FUNCTION_NO_PROTO) {
                    callbacks.put(name, callback(name, c, pointee));
                    return;
                }
                aliases.put(name, new Alias(name, new Pointer(null), header(c)));
            } else if (kind(canon) == Clang.T_RECORD) {
                // typedef struct x x: the record's own class serves
            } else {
                CType t = map(under, false);
                if (t instanceof Prim) aliases.put(name, new Alias(name, t, header(c)));
            }
        } catch (Unsupported e) {
            warnings.add("skipped typedef " + name + ": " + e.getMessage());
        }
    }

    private Callback callback(String name, MemorySegment typedefCursor, MemorySegment fnType) {
        List<Param> params = new ArrayList<>();
        int n = (int) call(clang.numArgTypes, fnType);
        // Parameter names come from the typedef's ParmDecl children when present.
        List<String> names = new ArrayList<>();
        clang.children(typedefCursor, p -> { if (kind(p) == 10) names.add(clang.spelling(p)); });
        for (int i = 0; i < n; i++) {
            String pn = i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "x" + i;
            params.add(new Param(pn, map(clang.struct(clang.argType, fnType, i), true)));
        }
        if ((int) call(clang.isVariadic, fnType) != 0) throw new Unsupported("variadic callback");
        return new Callback(name, map(clang.struct(clang.resultType, fnType), false), params, header(typedefCursor));
    }

    /** Maps a clang type; {@code param} decays arrays and functions to pointers. */
    private CType map(MemorySegment type, boolean param) {
        if (kind(type) == Clang.T_TYPEDEF) {
            String td = clang.spelling(clang.struct(clang.typeDeclaration, type));
            MemorySegment canon = clang.canonical(type);
            if (kind(canon) == Clang.T_POINTER) {
                MemorySegment pointee = clang.canonical(clang.struct(clang.pointeeType, canon));
                if (kind(pointee) == Clang.T_FUNCTION_PROTO || kind(pointee) == Clang.T_FUNCTION_NO_PROTO) {
                    return new Pointer(td);
                }
            }
        }
        MemorySegment c = clang.canonical(type);
        int k = kind(c);
        switch (k) {
            case Clang.T_VOID: return new Void();
            case Clang.T_POINTER: return new Pointer(null);
            case Clang.T_INCOMPLETE_ARRAY:
            case Clang.T_FUNCTION_PROTO:
            case Clang.T_FUNCTION_NO_PROTO:
                if (param) return new Pointer(null);
                throw new Unsupported(clang.typeName(type));
            case Clang.T_CONSTANT_ARRAY: {
                if (param) return new Pointer(null);
                long count = (long) call(clang.arraySize, c);
                return new Array(map(clang.struct(clang.arrayElement, c), false), count);
            }
            case Clang.T_RECORD: {
                MemorySegment decl = clang.struct(clang.typeDeclaration, c);
                String usr = clang.usr(decl);
                String name = recordName(decl, usr);
                if (name != null) return new Record(name, usr, null);
                return new Record(null, usr, recordDecl(decl, null, usr));
            }
            default: {
                Prim p = prim(c);
                if (p == null) throw new Unsupported("type " + clang.typeName(type));
                return p;
            }
        }
    }

    private Prim prim(MemorySegment canonical) {
        long size = (long) call(clang.sizeOf, canonical);
        return switch (kind(canonical)) {
            case Clang.T_BOOL -> new Prim("C_BOOL", "boolean", "OfBoolean", size);
            case Clang.T_CHAR_S, Clang.T_SCHAR, Clang.T_CHAR_U, Clang.T_UCHAR -> new Prim("C_CHAR", "byte", "OfByte", size);
            case Clang.T_SHORT, Clang.T_USHORT -> new Prim("C_SHORT", "short", "OfShort", size);
            case Clang.T_INT, Clang.T_UINT -> new Prim("C_INT", "int", "OfInt", size);
            case Clang.T_LONG, Clang.T_ULONG -> size == 8 ? new Prim("C_LONG", "long", "OfLong", size)
                    : new Prim("C_LONG", "int", "OfInt", size);
            case Clang.T_LONGLONG, Clang.T_ULONGLONG -> new Prim("C_LONG_LONG", "long", "OfLong", size);
            case Clang.T_FLOAT -> new Prim("C_FLOAT", "float", "OfFloat", size);
            case Clang.T_DOUBLE -> new Prim("C_DOUBLE", "double", "OfDouble", size);
            case Clang.T_ENUM -> switch ((int) size) {
                case 4 -> new Prim("C_INT", "int", "OfInt", size);
                case 8 -> new Prim("C_LONG_LONG", "long", "OfLong", size);
                default -> null;
            };
            default -> null;
        };
    }

    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super("unsupported " + what);
        }
    }
}
