// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.messaging;

import java.time.Instant;

/**
 * How many outbox messages of some topics stand where.
 *
 * @param pending                  waiting for their first attempt
 * @param retrying                 pending again after at least one failed (or leased) attempt
 * @param dead                     given up on and waiting for a person
 * @param held                     pending messages held back by a dead earlier message about the same record
 * @param oldestUndeliveredCreatedAt when the oldest pending or dead message was created; null when there is none
 */
public record OutboxCounts(long pending, long retrying, long dead, long held, Instant oldestUndeliveredCreatedAt) {

    public OutboxCounts {
        if (pending < 0 || retrying < 0 || dead < 0 || held < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
