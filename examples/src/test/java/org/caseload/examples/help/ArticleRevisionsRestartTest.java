// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.caseload.core.Caseload;
import org.caseload.help.ArticleRevisionView;
import org.caseload.help.Help;
import org.caseload.help.HelpContent;
import org.caseload.help.HelpService;
import org.caseload.help.SaveDraft;
import org.caseload.jdbc.EmbeddedOption;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.help.RevisionState;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published revision and its history outlive the process: the runtime restarts on the same H2 file. */
class ArticleRevisionsRestartTest {

    private static final String ORG = "shelter-north";
    private static final Principal EDITOR = TestUsers.user("u-5", ORG, Locale.ENGLISH, Role.HELP_READER, Role.DESIGNER);
    private static final Principal REVIEWER = TestUsers.user("u-6", ORG, Locale.ENGLISH, Role.HELP_READER,
            Role.HELP_REVIEWER);
    private static final Principal READER = TestUsers.user("u-7", ORG, Locale.ENGLISH, Role.HELP_READER);

    @Test
    void aPublishedRevisionAndItsHistorySurviveARestart(@TempDir Path folder) {
        run(folder, (help, identity) -> {
            identity.runAs(EDITOR, () -> {
                help.articleEditing().saveDraft(new SaveDraft("exits-and-destinations", """
                        ---
                        title: Exits, as our shelter records them
                        category: User Guide
                        updated: 2026-03-02
                        locale: en
                        status: draft
                        ---
                        Record the destination the client gives, then close the enrollment.
                        """));
                help.articleEditing().submit("exits-and-destinations", Locale.ENGLISH);
            });
            identity.runAs(REVIEWER, () -> help.articleEditing().publish("exits-and-destinations", Locale.ENGLISH));
        });

        run(folder, (help, identity) -> {
            assertThat(identity.callAs(READER, () -> help.knowledgeBase().article("exits-and-destinations")
                    .orElseThrow().title())).isEqualTo("Exits, as our shelter records them");
            assertThat(identity.callAs(EDITOR, () -> help.articleEditing().history("exits-and-destinations",
                    Locale.ENGLISH))).extracting(ArticleRevisionView::state, ArticleRevisionView::authorId,
                    ArticleRevisionView::reviewerId)
                    .containsExactly(tuple(RevisionState.PUBLISHED, "u-5", "u-6"));
        });
    }

    /** One process's life: the runtime over the database in the folder, closed at the end. */
    private static void run(Path folder, BiConsumer<HelpService, TestIdentity> work) {
        TestIdentity identity = new TestIdentity();
        try (JdbcStorage storage = JdbcStorage.embedded(folder, "restart-Password-1".toCharArray(),
                EmbeddedOption.FILE_CIPHER);
             Caseload caseload = Caseload.builder().storage(storage).identity(identity)
                     .keyProvider(TestKeys.fixed()).build()) {
            work.accept(Help.create(caseload, HelpContent.fromClasspath("demo-help/")), identity);
        }
    }
}
