package io.github.llamaffm.examples.chat;

import java.io.PrintWriter;

/** A one-line progress bar for model loading, redrawn in place. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final String label;
    private int shown = -1;

    ProgressBar(PrintWriter out, String label) {
        this.out = out;
        this.label = label;
    }

    /** Called from the loader; returns true to keep loading. */
    boolean update(float fraction) {
        int percent = Math.round(fraction * 100);
        if (percent != shown) {
            shown = percent;
            int filled = Math.round(fraction * WIDTH);
            out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
            out.flush();
        }
        return true;
    }

    void done() {
        if (shown >= 0) out.println();
        out.flush();
    }
}
