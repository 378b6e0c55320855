// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

/**
 * What of one stored record is not under the current keys, as the key rotation counts it.
 *
 * @param values    SSNs and sensitive form values sealed under another key, or not sealed
 * @param matchKeys SSN match keys digested under another key, or not digested under a key
 */
public record StaleSeals(int values, int matchKeys) {

    /** Nothing stale: the record is under the current keys. */
    public static final StaleSeals NONE = new StaleSeals(0, 0);

    /** Whether the record is under the current keys. */
    public boolean none() {
        return values == 0 && matchKeys == 0;
    }
}
