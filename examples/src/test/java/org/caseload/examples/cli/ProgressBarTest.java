// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter text = new StringWriter();
    private final long[] now = {0};

    @Test
    void drawsRecordsPairsRateAndTimeLeftInPlace() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "detecting", true, () -> now[0]);

        now[0] = 2_000_000_000L;
        bar.onPairs(12_345);
        bar.onProgress(500, 2_000);

        assertThat(text.toString()).startsWith("\rdetecting [######..................]  25% 500/2,000")
                .contains("12,345 pairs").contains("250/s").contains("6 s left").doesNotContain("\n");
    }

    @Test
    void redrawsAtMostFiveTimesASecondAndEndsTheLineWhenDone() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "loading", true, () -> now[0]);

        now[0] = 1_000_000_000L;
        bar.onProgress(1, 10);
        now[0] += 50_000_000L;
        bar.onProgress(2, 10);
        now[0] += 50_000_000L;
        bar.onProgress(10, 10);

        assertThat(text.toString().split("\r", -1)).hasSize(3);
        assertThat(text.toString()).doesNotContain(" 2/10").endsWith(System.lineSeparator());
    }

    @Test
    void staysQuietWhenStandardErrorIsNoTerminal() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "detecting", false, () -> now[0]);

        bar.onProgress(1, 10);
        bar.onProgress(10, 10);

        assertThat(text.toString()).isEmpty();
    }

    @Test
    void writesLongTimesInMinutes() {
        assertThat(ProgressBar.duration(42.4)).isEqualTo("42 s");
        assertThat(ProgressBar.duration(185)).isEqualTo("3 min 05 s");
    }
}
