// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the messages of a dispatcher stand, for monitoring.
 *
 * @param pending             waiting for their first attempt
 * @param retrying            waiting for another attempt after a failure (or leased right now)
 * @param dead                dead letters waiting for a person
 * @param held                messages held back by a dead letter about the same record
 * @param oldestUndeliveredAge how long ago the oldest pending or dead message was created; zero when there is none
 */
public record DeliveryCounts(long pending, long retrying, long dead, long held, Duration oldestUndeliveredAge) {

    public DeliveryCounts {
        Objects.requireNonNull(oldestUndeliveredAge, "oldestUndeliveredAge");
    }

    /** These counts and {@code other}'s together, with the older of the two oldest ages. */
    public DeliveryCounts plus(DeliveryCounts other) {
        return new DeliveryCounts(pending + other.pending, retrying + other.retrying, dead + other.dead,
                held + other.held, oldestUndeliveredAge.compareTo(other.oldestUndeliveredAge) >= 0
                        ? oldestUndeliveredAge : other.oldestUndeliveredAge);
    }
}
