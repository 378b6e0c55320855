// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

/**
 * A quick check of the ids of a hot-path lookup. Full validation builds a constraint report, which
 * costs more than the lookup; so it runs only when this check finds a fault, to report it exactly.
 */
final class Ids {

    /** The longest id accepted. */
    static final int MAX_LENGTH = 200;

    private Ids() {
    }

    /** Whether every id is present, not blank and not too long. */
    static boolean valid(String first, String second) {
        return valid(first) && valid(second);
    }

    /** Whether the id is present, not blank and not too long. */
    static boolean valid(String id) {
        return id != null && id.length() <= MAX_LENGTH && !id.isBlank();
    }
}
