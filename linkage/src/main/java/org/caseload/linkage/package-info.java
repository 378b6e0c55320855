// SPDX-License-Identifier: Apache-2.0
/**
 * Duplicate detection for clients: match keys for candidate retrieval, field-by-field comparison,
 * Fellegi–Sunter scoring with weights estimated from the data by EM, and bulk detection over
 * blocked candidate pairs. {@link org.caseload.linkage.MatchEngine} is the entry point;
 * it works on {@link org.caseload.linkage.MatchSubject}, the comparable fields of a
 * person, so it does not depend on how clients are stored.
 */
package org.caseload.linkage;
