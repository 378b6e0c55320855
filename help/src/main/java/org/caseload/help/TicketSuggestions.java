// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.time.Instant;

/**
 * Articles that may answer a ticket before it is submitted, and the counts a support lead reads.
 * Obtained from {@link HelpService#ticketSuggestions()}; thread-safe. The help module does not
 * depend on ticketing: the host calls {@link #suggest} from its ticket form, and
 * {@link #ticketSubmitted} or {@link #ticketNotSubmitted} when the form is sent or left. The
 * events are stored without user ids or text.
 */
public interface TicketSuggestions {

    /**
     * Searches the published articles the user may read for what they are writing (through the
     * knowledge base's search), and adds the guide of their screen; records that they were shown.
     *
     * @throws org.caseload.spi.error.ValidationException when the request breaks its constraints
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    Suggestions suggest(SuggestArticles request);

    /**
     * Records that the user opened one of the suggested articles.
     *
     * @throws org.caseload.spi.error.NotFoundException when the organization has no such suggestion
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    void opened(String suggestionId, String articleId);

    /**
     * Records that the user left the ticket form without submitting. Counted as a ticket not
     * submitted only when they had opened a suggested article.
     *
     * @return whether it was counted
     * @throws org.caseload.spi.error.NotFoundException when the organization has no such suggestion
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    boolean ticketNotSubmitted(String suggestionId);

    /**
     * Records that the user submitted the ticket after the suggestions.
     *
     * @throws org.caseload.spi.error.NotFoundException when the organization has no such suggestion
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    void ticketSubmitted(String suggestionId);

    /**
     * The organization's counts from {@code from} (included) to {@code to} (excluded).
     *
     * @throws org.caseload.spi.error.ValidationException when a bound is null or {@code to} is not after {@code from}
     * @throws org.caseload.spi.error.AccessDeniedException without {@code ticket.administer}
     */
    SuggestionReport report(Instant from, Instant to);
}
