// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import org.caseload.core.internal.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caseload.spi.storage.tickets.TicketKind;

/**
 * What a user is writing in a ticket form, for articles that may answer it first. Immutable.
 *
 * @param ticketKind the kind of ticket; required
 * @param screenId   the screen the user came from, or null; at most 200 characters
 * @param text       what they wrote so far (subject and description); may be blank; at most
 *                   20,000 characters, of which the first words are searched
 * @param limit      the most articles wanted, 1 to 10
 */
public record SuggestArticles(@NotNull TicketKind ticketKind, @Size(max = 200) String screenId,
                              @NotNull @MultiLine @Size(max = 20_000) String text, @Min(1) @Max(10) int limit) {
}
