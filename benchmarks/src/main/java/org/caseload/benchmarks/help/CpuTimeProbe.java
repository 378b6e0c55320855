// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.help;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time the calling thread spends per tool tip and per search, over the same setups as
 * the JMH benchmarks. On a shared machine, wall-clock percentiles measure the wait for a core as
 * much as the work; the thread's CPU time does not. Prints one line per round.
 */
public final class CpuTimeProbe {

    private static final int ROUNDS = 5;
    private static final int TOOL_TIPS = 5_000_000;
    private static final int SEARCHES = 300;

    private CpuTimeProbe() {
    }

    public static void main(String[] args) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ToolTipBenchmark toolTips = new ToolTipBenchmark();
        toolTips.setUp();
        for (int round = 1; round <= ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            int found = 0;
            for (int i = 0; i < TOOL_TIPS; i++) {
                found += toolTips.toolTip().isPresent() ? 1 : 0;
            }
            double nanos = (threads.getCurrentThreadCpuTime() - start) / (double) TOOL_TIPS;
            System.out.printf("tool tips, round %d: %.0f ns of CPU per call (%d found)%n", round, nanos, found);
        }
        toolTips.tearDown();

        KnowledgeBaseSearchBenchmark search = new KnowledgeBaseSearchBenchmark();
        search.setUp();
        for (int round = 1; round <= ROUNDS; round++) {
            long[] times = new long[SEARCHES];
            for (int i = 0; i < SEARCHES; i++) {
                long start = threads.getCurrentThreadCpuTime();
                search.search();
                times[i] = threads.getCurrentThreadCpuTime() - start;
            }
            Arrays.sort(times);
            System.out.printf("searches, round %d: p50 %.2f ms, p99 %.2f ms of CPU%n", round,
                    times[SEARCHES / 2] / 1e6, times[SEARCHES * 99 / 100] / 1e6);
        }
        search.tearDown();
    }
}
