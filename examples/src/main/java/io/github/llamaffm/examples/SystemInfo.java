package io.github.llamaffm.examples;

import io.github.llamaffm.Device;
import io.github.llamaffm.Llama;

/** Prints what llama-ffm loaded: llama.cpp's version, the CPU variant picked, and the devices. */
public final class SystemInfo {
    private SystemInfo() {}

    /**
     * Entry point.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("llama.cpp version: " + Llama.version());
        System.out.println("CPU variant:       " + Llama.cpuVariant().orElse("(built in)"));
        for (Device d : Llama.devices()) {
            System.out.printf("device %-8s %-5s %s (backend %s, %s)%n", d.name(), d.type(), d.description(),
                    d.backend(), d.library().map(Object::toString).orElse("built in"));
        }
        System.out.println(Llama.systemInfo());
    }
}
