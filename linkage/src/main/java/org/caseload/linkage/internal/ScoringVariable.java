// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

/**
 * The pieces of evidence a Fellegi–Sunter score adds up, each assumed independent of the others
 * given match status: one per field, except that the address components form one.
 */
public enum ScoringVariable {
    FIRST_NAME,
    MIDDLE_NAME,
    LAST_NAME,
    DATE_OF_BIRTH,
    SSN,
    IDENTIFIER,
    GENDER,
    ADDRESS;

    /** The levels a variable takes: AGREE, PARTIAL, DISAGREE, MISSING, by FieldAgreement ordinal. */
    public static final int LEVELS = 4;
    /** The number of distinct comparison patterns, LEVELS to the power of the variable count. */
    public static final int PATTERNS = (int) Math.pow(LEVELS, values().length);
    /** The level code of MISSING, which contributes no evidence. */
    public static final int MISSING_LEVEL = 3;

    /** The level of this variable in an encoded comparison pattern. */
    public int levelIn(int pattern) {
        int shifted = pattern;
        for (int i = 0; i < ordinal(); i++) {
            shifted /= LEVELS;
        }
        return shifted % LEVELS;
    }
}
