// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.ui.ScreenGuide;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Articles suggested while a ticket is written, and the counts a support lead reads. */
class TicketSuggestionsTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final String INTAKE = "client.intake";

    private final TestIdentity identity = new TestIdentity();
    private final TestClock clock = TestClock.at(NOW);
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity)
            .clock(clock).build();
    private final HelpService help = Help.create(caseload, new TestContent()
            .publishedArticle("printing", "Printing a report", "printer", "When the printer shows an error, check the "
                    + "report's page size.")
            .publishedArticle("intake", "Registering a client", "intake", "Ask for the date of birth.")
            .article("draft-printing", "title: Printing drafts\ncategory: User Guide\nupdated: 2025-01-15\n"
                    + "locale: en\nstatus: draft", "Printer errors, the draft.")
            .guide(new ScreenGuide(INTAKE, "intake", null, null)));
    private final TicketSuggestions suggestions = help.ticketSuggestions();

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    @BeforeEach
    void asReporter() {
        identity.as(TestUsers.user("user-1", "org-a", Locale.ENGLISH, Role.HELP_READER, Role.DESIGNER,
                Role.TICKET_REPORTER));
    }

    @Test
    void whatTheUserWritesFindsPublishedArticlesThenTheGuideOfTheirScreen() {
        Suggestions found = suggestions.suggest(new SuggestArticles(TicketKind.ISSUE, INTAKE,
                "The printer shows an error when I print the monthly report", 5));

        assertThat(found.suggestionId()).isNotBlank();
        assertThat(found.articles()).extracting(SuggestedArticle::articleId, SuggestedArticle::screenGuide)
                .containsExactly(tuple("printing", false),
                        tuple("intake", true));
    }

    @Test
    void nothingFoundIsNothingShownAndNotCounted() {
        Suggestions found = suggestions.suggest(new SuggestArticles(TicketKind.QUESTION, null, "   ", 5));

        assertThat(found).isEqualTo(new Suggestions(null, List.of()));
        assertThat(report().lines()).allMatch(line -> line.shown() == 0);
    }

    @Test
    void theReportCountsSuggestionsShownOpenedAndTicketsNotSubmittedAfterOne() {
        Suggestions answered = suggestions.suggest(new SuggestArticles(TicketKind.ISSUE, null, "printer error", 5));
        suggestions.opened(answered.suggestionId(), "printing");
        suggestions.opened(answered.suggestionId(), "printing");
        assertThat(suggestions.ticketNotSubmitted(answered.suggestionId())).isTrue();

        Suggestions ignored = suggestions.suggest(new SuggestArticles(TicketKind.ISSUE, INTAKE, "", 5));
        assertThat(suggestions.ticketNotSubmitted(ignored.suggestionId())).isFalse();

        Suggestions notEnough = suggestions.suggest(new SuggestArticles(TicketKind.QUESTION, null, "printer", 5));
        suggestions.opened(notEnough.suggestionId(), "printing");
        suggestions.ticketSubmitted(notEnough.suggestionId());

        assertThat(report().lines()).containsExactly(
                new SuggestionReport.Line(TicketKind.ISSUE, 2, 1, 1, 0),
                new SuggestionReport.Line(TicketKind.QUESTION, 1, 1, 0, 1),
                new SuggestionReport.Line(TicketKind.SUGGESTION, 0, 0, 0, 0));
    }

    @Test
    void anotherOrganizationsSuggestionIsNotFoundAndOnlyAdministratorsReadTheReport() {
        Suggestions found = suggestions.suggest(new SuggestArticles(TicketKind.ISSUE, null, "printer", 5));

        identity.as(TestUsers.user("user-2", "org-b", Locale.ENGLISH, Role.HELP_READER));
        assertThatThrownBy(() -> suggestions.opened(found.suggestionId(), "printing"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> suggestions.report(NOW, NOW.plusSeconds(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestions.suggest(new SuggestArticles(null, null, "printer", 5)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> suggestions.suggest(new SuggestArticles(TicketKind.ISSUE, null, "x".repeat(20_001),
                5))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aLongTicketIsSearchedByItsFirstWords() {
        String text = "The printer shows an error when I print the report. ".repeat(300);

        assertThat(suggestions.suggest(new SuggestArticles(TicketKind.ISSUE, null, text, 5)).articles())
                .extracting(SuggestedArticle::articleId).containsExactly("printing");
    }

    private SuggestionReport report() {
        identity.as(TestUsers.user("lead", "org-a", Locale.ENGLISH, Role.TICKET_ADMINISTRATOR));
        SuggestionReport report = suggestions.report(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        asReporter();
        return report;
    }
}
