// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time the whole machine has spent busy, every process together (this JVM, a database
 * server beside it, anything else running), from Linux's {@code /proc/stat}: over a run, divided
 * by the calls made, the machine's CPU per call, a figure that scheduling does not blur as it does
 * a call's wall time when there are more callers than cores.
 */
final class MachineCpu {

    private static final Path STAT = Path.of("/proc/stat");
    /** The unit of {@code /proc/stat}'s times, {@code USER_HZ}: 100 a second on every Linux architecture in use. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private MachineCpu() {
    }

    /**
     * Nanoseconds the machine's processors have been busy since boot (every state but idle and
     * waiting for I/O), or -1 where {@code /proc/stat} cannot be read.
     */
    static long busyNanos() {
        try {
            String[] cpu = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long busy = 0;
            // cpu user nice system idle iowait irq softirq steal ...: fields 4 and 5 are not busy.
            for (int field = 1; field < cpu.length && field <= 8; field++) {
                if (field != 4 && field != 5) {
                    busy += Long.parseLong(cpu[field]);
                }
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
