package io.github.llamaffm;

/**
 * Settings of a {@link MultimodalProjector}: how its encoder runs. Immutable; any number of threads
 * may share one.
 *
 * <pre>{@code
 * ProjectorParams p = ProjectorParams.builder().threads(4).gpu(false).build();
 * }</pre>
 *
 * @param threads threads of the image and audio encoder, {@code >= 1} (default: the processors,
 *                at most 4, libmtmd's own default)
 * @param gpu     whether the encoder may run on a GPU when the natives have one (default true,
 *                as {@code mtmd_context_params_default})
 */
public record ProjectorParams(int threads, boolean gpu) {
    /**
     * Checks the values.
     *
     * @param threads encoder threads
     * @param gpu     whether a GPU may be used
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public ProjectorParams {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }

    /**
     * The defaults: {@code min(4, processors)} threads, GPU allowed.
     *
     * @return the default settings
     */
    public static ProjectorParams defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects {@link ProjectorParams}; not thread-safe. */
    public static final class Builder {
        private int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        private boolean gpu = true;

        private Builder() {
        }

        /**
         * Encoder threads.
         *
         * @param n threads, {@code >= 1}
         * @return this builder
         */
        public Builder threads(int n) {
            threads = n;
            return this;
        }

        /**
         * Whether the encoder may run on a GPU.
         *
         * @param on true to allow it
         * @return this builder
         */
        public Builder gpu(boolean on) {
            gpu = on;
            return this;
        }

        /**
         * The settings.
         *
         * @return a new value
         * @throws IllegalArgumentException if a value is out of range
         */
        public ProjectorParams build() {
            return new ProjectorParams(threads, gpu);
        }
    }
}
