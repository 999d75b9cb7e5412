package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Sampler;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Loading and closing a model many times does not grow native memory (process RSS). */
class NativeMemoryTest {
    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        throw new IllegalStateException("no VmRSS");
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

    @Test
    void twoHundredLoadCloseCyclesDoNotGrowRss() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "no /proc: RSS not measurable here");
        Path model = TestModels.tiny("llama-spm");
        for (int i = 0; i < 20; i++) cycle(model); // warm up allocators, JIT, caches
        System.gc();
        long before = rssKb();
        long heapBefore = javaCommittedKb();
        for (int i = 0; i < 200; i++) cycle(model);
        System.gc();
        long after = rssKb();
        long heapAfter = javaCommittedKb();
        long growthKb = after - before;
        System.out.printf("RSS before %d KiB, after 200 cycles %d KiB, growth %d KiB; JVM committed heap+non-heap %d -> %d KiB%n",
                before, after, growthKb, heapBefore, heapAfter);
        // A leak of the model (~model file size) or of a context (KV + compute buffers, MBs) per
        // cycle would add hundreds of MiB; allocator noise stays far below 32 MiB.
        assertTrue(growthKb < 32 * 1024, "RSS grew by " + growthKb + " KiB over 200 cycles");
    }
}
