/**
 * Quality and cost of duplicate detection on labelled data sets: blocking pair completeness,
 * precision, recall and F1, and bulk time. Run with
 * {@link org.caseload.benchmarks.matching.FebrlEvaluation}; the command and the latest figures
 * are in {@code docs/benchmarks.md}.
 */
package org.caseload.benchmarks.matching;
