package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Loading and closing a model many times does not grow native memory (process RSS). */
public class NativeMemoryTest {
    private static long rssKb() throws Exception {
        return status("VmRSS:");
    }

    private static long status(String key) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key)) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        throw new IllegalStateException("no " + key);
    }

    /** Memory the JVM itself has committed (heap and non-heap), which RSS includes. */
    private static long javaCommittedKb() {
        var mx = java.lang.management.ManagementFactory.getMemoryMXBean();
        return (mx.getHeapMemoryUsage().getCommitted() + mx.getNonHeapMemoryUsage().getCommitted()) / 1024;
    }

    private static void cycle(Path model) {
        Sampler s = Sampler.builder().topK(10).seed(1).build();
        try (LlamaModel m = LlamaModel.load(model);
             LlamaContext ctx = m.newContext(ContextParams.builder().contextSize(128).threads(1).build())) {
            ctx.complete("memory", GenerateParams.builder().maxTokens(2).sampler(s).build());
        }
    }

    /**
     * Runs in a JVM of its own (see the test): 20 warm-up cycles, then 200 measured ones in ten
     * segments of 20; prints {@code segments=<KiB>,...} (the RSS change over each segment),
     * {@code growth=<KiB>} and the figures.
     *
     * @param args unused; the model comes from {@code -Dmodel=}
     * @throws Exception if a cycle fails
     */
    public static void main(String[] args) throws Exception {
        Path model = Path.of(System.getProperty("model"));
        for (int i = 0; i < 20; i++) cycle(model); // warm up allocators, JIT, caches
        System.gc();
        long before = rssKb();
        long heapBefore = javaCommittedKb();
        long anonBefore = status("RssAnon:"), fileBefore = status("RssFile:");
        List<Long> segments = new ArrayList<>();
        long mark = before;
        for (int i = 0; i < 200; i++) {
            cycle(model);
            if (i % 20 == 19) {
                long now = rssKb();
                segments.add(now - mark);
                mark = now;
            }
        }
        System.gc();
        long after = rssKb();
        long heapAfter = javaCommittedKb();
        System.out.printf("RSS before %d KiB, after 200 cycles %d KiB (anonymous %d -> %d, file-backed %d -> %d);"
                        + " JVM committed heap+non-heap %d -> %d KiB%n", before, after, anonBefore, status("RssAnon:"),
                fileBefore, status("RssFile:"), heapBefore, heapAfter);
        System.out.println("segments=" + segments.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        System.out.println("growth=" + (after - before));
    }

    @Test
    void twoHundredLoadCloseCyclesDoNotGrowRss() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "no /proc: RSS not measurable here");
        Path model = TestModels.tiny("llama-spm");
        // A fresh JVM: in the suite's JVM, hundreds of MiB left by earlier tests (heap, malloc
        // arenas, lingering threads) move RSS by more than the leak this looks for.
        Jvm.Result r = Jvm.run(Jvm.runtimeClassPath(), NativeMemoryTest.class.getName(), "-Dmodel=" + model);
        System.out.print(r.output());
        assertEquals(0, r.exit(), r.output());
        long[] segments = java.util.Arrays.stream(r.values().get("segments").strip().split(",")).mapToLong(Long::parseLong).sorted().toArray();
        long median = segments[segments.length / 2];
        // A leak grows RSS in every segment: of the model (~its file size) or of a context (KV and
        // compute buffers, MBs) per cycle, tens of MiB per 20 cycles. glibc's allocator instead
        // steps once (seen here: RSS up ~100 MiB between two segments when its mmap threshold
        // rises, then flat, and in other runs down), so one segment's jump says nothing: the
        // median segment must stay under 4 MiB (200 KiB a cycle).
        assertTrue(median < 4 * 1024, "RSS grows in most segments of 20 cycles (median " + median + " KiB)\n" + r.output());
    }
}
