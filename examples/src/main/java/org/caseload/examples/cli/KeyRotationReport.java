// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.util.List;
import java.util.Locale;
import org.caseload.core.KeyRotationResult;

/**
 * What {@code keys rotate} says of a run: a progress line after each page, a summary at the end.
 * Counts only: never a client, an enrollment, a value or a key.
 */
final class KeyRotationReport {

    private KeyRotationReport() {
    }

    /** One line of the counts so far. */
    static String progress(KeyRotationResult counts) {
        return String.format(Locale.ROOT, "keys rotate: %d clients read, %d rewritten; %d enrollments read, "
                + "%d rewritten", counts.scanned(), counts.rewritten(), counts.enrollmentsScanned(),
                counts.enrollmentsRewritten());
    }

    /** The summary of a run that returned: what it did, and what to do next. */
    static List<String> summary(KeyRotationResult result) {
        String outcome;
        if (result.cancelled()) {
            outcome = String.format(Locale.ROOT, "stopped on request after the first %d clients in id order "
                    + "(and their enrollments); every record is either rotated or not, and all stay readable: "
                    + "run the command again to go on, it finds what is left", result.scanned());
        } else if (result.rewritten() == 0 && result.enrollmentsRewritten() == 0) {
            outcome = "done: nothing was under an older key; once every node runs with the new keys, "
                    + "the older keys may be removed";
        } else {
            outcome = "done: every client and enrollment read is under the current keys; run the command again "
                    + "once every node runs with the new keys: when it rewrites nothing, the older keys may be removed";
        }
        return List.of(
                String.format(Locale.ROOT, "clients: %d read, %d rewritten, %d already current",
                        result.scanned(), result.rewritten(), result.alreadyCurrent()),
                String.format(Locale.ROOT, "enrollments: %d read, %d rewritten",
                        result.enrollmentsScanned(), result.enrollmentsRewritten()),
                String.format(Locale.ROOT, "values sealed again: %d", result.valuesResealed()),
                String.format(Locale.ROOT, "match keys digested again: %d", result.matchKeysRedigested()),
                String.format(Locale.ROOT, "conflicts met and decided again: %d", result.conflicts()),
                outcome);
    }
}
