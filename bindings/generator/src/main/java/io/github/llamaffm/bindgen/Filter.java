package io.github.llamaffm.bindgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What is generated, in jextract's {@code @includes.txt} format: one
 * {@code --include-function|--include-struct|--include-union|--include-typedef|--include-constant NAME}
 * per line, {@code #} starts a comment. The same file drives the real jextract.
 */
record Filter(Set<String> functions, Set<String> structs, Set<String> typedefs, Set<String> constants) {

    static Filter read(Path file) throws IOException {
        Filter f = new Filter(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        int lineNo = 0;
        for (String raw : Files.readAllLines(file)) {
            lineNo++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) continue;
            String[] p = line.split("\\s+");
            if (p.length != 2) throw new IOException(file + ":" + lineNo + ": expected '--include-KIND NAME'");
            Set<String> target = switch (p[0]) {
                case "--include-function" -> f.functions;
                case "--include-struct", "--include-union" -> f.structs;
                case "--include-typedef" -> f.typedefs;
                case "--include-constant" -> f.constants;
                case "--include-var" -> null; // global variables: none wanted
                default -> throw new IOException(file + ":" + lineNo + ": unknown option " + p[0]);
            };
            if (target != null) target.add(p[1]);
        }
        return f;
    }
}
