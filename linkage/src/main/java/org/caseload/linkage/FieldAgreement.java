// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

/** How one field of two records compares. */
public enum FieldAgreement {
    /** The values are the same once normalized. */
    AGREE,
    /** The values are close: a typo, a nickname, a sound-alike, swapped day and month, a partial value. */
    PARTIAL,
    /** The values differ. */
    DISAGREE,
    /** At least one record has no value, so the field says nothing either way. */
    MISSING
}
