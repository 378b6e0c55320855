// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

/** What a scored pair is taken to be, from its match probability and {@link MatchThresholds}. */
public enum MatchClassification {
    /** Very likely one person: intake stops and asks; bulk detection reports it. */
    PROBABLE,
    /** Perhaps one person: worth a look by a person, never acted on automatically. */
    POSSIBLE,
    /** Two people. */
    UNLIKELY
}
