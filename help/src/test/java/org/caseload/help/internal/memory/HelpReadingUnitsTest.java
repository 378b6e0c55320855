// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.function.Consumer;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.help.ArticleRevision;
import org.caseload.spi.storage.help.ArticleVote;
import org.caseload.spi.storage.help.RevisionState;
import org.caseload.spi.storage.help.SearchMiss;
import org.caseload.spi.storage.help.SuggestionEvent;
import org.caseload.spi.storage.help.SuggestionEventKind;
import org.junit.jupiter.api.Test;

/** In a reading unit, the in-memory stores of help refuse every write before changing anything. */
class HelpReadingUnitsTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final String org = unique("org");

    @Test
    void everyWriteOfHelpsStoresIsRefusedInAReadingUnitAndChangesNothing() {
        ArticleVote vote = new ArticleVote(org, "intake", "en", "1", "user", true, "clear", at(1));
        ArticleRevision draft = revision(1, RevisionState.DRAFT);
        SearchMiss miss = new SearchMiss(unique("miss"), org, "en", "vouchers", at(1));
        SuggestionEvent shown = new SuggestionEvent(unique("event"), org, "suggestion", SuggestionEventKind.SHOWN,
                "QUESTION", null, at(1));
        inUnit(storage, session -> {
            session.articleFeedback().put(vote);
            session.articleRevisions().insert(draft);
            session.searchMisses().append(miss);
            session.suggestionEvents().append(shown);
        });

        assertRefused(session -> session.articleFeedback().put(new ArticleVote(org, "intake", "en", "1", "user",
                false, "changed", at(2))));
        assertRefused(session -> session.articleRevisions().insert(revision(2, RevisionState.DRAFT)));
        assertRefused(session -> session.articleRevisions().update(revision(1, RevisionState.IN_REVIEW),
                RevisionState.DRAFT));
        assertRefused(session -> session.searchMisses().append(new SearchMiss(unique("miss"), org, "en", "x",
                at(2))));
        assertRefused(session -> session.suggestionEvents().append(new SuggestionEvent(unique("event"), org,
                "suggestion", SuggestionEventKind.OPENED, "QUESTION", "intake", at(2))));

        inUnit(storage, session -> {
            assertThat(session.articleFeedback().comments(org, "intake", 10)).containsExactly(vote);
            assertThat(session.articleRevisions().history(org, "intake", "en")).containsExactly(draft);
            assertThat(session.searchMisses().mostFrequent(org, 10)).singleElement()
                    .satisfies(count -> assertThat(count.count()).isEqualTo(1));
            assertThat(session.suggestionEvents().events(org, "suggestion")).containsExactly(shown);
        });
    }

    private void assertRefused(Consumer<StorageSession> write) {
        assertThatThrownBy(() -> storage.inReadingTransaction(session -> {
            write.accept(session);
            return null;
        })).isInstanceOf(StorageException.class).hasMessageContaining("reading unit of work may not write");
    }

    private ArticleRevision revision(int number, RevisionState state) {
        return new ArticleRevision(org, "intake", "en", number, state, "---\ntitle: T\n---\nBody", "author",
                at(number), null, null, 0);
    }
}
