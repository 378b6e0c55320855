// SPDX-License-Identifier: Apache-2.0
/**
 * Quality and cost of duplicate detection on labelled data sets: blocking pair completeness,
 * precision, recall and F1, and bulk time. {@link org.caseload.benchmarks.matching.FebrlEvaluation}
 * runs the engine on FEBRL files; {@link org.caseload.benchmarks.matching.PairsEvaluation} scores
 * the pairs {@code bin/caseload duplicates} wrote; {@link
 * org.caseload.benchmarks.matching.DuplicateDetectionHarness} loads generated clients into a
 * runtime and times bulk detection, the intake check and search. The commands and the latest
 * figures are in {@code docs/benchmarks.md}.
 */
package org.caseload.benchmarks.matching;
