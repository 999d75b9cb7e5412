package io.github.llamaffm.tests;

import io.github.llamaffm.Device;
import io.github.llamaffm.Llama;

/** Run in a fresh JVM by the loader tests: prints what was loaded as key=value lines. */
public final class LoaderProbe {
    private LoaderProbe() {}

    public static void main(String[] args) {
        try {
            System.out.println("version=" + Llama.version());
            System.out.println("variant=" + Llama.cpuVariant().orElse(""));
            System.out.println("systemInfo=" + Llama.systemInfo());
            for (Device d : Llama.devices()) {
                System.out.println("device=" + d.name() + "|" + d.type() + "|" + d.library().map(Object::toString).orElse(""));
            }
        } catch (UnsatisfiedLinkError e) {
            System.out.println("error=" + e.getMessage().replace('\n', '\u0001'));
            System.exit(3);
        }
    }
}
