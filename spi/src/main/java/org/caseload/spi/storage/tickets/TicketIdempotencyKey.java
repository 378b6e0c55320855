// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import java.util.Objects;

/**
 * The host's idempotency key of a ticket submission, unique within the ticket's organization, and
 * a fingerprint of what was submitted under it, so that a repeated submission can be told from a
 * different one that reuses the key.
 *
 * @param key         the host's key; required
 * @param fingerprint a digest of the submission, computed by the ticketing module; required
 */
public record TicketIdempotencyKey(String key, String fingerprint) {
    public TicketIdempotencyKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
