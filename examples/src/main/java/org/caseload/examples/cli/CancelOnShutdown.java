// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Ctrl-C (or any other orderly shutdown of the JVM) as a cancel flag for a long command: a shutdown
 * hook turns the flag true and then holds the JVM up, at most for a grace period, until the command
 * has stopped at a clean point and said so ({@link #close()}). Closed before any shutdown, it
 * removes its hook.
 */
final class CancelOnShutdown implements BooleanSupplier, AutoCloseable {

    /** How long a shutdown waits for the command to stop: one unit of work, and the closing of the database. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Duration grace;
    private final Thread hook;

    /** A flag without a hook: {@link #cancelAndWait()} is what the hook would run. */
    CancelOnShutdown(Duration grace) {
        this.grace = grace;
        this.hook = new Thread(this::cancelAndWait, "caseload-cancel-on-shutdown");
    }

    /** A flag that a shutdown of this JVM turns true. */
    static CancelOnShutdown install() {
        CancelOnShutdown flag = new CancelOnShutdown(GRACE);
        Runtime.getRuntime().addShutdownHook(flag.hook);
        return flag;
    }

    /** Whether a shutdown asked the command to stop. */
    @Override
    public boolean getAsBoolean() {
        return cancelled.get();
    }

    /** Turns the flag true, then waits until the command has stopped, at most the grace period. */
    void cancelAndWait() {
        cancelled.set(true);
        try {
            stopped.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command has stopped: a waiting shutdown goes on; without one, the hook is removed. */
    @Override
    public void close() {
        stopped.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running (or has run): it has been let go above.
        }
    }
}
