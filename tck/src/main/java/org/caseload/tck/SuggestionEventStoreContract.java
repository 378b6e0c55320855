// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.time.Instant;
import java.util.List;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.help.SuggestionCount;
import org.caseload.spi.storage.help.SuggestionEvent;
import org.caseload.spi.storage.help.SuggestionEventKind;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.help.SuggestionEventStore}: an append-only log,
 * read per set of suggestions and counted per ticket kind and event kind in a time window.
 */
public interface SuggestionEventStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void eventsAreCountedOncePerSetOfSuggestionsInTheWindow() {
        Storage storage = storage();
        String org = unique("org");
        inUnit(storage, session -> List.of(
                event(org, "s1", SuggestionEventKind.SHOWN, "ISSUE", null, at(1)),
                event(org, "s1", SuggestionEventKind.OPENED, "ISSUE", "intake", at(2)),
                event(org, "s1", SuggestionEventKind.OPENED, "ISSUE", "exits", at(3)),
                event(org, "s1", SuggestionEventKind.TICKET_NOT_SUBMITTED, "ISSUE", null, at(4)),
                event(org, "s2", SuggestionEventKind.SHOWN, "ISSUE", null, at(5)),
                event(org, "s3", SuggestionEventKind.SHOWN, "QUESTION", null, at(6)),
                event(org, "s4", SuggestionEventKind.SHOWN, "QUESTION", null, at(20)),
                event(unique("org"), "s5", SuggestionEventKind.SHOWN, "QUESTION", null, at(6)))
                .forEach(session.suggestionEvents()::append));

        assertThat(counts(storage, org, at(1), at(20))).containsExactly(
                new SuggestionCount("ISSUE", SuggestionEventKind.OPENED, 1),
                new SuggestionCount("ISSUE", SuggestionEventKind.SHOWN, 2),
                new SuggestionCount("ISSUE", SuggestionEventKind.TICKET_NOT_SUBMITTED, 1),
                new SuggestionCount("QUESTION", SuggestionEventKind.SHOWN, 1));
        assertThat(counts(storage, org, at(2), at(4))).containsExactly(
                new SuggestionCount("ISSUE", SuggestionEventKind.OPENED, 1));
    }

    @Test
    default void theEventsOfASetAreReadOldestFirstWithinTheirOrganization() {
        Storage storage = storage();
        String org = unique("org");
        SuggestionEvent opened = event(org, "s1", SuggestionEventKind.OPENED, "QUESTION", "intake", at(2));
        SuggestionEvent shown = event(org, "s1", SuggestionEventKind.SHOWN, "QUESTION", null, at(1));
        inUnit(storage, session -> {
            session.suggestionEvents().append(opened);
            session.suggestionEvents().append(shown);
            session.suggestionEvents().append(event(org, "s2", SuggestionEventKind.SHOWN, "QUESTION", null,
                    at(1)));
        });

        List<SuggestionEvent> ofTheSet = storage.inTransaction(session -> session.suggestionEvents()
                .events(org, "s1"));
        List<SuggestionEvent> ofAnother = storage.inTransaction(session -> session.suggestionEvents()
                .events(unique("org"), "s1"));
        assertThat(ofTheSet).containsExactly(shown, opened);
        assertThat(ofAnother).isEmpty();
    }

    @Test
    default void anEventIdIsUniqueAndARolledBackEventLeavesNoTrace() {
        Storage storage = storage();
        String org = unique("org");
        SuggestionEvent shown = event(org, "s1", SuggestionEventKind.SHOWN, "QUESTION", null, at(1));
        inUnit(storage, session -> session.suggestionEvents().append(shown));

        assertThatThrownBy(() -> inUnit(storage, session -> session.suggestionEvents().append(shown)))
                .isInstanceOf(StorageException.class);
        inRolledBackUnit(storage, session -> session.suggestionEvents()
                .append(event(org, "s2", SuggestionEventKind.SHOWN, "QUESTION", null, at(1))));
        assertThat(counts(storage, org, at(0), at(10))).containsExactly(
                new SuggestionCount("QUESTION", SuggestionEventKind.SHOWN, 1));
    }

    private static List<SuggestionCount> counts(Storage storage, String org, Instant from, Instant to) {
        return storage.inTransaction(session -> session.suggestionEvents().counts(org, from, to));
    }

    private static SuggestionEvent event(String org, String suggestionId, SuggestionEventKind kind,
                                         String ticketKind, String articleId, Instant at) {
        return new SuggestionEvent(unique("event"), org, suggestionId, kind, ticketKind, articleId, at);
    }
}
