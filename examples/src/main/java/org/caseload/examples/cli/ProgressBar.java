// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.caseload.linkage.MatchEngine;

/**
 * One line of standard error redrawn in place ({@code \r}) while long work runs: the stage, a bar,
 * records done of all, the candidate pairs compared so far, the rate and the time left. Drawn only
 * when standard error is a terminal; quiet otherwise, so that a redirected standard error holds
 * the report lines alone. Redraws at most five times a second. Not thread-safe: the detection
 * calls it on the thread that runs it.
 */
final class ProgressBar implements MatchEngine.PairProgress {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String stage;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private final long started;
    private long lastDrawn = Long.MIN_VALUE;
    private long pairs;
    private int drawnLength;

    /**
     * @param err       where to draw
     * @param stage     what is being done, a few words
     * @param enabled   whether to draw at all: standard error is a terminal
     * @param nanoClock a monotonic clock in nanoseconds
     */
    ProgressBar(PrintWriter err, String stage, boolean enabled, LongSupplier nanoClock) {
        this.err = err;
        this.stage = stage;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    /** Whether standard error is taken for a terminal: the JVM has a console (no redirection). */
    static boolean stderrIsTerminal() {
        return System.console() != null;
    }

    @Override
    public void onPairs(long compared) {
        pairs = compared;
    }

    @Override
    public void onProgress(long done, long total) {
        if (!enabled) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (done < total && lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        double share = total == 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(share * WIDTH);
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder(96);
        line.append('\r').append(stage).append(" [").append("#".repeat(filled)).append(".".repeat(WIDTH - filled))
                .append(String.format(Locale.ROOT, "] %3d%% %,d/%,d", Math.round(share * 100), done, total));
        if (pairs > 0) {
            line.append(String.format(Locale.ROOT, ", %,d pairs", pairs));
        }
        line.append(String.format(Locale.ROOT, ", %,.0f/s", rate));
        if (done > 0 && done < total) {
            line.append(String.format(Locale.ROOT, ", %s left", duration((total - done) / rate)));
        }
        int length = line.length();
        if (length < drawnLength) {
            line.append(" ".repeat(drawnLength - length));
        }
        drawnLength = length;
        err.print(line);
        if (done >= total) {
            err.println();
            lastDrawn = Long.MIN_VALUE;
            drawnLength = 0;
        }
        err.flush();
    }

    /** Seconds as {@code 42 s} or {@code 3 min 05 s}. */
    static String duration(double seconds) {
        long whole = Math.round(seconds);
        return whole < 60 ? whole + " s" : String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
}
