package io.github.llamaffm.internal;

import org.junit.jupiter.api.Test;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The log-softmax helpers: expf bit for bit as the C library's (glibc) on Linux, top-k order. */
class LogitMathTest {
    @Test
    void expfIsTheCLibrarysExpfBitForBit() throws Throwable {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "glibc's expf is the reference");
        Linker linker = Linker.nativeLinker();
        Optional<java.lang.foreign.MemorySegment> sym = linker.defaultLookup().find("expf");
        assumeTrue(sym.isPresent(), "no expf in the default lookup");
        MethodHandle expf = linker.downcallHandle(sym.get(), FunctionDescriptor.of(ValueLayout.JAVA_FLOAT, ValueLayout.JAVA_FLOAT));
        SplittableRandom r = new SplittableRandom(3);
        int n = 300_000, javaDiffers = 0;
        for (int i = 0; i < n; i++) {
            float x = i < 200_000 ? (float) (-r.nextDouble() * 110) : (float) ((r.nextDouble() - 0.5) * 200);
            float c = (float) expf.invokeExact(x);
            assertEquals(Float.floatToRawIntBits(c), Float.floatToRawIntBits(LogitMath.expf(x)), "expf(" + x + ")");
            if (c != (float) Math.exp(x)) javaDiffers++;
        }
        for (float x : new float[]{0f, -0f, 1f, -1f, 88.5f, 89f, -87.5f, -103f, -104f, -150f, Float.NEGATIVE_INFINITY,
                Float.POSITIVE_INFINITY, Float.NaN, Float.MIN_VALUE, -Float.MIN_VALUE}) {
            float c = (float) expf.invokeExact(x);
            assertEquals(Float.floatToRawIntBits(c), Float.floatToRawIntBits(LogitMath.expf(x)), "expf(" + x + ")");
        }
        System.out.println("(float) Math.exp differs from expf on " + javaDiffers + " of " + n + " inputs; the port on none");
    }

    @Test
    void topKIsOrderedWithTiesByIndex() {
        float[] l = {0.5f, 3f, -1f, 3f, 2f, 7f, 2f};
        int[] out = new int[4];
        LogitMath.topK(l, l.length, 4, out);
        assertArrayEquals(new int[]{5, 1, 3, 4}, out);
        int[] one = new int[1];
        LogitMath.topK(l, l.length, 1, one);
        assertEquals(5, one[0]);
        assertEquals(Math.log(Math.exp(-0.5) / (Math.exp(0.5) + Math.exp(-0.5))), LogitMath.logProb(new float[]{1f, 0f}, 2, 1), 1e-6);
    }
}
