// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.caseload.core.KeyRotationResult;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C during {@code keys rotate}: the shutdown hook turns the cancel flag true and holds the JVM
 * up until the command has stopped; the summary then says where the run stopped and that running
 * it again goes on.
 */
class CancelOnShutdownTest {

    @Test
    void theHookTurnsTheFlagTrueAndWaitsUntilTheCommandHasStopped() throws InterruptedException {
        CancelOnShutdown flag = new CancelOnShutdown(Duration.ofMinutes(1));
        assertThat(flag.getAsBoolean()).isFalse();

        Thread hook = new Thread(flag::cancelAndWait);
        hook.start();
        while (!flag.getAsBoolean()) {
            Thread.onSpinWait();
        }
        hook.join(200);

        assertThat(hook.isAlive()).as("the hook waits for the command").isTrue();
        flag.close();
        hook.join(10_000);
        assertThat(hook.isAlive()).isFalse();
    }

    @Test
    void aStoppedRunSaysHowFarItGotAndThatRunningItAgainGoesOn() {
        List<String> summary = KeyRotationReport.summary(new KeyRotationResult(1500, 1200, 300, 900, 40, 2480,
                3600, 2, true));

        assertThat(summary).containsExactly(
                "clients: 1500 read, 1200 rewritten, 300 already current",
                "enrollments: 900 read, 40 rewritten",
                "values sealed again: 2480",
                "match keys digested again: 3600",
                "conflicts met and decided again: 2",
                "stopped on request after the first 1500 clients in id order (and their enrollments); every record "
                        + "is either rotated or not, and all stay readable: run the command again to go on, it finds "
                        + "what is left");
    }
}
