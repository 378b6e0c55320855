// SPDX-License-Identifier: Apache-2.0
/**
 * The HUD HMIS CSV format, as the HUD HMIS CSV Format Specifications FY2024 (in force October 2023
 * to September 2025) and FY2026 (in force since 1 October 2025) define it.
 *
 * <ul>
 *   <li>{@link org.caseload.hmis.HmisSpecification#of} gives a version's 24 files in order, their
 *       columns in order with type, maximum length, required flag and code lists, the code lists
 *       with their codes, labels and retired codes, and the keys between the files.</li>
 *   <li>{@link org.caseload.hmis.HmisCsvReader} reads one file row by row: UTF-8 with or without a
 *       byte-order mark, or Windows-1252; RFC 4180 quoting; header names in any letter case.</li>
 *   <li>{@link org.caseload.hmis.HmisCheck} runs the data quality checks that need only the files
 *       of an export folder and returns its {@link org.caseload.hmis.HmisFinding findings}.</li>
 * </ul>
 *
 * <p>The specification ships with the module as resources, taken from the published column lists
 * and code lists of both versions. Nothing here reads or writes a store: importing an export and
 * writing one are not part of this module yet.
 */
package org.caseload.hmis;
