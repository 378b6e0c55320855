// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks of help's hot paths: tool-tip resolution and knowledge-base search, each with a
 * baseline measured in the same run. Run them with {@link org.caseload.benchmarks.help.HelpBenchmarks},
 * or measure their CPU time with {@link org.caseload.benchmarks.help.CpuTimeProbe}; the commands
 * and the latest numbers are in {@code docs/benchmarks.md}.
 */
package org.caseload.benchmarks.help;
