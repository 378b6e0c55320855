// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an escalation would send to the vendor, for the local administrator to check before
 * sending: the redacted description, and how many values of each kind were removed (never the
 * values). Immutable.
 *
 * @param ticketId        the ticket
 * @param expectedVersion the ticket's version the preview was made from
 * @param summary         the description as it would leave the organization
 * @param redactions      how many values of each category were redacted; categories with none are absent
 * @param hasScreenshot   whether the ticket has a screenshot, which goes along only when the
 *                        administrator confirms it shows no client data
 */
public record EscalationPreview(String ticketId, long expectedVersion, String summary,
                                Map<RedactionCategory, Integer> redactions, boolean hasScreenshot) {

    public EscalationPreview {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(summary, "summary");
        redactions = redactions.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(redactions));
    }
}
