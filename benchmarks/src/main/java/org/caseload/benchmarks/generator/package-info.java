// SPDX-License-Identifier: Apache-2.0
/**
 * A seeded generator of HMIS-style client lists with known duplicates and look-alikes, written
 * as an HMIS {@code Client.csv} with its ground truth ({@code GenerateHmisClients}) or used in
 * process ({@code HmisClientGenerator.generate}).
 */
package org.caseload.benchmarks.generator;
