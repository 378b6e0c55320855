// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.examples.DocSamples;
import org.caseload.help.Help;
import org.caseload.help.HelpContent;
import org.caseload.help.HelpService;
import org.caseload.help.SuggestArticles;
import org.caseload.help.SuggestionReport;
import org.caseload.help.Suggestions;
import org.caseload.help.TicketSuggestions;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.testing.RecordingSupportChannel;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.TicketQueueQuery;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import org.junit.jupiter.api.Test;

/**
 * The host wires help's suggestions into its ticket form: neither help nor ticketing knows the
 * other. The sample of docs/help.md.
 */
class TicketFormSuggestionsTest {

    // begin ticket form sample
    /** The host's ticket form: suggestions while the user writes, then the ticket or not. */
    static final class TicketForm {
        private final TicketSuggestions suggestions;
        private final TicketService tickets;
        private final TicketKind kind;
        private final String screenId;
        private Suggestions shown = new Suggestions(null, List.of());

        TicketForm(TicketSuggestions suggestions, TicketService tickets, TicketKind kind, String screenId) {
            this.suggestions = suggestions;
            this.tickets = tickets;
            this.kind = kind;
            this.screenId = screenId;
        }

        /** When the user pauses while writing: the articles to show beside the form. */
        Suggestions typed(String text) {
            shown = suggestions.suggest(new SuggestArticles(kind, screenId, text, 3));
            return shown;
        }

        /** When the user clicks a suggested article. */
        void opened(String articleId) {
            suggestions.opened(shown.suggestionId(), articleId);
        }

        /** When the user sends the form. */
        void submit(String description, ReporterContact contact) {
            tickets.submit(SubmitTicket.of(kind, description, new TicketSource(screenId, null, null, "4.2.0", null),
                    contact));
            if (shown.suggestionId() != null) {
                suggestions.ticketSubmitted(shown.suggestionId());
            }
        }

        /** When the user closes the form without sending it. */
        void cancel() {
            if (shown.suggestionId() != null) {
                suggestions.ticketNotSubmitted(shown.suggestionId());
            }
        }
    }
    // end ticket form sample

    @Test
    void theDocumentShowsExactlyTheCompiledForm() throws IOException {
        DocSamples.assertDocumentShows(Path.of("..", "docs", "help.md"), "TicketForm",
                Path.of("src/test/java/org/caseload/examples/help/TicketFormSuggestionsTest.java"), "ticket form sample",
                4);
    }

    @Test
    void aSuggestedArticleThatAnswersSavesATicketAndTheSupportLeadSeesIt() {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        TestIdentity identity = new TestIdentity();
        Principal user = TestUsers.user("u-17", "shelter-north", Role.TICKET_REPORTER, Role.HELP_READER);
        Principal lead = TestUsers.user("u-2", "shelter-north", Role.TICKET_ADMINISTRATOR);
        try (Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity)
                .clock(TestClock.at(start)).build()) {
            HelpService help = Help.create(caseload, HelpContent.fromClasspath("demo-help/"));
            TicketService tickets = Ticketing.create(caseload, new RecordingSupportChannel()).tickets();
            ReporterContact contact = new ReporterContact("Dana Reyes", "dana@example.org", null, ContactMethod.EMAIL);

            identity.runAs(user, () -> {
                TicketForm answered = new TicketForm(help.ticketSuggestions(), tickets, TicketKind.QUESTION,
                        "client.exit");
                Suggestions found = answered.typed("How do I record where the client went when they leave?");
                assertThat(found.articles()).extracting(article -> article.articleId())
                        .contains("exits-and-destinations");
                answered.opened("exits-and-destinations");
                answered.cancel();

                TicketForm notAnswered = new TicketForm(help.ticketSuggestions(), tickets, TicketKind.ISSUE,
                        "client.intake");
                notAnswered.typed("Saving the intake fails with an error");
                notAnswered.submit("Saving the intake fails with an error", contact);
            });

            SuggestionReport report = identity.callAs(lead, () -> help.ticketSuggestions()
                    .report(start, start.plus(Duration.ofDays(1))));
            assertThat(report.lines()).containsExactly(
                    new SuggestionReport.Line(TicketKind.ISSUE, 1, 0, 0, 1),
                    new SuggestionReport.Line(TicketKind.QUESTION, 1, 1, 1, 0),
                    new SuggestionReport.Line(TicketKind.SUGGESTION, 0, 0, 0, 0));
            assertThat(identity.callAs(lead, () -> tickets.queue(TicketQueueQuery.all()))).hasSize(1);
        }
    }
}
