// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Links to articles that do not exist and images the bundle does not hold, reported to designers. */
class ContentProblemsTest {

    private final TestIdentity identity = new TestIdentity();
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();
    private final KnowledgeBase kb = Help.create(caseload, new TestContent()
            .publishedArticle("intake", "Intake", "", "See [exits](exits#destination), [gone](no-such-article), "
                    + "[the site](https://example.org/x), ![form](images/intake.png) and ![missing](images/none.png).")
            .publishedArticle("exits", "Exits", "", "Back to [intake](intake).")
            .article("org-a", "shelter", "title: Shelter\ncategory: User Guide\nupdated: 2025-01-15\nlocale: en\n"
                    + "status: published", "![beds](images/beds.png) ![other](images/other.png) [x](missing-too)")
            .article("org-b", "hidden", "title: Hidden\ncategory: User Guide\nupdated: 2025-01-15\nlocale: en\n"
                    + "status: published", "[x](missing-elsewhere)")
            .withImage(null, "images/intake.png")
            .withImage("org-a", "images/beds.png"))
            .knowledgeBase();

    @AfterEach
    void closeRuntime() {
        caseload.close();
    }

    @Test
    void missingArticlesAndImagesOfTheProductAndTheOrganizationAreReported() {
        identity.as(TestUsers.user("designer", "org-a", Locale.ENGLISH, Role.HELP_READER, Role.DESIGNER));

        assertThat(kb.contentProblems()).containsExactlyInAnyOrder(
                new ContentProblem("intake", null, Locale.ENGLISH, ContentProblem.Kind.MISSING_ARTICLE,
                        "no-such-article"),
                new ContentProblem("intake", null, Locale.ENGLISH, ContentProblem.Kind.MISSING_IMAGE,
                        "images/none.png"),
                new ContentProblem("shelter", "org-a", Locale.ENGLISH, ContentProblem.Kind.MISSING_IMAGE,
                        "images/other.png"),
                new ContentProblem("shelter", "org-a", Locale.ENGLISH, ContentProblem.Kind.MISSING_ARTICLE,
                        "missing-too"));
    }

    @Test
    void onlyDesignersReadTheReport() {
        identity.as(TestUsers.user("reader", "org-a", Locale.ENGLISH, Role.HELP_READER));

        assertThatThrownBy(kb::contentProblems).isInstanceOf(AccessDeniedException.class);
    }
}
