// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.caseload.core.internal.MultiLine;

/**
 * Adds a note to a desk ticket. Immutable.
 *
 * @param deskTicketId required
 * @param shared       true: the organization sees it (it flows back to its ticket); false: it never
 *                     leaves the vendor
 * @param text         required, at most 10,000 characters
 */
public record AddDeskNote(@NotBlank String deskTicketId, boolean shared, @MultiLine @NotBlank @Size(max = 10_000) String text) {

    /** A note the organization sees. */
    public static AddDeskNote shared(String deskTicketId, String text) {
        return new AddDeskNote(deskTicketId, true, text);
    }

    /** A note for the vendor's staff only. */
    public static AddDeskNote internal(String deskTicketId, String text) {
        return new AddDeskNote(deskTicketId, false, text);
    }
}
