// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.List;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.help.ArticleRevision;
import org.caseload.spi.storage.help.RevisionState;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.help.ArticleRevisionStore}: numbered revisions per
 * organization, article and locale, whose state changes only from the state the caller read.
 */
public interface ArticleRevisionStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void aRevisionIsReadBackWhole() {
        Storage storage = storage();
        String org = unique("org");
        ArticleRevision reviewed = revision(org, "intake", "fr-CA", 1, RevisionState.PUBLISHED)
                .withState(RevisionState.PUBLISHED, "reviewer-1", at(9));
        ArticleRevision draft = new ArticleRevision(org, "intake", "fr-CA", 2, RevisionState.DRAFT,
                "---\ntitle: Accueil é\n---\nCorps", "author-2", at(10), null, null, 1);
        inUnit(storage, session -> {
            session.articleRevisions().insert(reviewed);
            session.articleRevisions().insert(draft);
        });

        assertThat(history(storage, org, "intake", "fr-CA")).containsExactly(draft, reviewed);
    }

    @Test
    default void aTakenNumberIsRefusedAndTheFirstRevisionKept() {
        Storage storage = storage();
        String org = unique("org");
        ArticleRevision first = revision(org, "intake", "en", 1, RevisionState.DRAFT);
        inUnit(storage, session -> session.articleRevisions().insert(first));

        assertThatThrownBy(() -> inUnit(storage, session -> session.articleRevisions()
                .insert(revision(org, "intake", "en", 1, RevisionState.IN_REVIEW))))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(history(storage, org, "intake", "en")).containsExactly(first);
    }

    @Test
    default void anUpdateHoldsOnlyFromTheExpectedState() {
        Storage storage = storage();
        String org = unique("org");
        ArticleRevision draft = revision(org, "intake", "en", 1, RevisionState.DRAFT);
        inUnit(storage, session -> session.articleRevisions().insert(draft));
        ArticleRevision submitted = draft.withState(RevisionState.IN_REVIEW, null, null);
        inUnit(storage, session -> session.articleRevisions().update(submitted, RevisionState.DRAFT));

        assertThatThrownBy(() -> inUnit(storage, session -> session.articleRevisions()
                .update(draft.withState(RevisionState.PUBLISHED, "r", at(5)), RevisionState.DRAFT)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> inUnit(storage, session -> session.articleRevisions()
                .update(revision(org, "intake", "en", 2, RevisionState.DRAFT), RevisionState.DRAFT)))
                .isInstanceOf(NotFoundException.class);
        assertThat(history(storage, org, "intake", "en")).containsExactly(submitted);
    }

    @Test
    default void revisionsAreListedByStateAndOrganization() {
        Storage storage = storage();
        String org = unique("org");
        String other = unique("org");
        ArticleRevision b = revision(org, "b-article", "en", 1, RevisionState.IN_REVIEW);
        ArticleRevision aFr = revision(org, "a-article", "fr", 3, RevisionState.IN_REVIEW);
        ArticleRevision aEn = revision(org, "a-article", "en", 2, RevisionState.IN_REVIEW);
        ArticleRevision published = revision(org, "a-article", "en", 1, RevisionState.PUBLISHED);
        ArticleRevision elsewhere = revision(other, "a-article", "en", 1, RevisionState.PUBLISHED);
        inUnit(storage, session -> List.of(b, aFr, aEn, published, elsewhere)
                .forEach(session.articleRevisions()::insert));

        List<ArticleRevision> inReview = storage.inTransaction(session -> session.articleRevisions()
                .withState(org, RevisionState.IN_REVIEW));
        List<ArticleRevision> everyPublished = storage.inTransaction(session -> session.articleRevisions()
                .published());
        assertThat(inReview).containsExactly(aEn, aFr, b);
        assertThat(everyPublished).contains(published, elsewhere)
                .allMatch(revision -> revision.state() == RevisionState.PUBLISHED);
    }

    @Test
    default void aRolledBackRevisionLeavesNoTrace() {
        Storage storage = storage();
        String org = unique("org");
        ArticleRevision draft = revision(org, "intake", "en", 1, RevisionState.DRAFT);
        inUnit(storage, session -> session.articleRevisions().insert(draft));

        inRolledBackUnit(storage, session -> {
            session.articleRevisions().update(draft.withState(RevisionState.IN_REVIEW, null, null),
                    RevisionState.DRAFT);
            session.articleRevisions().insert(revision(org, "intake", "en", 2, RevisionState.DRAFT));
        });

        assertThat(history(storage, org, "intake", "en")).containsExactly(draft);
    }

    private static List<ArticleRevision> history(Storage storage, String org, String articleId, String locale) {
        return storage.inTransaction(session -> session.articleRevisions().history(org, articleId, locale));
    }

    private static ArticleRevision revision(String org, String articleId, String locale, int number,
                                            RevisionState state) {
        return new ArticleRevision(org, articleId, locale, number, state, "---\ntitle: T" + number + "\n---\nBody",
                "author-" + number, at(number), null, null, 0);
    }
}
