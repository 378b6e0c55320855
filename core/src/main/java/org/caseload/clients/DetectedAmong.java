// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.util.List;
import java.util.Objects;
import org.caseload.linkage.DetectionSummary;

/**
 * What a {@link DetectAmong} run did.
 *
 * @param summary the counts of the detection over the clients taken
 * @param refused the clients left out, in order, with the rules they broke (after a repair, the
 *                rules the repaired description broke)
 */
public record DetectedAmong(DetectionSummary summary, List<RegisteredClients.Refused> refused) {
    public DetectedAmong {
        Objects.requireNonNull(summary, "summary");
        refused = List.copyOf(Objects.requireNonNull(refused, "refused"));
    }
}
