package io.github.llamaffm.bindgen;

import io.github.llamaffm.bindgen.Model.Array;
import io.github.llamaffm.bindgen.Model.CType;
import io.github.llamaffm.bindgen.Model.Constant;
import io.github.llamaffm.bindgen.Model.Field;
import io.github.llamaffm.bindgen.Model.Function;
import io.github.llamaffm.bindgen.Model.Param;
import io.github.llamaffm.bindgen.Model.Record;
import io.github.llamaffm.bindgen.Model.RecordDecl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The bindings generator: {@code --source <llama.cpp> --filter <includes.txt> --output <dir>
 * --version <v> [--package p] [--header-class llama_h] [--dump-includes FILE]}.
 */
public final class Main {
    /**
     * The headers whose declarations are generated; llama.h includes the others but ggml-rpc.h and
     * libmtmd's two (tools/mtmd: multimodal input, whose functions live in libmtmd).
     */
    static final List<String> MAIN_HEADERS = List.of("llama.h", "ggml-rpc.h", "mtmd.h", "mtmd-helper.h");
    static final List<String> HEADERS = List.of("llama.h", "ggml.h", "ggml-cpu.h", "ggml-backend.h", "ggml-alloc.h",
            "ggml-opt.h", "gguf.h", "ggml-rpc.h", "mtmd.h", "mtmd-helper.h");
    /** Where the headers are, relative to the llama.cpp source folder. */
    static final List<String> INCLUDE_DIRS = List.of("include", "ggml/include", "tools/mtmd");
    /**
     * Headers whose functions live in ggml backend modules ({@code libggml-cpu-<variant>.so},
     * {@code libggml-rpc.so}) that {@code ggml_backend_load_all_from_path} loads at run time, not in
     * the libraries the loader binds (libggml-base, libggml, libllama): a downcall wrapper for one
     * could never be linked. Their types and constants are generated; their functions are refused.
     * Reach them through {@code ggml_backend_reg_get_proc_address} of their backend instead.
     */
    static final Set<String> BACKEND_MODULE_HEADERS = Set.of("ggml-cpu.h", "ggml-rpc.h");

    private Main() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) opt.put(args[i], args[i + 1]);
        if (!opt.containsKey("--source") || (!opt.containsKey("--output") && !opt.containsKey("--dump-includes"))) {
            System.err.println("usage: --source LLAMA_CPP_DIR --filter includes.txt --output DIR --version V"
                    + " [--package P] [--header-class C] | --source DIR --dump-includes FILE");
            System.exit(2);
        }
        Path libclang = Clang.findLibclang();
        if (libclang == null) {
            System.err.println("libclang not found: run scripts/setup-deps (Debian: apt-get install libclang-14-dev) or set LIBCLANG=/path/to/libclang.so");
            System.exit(3);
        }
        Path src = Path.of(opt.get("--source"));
        Map<String, String> files;
        List<String> warnings;
        try (Clang clang = Clang.open(libclang)) {
            Result r = generate(clang, src, opt.containsKey("--filter") ? Filter.read(Path.of(opt.get("--filter"))) : null,
                    opt.getOrDefault("--package", "io.github.llamaffm.bindings"),
                    opt.getOrDefault("--header-class", "llama_h"), opt.getOrDefault("--version", "unknown"),
                    opt.get("--dump-includes"));
            files = r.files;
            warnings = r.warnings;
        }
        for (String w : warnings) System.err.println("WARNING: " + w);
        if (opt.containsKey("--output")) {
            Path out = Path.of(opt.get("--output"));
            Files.createDirectories(out);
            try (Stream<Path> old = Files.list(out)) {
                for (Path p : old.filter(p -> p.toString().endsWith(".java")).toList()) Files.delete(p);
            }
            for (var e : files.entrySet()) Files.writeString(out.resolve(e.getKey() + ".java"), e.getValue());
            System.err.println("generated " + files.size() + " files into " + out);
        }
    }

    record Result(Map<String, String> files, List<String> warnings) {}

    static Result generate(Clang clang, Path src, Filter filter, String pkg, String headerClass, String version,
                           String dumpIncludes) throws IOException {
        Parser p = new Parser(clang, INCLUDE_DIRS.stream().map(src::resolve).toList(), HEADERS);
        p.setMainHeaders(MAIN_HEADERS);
        p.parse(filter == null ? p.allMacroNames() : filter.constants());
        List<String> warnings = new ArrayList<>(p.warnings);
        if (dumpIncludes != null) {
            Files.writeString(Path.of(dumpIncludes), dump(p));
            return new Result(Map.of(), warnings);
        }
        if (filter == null) throw new IllegalArgumentException("--filter is required to generate");
        List<Function> functions = new ArrayList<>();
        List<String> inModules = new ArrayList<>();
        for (String name : filter.functions()) {
            Function f = p.functions.get(name);
            if (f == null) { warnings.add("filter names function " + name + ", which the headers do not declare"); continue; }
            if (BACKEND_MODULE_HEADERS.contains(f.header())) { inModules.add(name + " (" + f.header() + ")"); continue; }
            if (f.variadic()) { warnings.add("skipped variadic function " + name); continue; }
            functions.add(f);
        }
        if (!inModules.isEmpty()) {
            throw new IllegalArgumentException("the filter names functions of backend modules, which the bound libraries"
                    + " do not export (their wrappers could never link; resolve them through"
                    + " ggml_backend_reg_get_proc_address instead): " + inModules);
        }
        List<Constant> constants = new ArrayList<>();
        for (String name : filter.constants()) {
            Constant c = p.constants.get(name);
            if (c == null) warnings.add("filter names constant " + name + ", which is not an integer constant here");
            else constants.add(c);
        }
        Emitter e = new Emitter(pkg, headerClass, version, p.records);
        TreeSet<String> missing = new TreeSet<>();
        for (String name : filter.structs()) {
            RecordDecl r = p.records.get(name);
            if (r == null) { warnings.add("filter names struct " + name + ", which the headers do not define"); continue; }
            if (r.unsupported() != null) { warnings.add("skipped struct " + name + ": " + r.unsupported()); continue; }
            for (Field f : r.fields()) requireRecords(f.type(), filter, missing);
            e.record(r);
        }
        for (Function f : functions) {
            requireRecords(f.result(), filter, missing);
            for (Param pa : f.params()) requireRecords(pa.type(), filter, missing);
        }
        for (String name : filter.typedefs()) {
            if (p.callbacks.containsKey(name)) {
                var cb = p.callbacks.get(name);
                requireRecords(cb.result(), filter, missing);
                for (Param pa : cb.params()) requireRecords(pa.type(), filter, missing);
                e.callback(cb);
            } else if (!p.aliases.containsKey(name)) {
                warnings.add("filter names typedef " + name + ", which is neither a callback nor a scalar typedef here");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("structs used by value but not in the filter (add --include-struct): " + missing);
        }
        e.header(HEADERS, functions, constants,
                filter.typedefs().stream().filter(p.aliases::containsKey).map(p.aliases::get).toList());
        return new Result(e.files(), warnings);
    }

    private static void requireRecords(CType t, Filter filter, TreeSet<String> missing) {
        if (t instanceof Record r && r.name() != null && !filter.structs().contains(r.name())) missing.add(r.name());
        if (t instanceof Record r && r.inline() != null) r.inline().fields().forEach(f -> requireRecords(f.type(), filter, missing));
        if (t instanceof Array a) requireRecords(a.element(), filter, missing);
    }

    private static String dump(Parser p) {
        StringBuilder sb = new StringBuilder();
        p.functions.values().forEach(f -> sb.append("--include-function ").append(f.name()).append("    # header: ").append(f.header())
                .append(f.deprecated() ? " (deprecated)" : "").append(f.variadic() ? " (variadic)" : "")
                .append(BACKEND_MODULE_HEADERS.contains(f.header()) ? " (backend module)" : "").append('\n'));
        p.records.values().forEach(r -> sb.append(r.union() ? "--include-union " : "--include-struct ").append(r.name())
                .append("    # header: ").append(r.header()).append('\n'));
        p.callbacks.values().forEach(c -> sb.append("--include-typedef ").append(c.name()).append("    # header: ").append(c.header()).append('\n'));
        p.aliases.values().forEach(a -> sb.append("--include-typedef ").append(a.name()).append("    # header: ").append(a.header()).append('\n'));
        p.constants.values().forEach(c -> sb.append("--include-constant ").append(c.name()).append("    # header: ").append(c.header()).append('\n'));
        return sb.toString();
    }
}
