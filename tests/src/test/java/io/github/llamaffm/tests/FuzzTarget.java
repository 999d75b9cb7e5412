package io.github.llamaffm.tests;

import io.github.llamaffm.LlamaException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A kind of hostile input for the fuzz runs ({@link FuzzMain}): turns a seed into a case (always the
 * same case for the same seed) and runs it. A case must either work or end in a Java exception; a
 * JVM that dies is a bug, which the seed reproduces.
 */
interface FuzzTarget extends AutoCloseable {
    /** The targets, by the name {@code make fuzz TARGET=...} and {@link FuzzMain} take. */
    static FuzzTarget named(String name, Path dir) {
        return switch (name) {
            case "model" -> new ModelFuzzer(dir);
            case "projector" -> new ProjectorFuzzer(dir);
            default -> throw new IllegalArgumentException("no fuzz target '" + name + "' (model, projector)");
        };
    }

    /** What happened to a case. */
    enum Outcome {
        /** Loaded and generated. */
        GENERATED,
        /** A Java exception of a documented kind ({@link LlamaException} and its subtypes, {@link IllegalArgumentException}). */
        REJECTED,
        /** llama.cpp asserted while loading and the safety net (NativeAbort) made it an exception: the check missed it. */
        ABORT_CAUGHT,
        /** A Java exception of another kind (a NullPointerException, an index out of bounds, ...): a bug in the Java code. */
        UNEXPECTED
    }

    /** A generated case. */
    interface Case {
        /** The seed that made it. */
        long seed();

        /** What was done to the base file, for the log. */
        String description();

        /**
         * Runs it.
         *
         * @param message receives the exception's class and message when one ended the case
         * @return what happened
         */
        Outcome run(StringBuilder message);

        /** Deletes the files it wrote. */
        void delete() throws IOException;
    }

    /**
     * Writes the case of a seed.
     *
     * @param seed any value; the same seed gives the same case
     * @return the case
     * @throws IOException when its files cannot be written
     */
    Case generate(long seed) throws IOException;

    /** Frees what the target keeps between cases (a loaded model); by default nothing. */
    @Override
    default void close() {
    }

    /** Classifies the exception that ended a case and appends it to {@code message}. */
    static Outcome classify(RuntimeException e, StringBuilder message) {
        message.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        if (String.valueOf(e.getMessage()).startsWith("llama.cpp aborted while")) return Outcome.ABORT_CAUGHT;
        if (e instanceof LlamaException || e instanceof IllegalArgumentException) return Outcome.REJECTED;
        e.printStackTrace(); // where the Java code went wrong (a forked run keeps the child's stderr)
        return Outcome.UNEXPECTED;
    }
}
