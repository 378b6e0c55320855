// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.help.RevisionState;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drafts beside the published version, their review, the history and a revert. */
class ArticleEditingTest {

    private static final String ORG = "org-a";
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final TestIdentity identity = new TestIdentity();
    private final TestClock clock = TestClock.at(NOW);
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity)
            .clock(clock).build();
    private final HelpService help = Help.create(caseload, new TestContent()
            .publishedArticle("intake", "Registering a client", "intake", "Ask for the date of birth.")
            .publishedArticle("exits", "Exits", "exit", "Record the destination."));
    private final ArticleEditing editing = help.articleEditing();

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    private static String intake(String title, String body) {
        return "---\ntitle: " + title + "\ncategory: User Guide\nupdated: 2025-06-01\nlocale: en\nstatus: draft\n---\n"
                + body;
    }

    private void asEditor(String userId) {
        identity.as(TestUsers.user(userId, ORG, Locale.ENGLISH, Role.HELP_READER, Role.DESIGNER));
    }

    private void asReviewer(String userId) {
        identity.as(TestUsers.user(userId, ORG, Locale.ENGLISH, Role.HELP_READER, Role.DESIGNER, Role.HELP_REVIEWER));
    }

    private void asReader() {
        identity.as(TestUsers.user("reader", ORG, Locale.ENGLISH, Role.HELP_READER));
    }

    private String readerSees(String articleId) {
        asReader();
        return help.knowledgeBase().article(articleId).orElseThrow().title();
    }

    @Test
    void aDraftStaysBesideThePublishedVersionUntilAReviewerPublishesIt() {
        asEditor("editor");
        ArticleRevisionView draft = editing.saveDraft(new SaveDraft("intake", intake("Intake, revised", "New steps.")));
        assertThat(draft.state()).isEqualTo(RevisionState.DRAFT);
        assertThat(readerSees("intake")).isEqualTo("Registering a client");

        asEditor("editor");
        editing.submit("intake", Locale.ENGLISH);
        assertThat(readerSees("intake")).isEqualTo("Registering a client");

        clock.advance(Duration.ofHours(1));
        asReviewer("reviewer");
        assertThat(editing.inReview()).extracting(ArticleRevisionView::articleId).containsExactly("intake");
        ArticleRevisionView published = editing.publish("intake", Locale.ENGLISH);

        assertThat(published.reviewerId()).isEqualTo("reviewer");
        assertThat(readerSees("intake")).isEqualTo("Intake, revised");
        asReader();
        assertThat(help.knowledgeBase().search(ArticleSearch.of("steps"))).extracting(ArticleHit::articleId)
                .containsExactly("intake");
        identity.as(TestUsers.user("reader", "org-b", Locale.ENGLISH, Role.HELP_READER));
        assertThat(help.knowledgeBase().article("intake").orElseThrow().title()).isEqualTo("Registering a client");
    }

    @Test
    void nobodyPublishesOrRejectsTheirOwnRevisionAndEditorsDoNotReview() {
        asReviewer("reviewer");
        editing.saveDraft(new SaveDraft("intake", intake("Mine", "Body.")));
        editing.submit("intake", Locale.ENGLISH);

        assertThatThrownBy(() -> editing.publish("intake", Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("they wrote");
        assertThatThrownBy(() -> editing.reject("intake", Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        asEditor("editor");
        assertThatThrownBy(() -> editing.publish("intake", Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        asReader();
        assertThatThrownBy(() -> editing.saveDraft(new SaveDraft("intake", intake("X", "Y."))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(readerSees("intake")).isEqualTo("Registering a client");
    }

    @Test
    void aRevisionInReviewCannotBeEditedAndARejectedOneLeavesThePublishedVersion() {
        asEditor("editor");
        editing.saveDraft(new SaveDraft("intake", intake("First try", "Body.")));
        editing.submit("intake", Locale.ENGLISH);
        assertThatThrownBy(() -> editing.saveDraft(new SaveDraft("intake", intake("Sneaky", "Body."))))
                .isInstanceOf(InvalidTransitionException.class);

        asReviewer("reviewer");
        assertThat(editing.reject("intake", Locale.ENGLISH).state()).isEqualTo(RevisionState.REJECTED);
        assertThat(readerSees("intake")).isEqualTo("Registering a client");
        asReviewer("reviewer");
        assertThatThrownBy(() -> editing.publish("intake", Locale.ENGLISH)).isInstanceOf(NotFoundException.class);

        asEditor("editor");
        assertThat(editing.saveDraft(new SaveDraft("intake", intake("Second try", "Body."))).number()).isEqualTo(2);
    }

    @Test
    void theHistoryNamesWhoWroteAndReviewedEachVersionAndWhenAndARevertRestoresAnEarlierOne() {
        publish("editor", "Version one", NOW);
        publish("editor-2", "Version two", NOW.plus(Duration.ofDays(1)));

        asReviewer("reviewer");
        clock.set(NOW.plus(Duration.ofDays(2)));
        ArticleRevisionView reverted = editing.revert("intake", Locale.ENGLISH, 1);

        assertThat(reverted.revertOf()).isEqualTo(1);
        assertThat(readerSees("intake")).isEqualTo("Version one");
        asEditor("editor");
        assertThat(editing.history("intake", Locale.ENGLISH))
                .extracting(ArticleRevisionView::number, ArticleRevisionView::state, ArticleRevisionView::title,
                        ArticleRevisionView::authorId, ArticleRevisionView::writtenAt, ArticleRevisionView::reviewerId)
                .containsExactly(
                        tuple(3, RevisionState.PUBLISHED, "Version one", "reviewer",
                                NOW.plus(Duration.ofDays(2)), "reviewer"),
                        tuple(2, RevisionState.SUPERSEDED, "Version two", "editor-2",
                                NOW.plus(Duration.ofDays(1)), "reviewer"),
                        tuple(1, RevisionState.SUPERSEDED, "Version one", "editor", NOW,
                                "reviewer"));
        asReviewer("reviewer");
        assertThatThrownBy(() -> editing.revert("intake", Locale.ENGLISH, 9)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMalformedHeaderIsRefusedWithTheLineAndNothingIsStored() {
        asEditor("editor");
        assertThatThrownBy(() -> editing.saveDraft(new SaveDraft("intake",
                "---\ntitle: T\ncategory: User Guide\nupdated: 2025-06-01\nlocale: en\nstatus: live\n---\nBody.")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 6");
        assertThat(editing.history("intake", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void linksToMissingArticlesAndMissingImagesAreReportedAndKeepTheDraftFromReview() {
        asEditor("editor");
        ArticleRevisionView draft = editing.saveDraft(new SaveDraft("intake", intake("Intake",
                "See [exits](exits), [the form](no-such-article) and ![the form](images/missing.png).")));

        assertThat(draft.problems()).extracting(ContentProblem::kind, ContentProblem::target).containsExactly(
                tuple(ContentProblem.Kind.MISSING_ARTICLE, "no-such-article"),
                tuple(ContentProblem.Kind.MISSING_IMAGE, "images/missing.png"));
        assertThatThrownBy(() -> editing.submit("intake", Locale.ENGLISH)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("2 missing");
        assertThat(editing.history("intake", Locale.ENGLISH)).extracting(ArticleRevisionView::state)
                .containsExactly(RevisionState.DRAFT);
    }

    private void publish(String author, String title, Instant at) {
        clock.set(at);
        asEditor(author);
        editing.saveDraft(new SaveDraft("intake", intake(title, "Body of " + title + ".")));
        editing.submit("intake", Locale.ENGLISH);
        asReviewer("reviewer");
        editing.publish("intake", Locale.ENGLISH);
    }
}
