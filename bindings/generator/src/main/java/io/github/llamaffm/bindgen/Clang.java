package io.github.llamaffm.bindgen;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The part of libclang's C API (clang-c/Index.h, stable since clang 3.x) the generator uses,
 * called through FFM. These few layouts are libclang's public ABI, written here by hand because
 * they are what everything else is derived from.
 */
final class Clang implements AutoCloseable {
    // CXCursor {enum kind; int xdata; const void *data[3];}
    static final StructLayout CURSOR = MemoryLayout.structLayout(JAVA_INT.withName("kind"), JAVA_INT.withName("xdata"),
            MemoryLayout.sequenceLayout(3, ADDRESS).withName("data"));
    // CXType {enum kind; void *data[2];}
    static final StructLayout TYPE = MemoryLayout.structLayout(JAVA_INT.withName("kind"), MemoryLayout.paddingLayout(4),
            MemoryLayout.sequenceLayout(2, ADDRESS).withName("data"));
    // CXString {const void *data; unsigned private_flags;}
    static final StructLayout STRING = MemoryLayout.structLayout(ADDRESS.withName("data"), JAVA_INT.withName("flags"),
            MemoryLayout.paddingLayout(4));
    // CXSourceLocation {const void *ptr_data[2]; unsigned int_data;}
    static final StructLayout LOCATION = MemoryLayout.structLayout(MemoryLayout.sequenceLayout(2, ADDRESS),
            JAVA_INT, MemoryLayout.paddingLayout(4));
    // CXUnsavedFile {const char *Filename; const char *Contents; unsigned long Length;}
    static final StructLayout UNSAVED_FILE = MemoryLayout.structLayout(ADDRESS, ADDRESS, JAVA_LONG);

    // CXCursorKind
    static final int STRUCT_DECL = 2, UNION_DECL = 3, ENUM_DECL = 5, FIELD_DECL = 6, ENUM_CONSTANT_DECL = 7,
            FUNCTION_DECL = 8, VAR_DECL = 9, TYPEDEF_DECL = 20, MACRO_DEFINITION = 501;
    // CXTypeKind
    static final int T_VOID = 2, T_BOOL = 3, T_CHAR_U = 4, T_UCHAR = 5, T_USHORT = 8, T_UINT = 9, T_ULONG = 10,
            T_ULONGLONG = 11, T_CHAR_S = 13, T_SCHAR = 14, T_SHORT = 16, T_INT = 17, T_LONG = 18, T_LONGLONG = 19,
            T_FLOAT = 21, T_DOUBLE = 22, T_LONGDOUBLE = 23, T_POINTER = 101, T_RECORD = 105, T_ENUM = 106,
            T_TYPEDEF = 107, T_FUNCTION_NO_PROTO = 110, T_FUNCTION_PROTO = 111, T_CONSTANT_ARRAY = 112,
            T_INCOMPLETE_ARRAY = 114, T_ELABORATED = 119;
    static final int AVAILABILITY_DEPRECATED = 1;
    static final int EVAL_INT = 1, EVAL_FLOAT = 2;

    private static final Linker LINKER = Linker.nativeLinker();
    private final Arena arena = Arena.ofShared();
    private final SymbolLookup lib;

    /** Opens libclang at {@code path} (see {@link #findLibclang()}). */
    static Clang open(Path path) {
        LOADING.set(path);
        try {
            return new Clang();
        } finally {
            LOADING.remove();
        }
    }

    private static final ThreadLocal<Path> LOADING = new ThreadLocal<>();

    /** libclang: $LIBCLANG if set, else the newest /usr/lib/llvm-N/lib/libclang.so. */
    static Path findLibclang() {
        String env = System.getenv("LIBCLANG");
        if (env != null && !env.isBlank()) return Path.of(env);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/usr/lib"))) {
            s.filter(p -> p.getFileName().toString().startsWith("llvm-")).forEach(p -> {
                for (String n : new String[]{"libclang.so", "libclang.so.1"}) {
                    Path c = p.resolve("lib").resolve(n);
                    if (Files.exists(c)) { found.add(c); break; }
                }
            });
        } catch (Exception ignored) {
            // no /usr/lib: nothing found
        }
        found.sort(Comparator.comparingInt(p -> -llvmVersion(p)));
        return found.isEmpty() ? null : found.get(0);
    }

    private static int llvmVersion(Path lib) {
        try {
            return Integer.parseInt(lib.getParent().getParent().getFileName().toString().substring(5));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    // Field initializers run in order: the library is opened before the handles below are made.
    private Clang() {
    }

    {
        // libclang's crash recovery installs signal handlers that steal the JVM's own SIGSEGV
        // handling (implicit null checks, safepoints): turn it off before libclang starts.
        try (Arena a = Arena.ofConfined()) {
            MethodHandle setenv = LINKER.downcallHandle(LINKER.defaultLookup().find("setenv").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
            int ignored = (int) setenv.invokeExact(a.allocateFrom("LIBCLANG_DISABLE_CRASH_RECOVERY"), a.allocateFrom("1"), 1);
        } catch (Throwable t) {
            throw new IllegalStateException("setenv failed", t);
        }
        lib = SymbolLookup.libraryLookup(LOADING.get(), arena);
    }

    Arena arena() {
        return arena;
    }

    MethodHandle fn(String name, MemoryLayout ret, MemoryLayout... args) {
        MemorySegment addr = lib.find(name).orElseThrow(() -> new IllegalStateException("libclang lacks " + name));
        return LINKER.downcallHandle(addr, ret == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(ret, args));
    }

    // --- handles -----------------------------------------------------------------------------
    final MethodHandle createIndex = fn("clang_createIndex", ADDRESS, JAVA_INT, JAVA_INT);
    final MethodHandle toggleCrashRecovery = fn("clang_toggleCrashRecovery", null, JAVA_INT);
    final MethodHandle parse = fn("clang_parseTranslationUnit", ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
    final MethodHandle tuCursor = fn("clang_getTranslationUnitCursor", CURSOR, ADDRESS);
    final MethodHandle visitChildren = fn("clang_visitChildren", JAVA_INT, CURSOR, ADDRESS, ADDRESS);
    final MethodHandle cursorSpelling = fn("clang_getCursorSpelling", STRING, CURSOR);
    final MethodHandle cursorUsr = fn("clang_getCursorUSR", STRING, CURSOR);
    final MethodHandle getCString = fn("clang_getCString", ADDRESS, STRING);
    final MethodHandle disposeString = fn("clang_disposeString", null, STRING);
    final MethodHandle cursorType = fn("clang_getCursorType", TYPE, CURSOR);
    final MethodHandle canonicalType = fn("clang_getCanonicalType", TYPE, TYPE);
    final MethodHandle pointeeType = fn("clang_getPointeeType", TYPE, TYPE);
    final MethodHandle resultType = fn("clang_getResultType", TYPE, TYPE);
    final MethodHandle numArgTypes = fn("clang_getNumArgTypes", JAVA_INT, TYPE);
    final MethodHandle argType = fn("clang_getArgType", TYPE, TYPE, JAVA_INT);
    final MethodHandle isVariadic = fn("clang_isFunctionTypeVariadic", JAVA_INT, TYPE);
    final MethodHandle sizeOf = fn("clang_Type_getSizeOf", JAVA_LONG, TYPE);
    final MethodHandle alignOf = fn("clang_Type_getAlignOf", JAVA_LONG, TYPE);
    final MethodHandle arrayElement = fn("clang_getArrayElementType", TYPE, TYPE);
    final MethodHandle arraySize = fn("clang_getArraySize", JAVA_LONG, TYPE);
    final MethodHandle typeDeclaration = fn("clang_getTypeDeclaration", CURSOR, TYPE);
    final MethodHandle typeSpelling = fn("clang_getTypeSpelling", STRING, TYPE);
    final MethodHandle typedefUnderlying = fn("clang_getTypedefDeclUnderlyingType", TYPE, CURSOR);
    final MethodHandle enumConstantValue = fn("clang_getEnumConstantDeclValue", JAVA_LONG, CURSOR);
    final MethodHandle offsetOfField = fn("clang_Cursor_getOffsetOfField", JAVA_LONG, CURSOR);
    final MethodHandle typeOffsetOf = fn("clang_Type_getOffsetOf", JAVA_LONG, TYPE, ADDRESS);
    final MethodHandle isBitField = fn("clang_Cursor_isBitField", JAVA_INT, CURSOR);
    final MethodHandle numArguments = fn("clang_Cursor_getNumArguments", JAVA_INT, CURSOR);
    final MethodHandle argument = fn("clang_Cursor_getArgument", CURSOR, CURSOR, JAVA_INT);
    final MethodHandle availability = fn("clang_getCursorAvailability", JAVA_INT, CURSOR);
    final MethodHandle cursorLocation = fn("clang_getCursorLocation", LOCATION, CURSOR);
    final MethodHandle spellingLocation = fn("clang_getSpellingLocation", null, LOCATION, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
    final MethodHandle fileName = fn("clang_getFileName", STRING, ADDRESS);
    final MethodHandle isDefinition = fn("clang_isCursorDefinition", JAVA_INT, CURSOR);
    final MethodHandle isAnonymous = fn("clang_Cursor_isAnonymous", JAVA_INT, CURSOR);
    final MethodHandle isAnonymousRecordDecl = fn("clang_Cursor_isAnonymousRecordDecl", JAVA_INT, CURSOR);
    final MethodHandle isMacroFunctionLike = fn("clang_Cursor_isMacroFunctionLike", JAVA_INT, CURSOR);
    final MethodHandle evaluate = fn("clang_Cursor_Evaluate", ADDRESS, CURSOR);
    final MethodHandle evalKind = fn("clang_EvalResult_getKind", JAVA_INT, ADDRESS);
    final MethodHandle evalAsLongLong = fn("clang_EvalResult_getAsLongLong", JAVA_LONG, ADDRESS);
    final MethodHandle evalIsUnsigned = fn("clang_EvalResult_isUnsignedInt", JAVA_INT, ADDRESS);
    final MethodHandle evalAsUnsigned = fn("clang_EvalResult_getAsUnsigned", JAVA_LONG, ADDRESS);
    final MethodHandle evalAsDouble = fn("clang_EvalResult_getAsDouble", ValueLayout.JAVA_DOUBLE, ADDRESS);
    final MethodHandle evalDispose = fn("clang_EvalResult_dispose", null, ADDRESS);
    final MethodHandle numDiagnostics = fn("clang_getNumDiagnostics", JAVA_INT, ADDRESS);
    final MethodHandle getDiagnostic = fn("clang_getDiagnostic", ADDRESS, ADDRESS, JAVA_INT);
    final MethodHandle diagnosticSeverity = fn("clang_getDiagnosticSeverity", JAVA_INT, ADDRESS);
    final MethodHandle formatDiagnostic = fn("clang_formatDiagnostic", STRING, ADDRESS, JAVA_INT);
    final MethodHandle disposeDiagnostic = fn("clang_disposeDiagnostic", null, ADDRESS);
    final MethodHandle disposeTu = fn("clang_disposeTranslationUnit", null, ADDRESS);
    final MethodHandle disposeIndex = fn("clang_disposeIndex", null, ADDRESS);

    // --- helpers -----------------------------------------------------------------------------

    /** Calls a handle; libclang calls do not throw, so any Throwable is a bug here. */
    static Object call(MethodHandle h, Object... args) {
        try {
            return h.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    String string(MemorySegment cxString) {
        MemorySegment p = (MemorySegment) call(getCString, cxString);
        String s = p.equals(MemorySegment.NULL) ? "" : p.reinterpret(Long.MAX_VALUE).getString(0);
        call(disposeString, cxString);
        return s;
    }

    /** Structs returned by value need an allocator as the first argument. */
    MemorySegment struct(MethodHandle h, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = arena;
        System.arraycopy(args, 0, all, 1, args.length);
        return (MemorySegment) call(h, all);
    }

    String spelling(MemorySegment cursor) {
        return string(struct(cursorSpelling, cursor));
    }

    String usr(MemorySegment cursor) {
        return string(struct(cursorUsr, cursor));
    }

    static int kind(MemorySegment cursorOrType) {
        return cursorOrType.get(JAVA_INT, 0);
    }

    MemorySegment type(MemorySegment cursor) {
        return struct(cursorType, cursor);
    }

    MemorySegment canonical(MemorySegment type) {
        return struct(canonicalType, type);
    }

    String typeName(MemorySegment type) {
        return string(struct(typeSpelling, type));
    }

    /** The file a cursor is spelled in, or "" for built-ins. */
    String file(MemorySegment cursor) {
        MemorySegment loc = struct(cursorLocation, cursor);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment file = a.allocate(ADDRESS);
            call(spellingLocation, loc, file, MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL);
            MemorySegment f = file.get(ADDRESS, 0);
            return f.equals(MemorySegment.NULL) ? "" : string(struct(fileName, f));
        }
    }

    /** Visits the direct children of {@code parent} in order. */
    void children(MemorySegment parent, Consumer<MemorySegment> visitor) {
        List<RuntimeException> failure = new ArrayList<>();
        Visitor v = new Visitor(visitor, failure);
        try (Arena a = Arena.ofConfined()) {
            MethodHandle target = VISIT.bindTo(v);
            MemorySegment stub = LINKER.upcallStub(target, FunctionDescriptor.of(JAVA_INT, CURSOR, CURSOR, ADDRESS), a);
            call(visitChildren, parent, stub, MemorySegment.NULL);
        }
        if (!failure.isEmpty()) throw failure.get(0);
    }

    private static final MethodHandle VISIT;
    static {
        try {
            VISIT = MethodHandles.lookup().findVirtual(Visitor.class, "visit",
                    MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private record Visitor(Consumer<MemorySegment> body, List<RuntimeException> failure) {
        @SuppressWarnings("unused")
        int visit(MemorySegment cursor, MemorySegment parent, MemorySegment data) {
            try {
                // The cursor lives only during the callback: copy it out.
                MemorySegment copy = Arena.ofAuto().allocate(CURSOR);
                copy.copyFrom(cursor);
                body.accept(copy);
                return 1; // CXChildVisit_Continue
            } catch (RuntimeException e) {
                failure.add(e);
                return 0; // CXChildVisit_Break
            } catch (Throwable t) {
                failure.add(new IllegalStateException(t));
                return 0;
            }
        }
    }

    @Override
    public void close() {
        arena.close();
    }
}
