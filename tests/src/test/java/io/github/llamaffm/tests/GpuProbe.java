package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.Device;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.Llama;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a fresh JVM by {@link CudaFallbackTest}: prints why no GPU is used, the devices, and the
 * greedy tokens of a model (system property {@code gpuprobe.model}) loaded with every layer
 * offloaded (gpuLayers -1).
 */
public final class GpuProbe {
    private GpuProbe() {}

    /**
     * Prints {@code gpuReason=}, {@code device=} lines and {@code tokens=}.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        System.out.println("gpuReason=" + Llama.gpuUnavailableReason().orElse(""));
        for (Device d : Llama.devices()) System.out.println("device=" + d.name() + "|" + d.type() + "|" + d.backend());
        try (LlamaModel m = LlamaModel.load(Path.of(System.getProperty("gpuprobe.model")), ModelParams.builder().gpuLayers(-1).build());
             LlamaContext ctx = m.newContext(ContextParams.builder().contextSize(128).threads(2).build())) {
            List<Integer> ids = new ArrayList<>();
            for (Token t : ctx.generate("The GPU fallback", GenerateParams.builder().maxTokens(24).build())) ids.add(t.id());
            System.out.println("tokens=" + ids);
        }
    }
}
