package io.github.llamaffm.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** How long the JVM's JIT compilers have worked: what tells whether compilation overlapped a timed run. */
final class Jit {
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private Jit() {}

    /**
     * Milliseconds of compilation since the JVM started, or 0 where the JVM does not count them.
     *
     * @return the accumulated compilation time
     */
    static long millis() {
        return COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported() ? COMPILER.getTotalCompilationTime() : 0;
    }
}
