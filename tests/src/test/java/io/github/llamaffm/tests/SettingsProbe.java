package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.Sampler;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds every kind of settings in a fresh JVM, then prints {@code natives=} and the llama.cpp
 * libraries mapped into the process ({@code /proc/self/maps}): building settings must load none.
 * Run by {@link SharedSettingsTest}.
 */
public final class SettingsProbe {
    private SettingsProbe() {}

    /**
     * Builds the settings and reports.
     *
     * @param args unused
     * @throws Exception if the maps cannot be read
     */
    public static void main(String[] args) throws Exception {
        ModelParams m = ModelParams.builder().gpuLayers(0).build().toBuilder().checkTensors(true).build();
        ContextParams c = ContextParams.defaults().toBuilder().contextSize(1024).sequences(2).build();
        Sampler s = Sampler.builder().topK(40).topP(0.9f).temperature(0.7f).seed(1).build().toBuilder().minP(0.05f).build();
        GenerateParams g = GenerateParams.builder().maxTokens(8).stop("\n").sampler(s).build().toBuilder().maxTokens(9).build();
        System.out.println("built=" + m.checkTensors() + "," + c.contextSize() + "," + g.maxTokens() + "," + Sampler.greedy());
        String maps = Files.readString(Path.of("/proc/self/maps"));
        StringBuilder natives = new StringBuilder();
        for (String line : maps.split("\n")) {
            if (line.matches(".*/lib(llama|ggml)[^/]*\\.so.*")) natives.append(line.substring(line.lastIndexOf('/') + 1)).append(' ');
        }
        System.out.println("natives=" + natives.toString().strip());
    }
}
