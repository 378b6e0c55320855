// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.error.HostPartException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.ui.HelpContentSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A help bundle with several mistakes reports every one of them, each with its file and place, in one startup. */
class HelpContentProblemsTest {

    @TempDir
    Path folder;

    private final Principal reader = new Principal("reader", "Reader", "org-a", Set.of("staff"),
            Set.of(Permission.HELP_READ.key()), Locale.ENGLISH);
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage())
            .identity(() -> Optional.of(reader)).build();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() throws IOException {
        write("tooltips.json", """
                [{"locale": "en", "tips": [{"screen": "client.intake", "field": "ssn", "text": "Nine digits."}]}]
                """);
        write("organizations.json", "[\"org-a\", \"org-b\"]");
        write("organizations/org-a/tooltips.json", "[{\"locale\": \"en\", \"tips\": [}]");
        write("organizations/org-b/tooltips.json", "[{\"locale\": \"en\", \"tips\": [{\"screen\": \"s\"}]}]");
        write("articles.json", "[\"articles/missing.md\"]");
        write("shortcuts.json", """
                [{"action": "client.search", "keys": "Mod+K", "description": {"en": "Find a client"}},
                 {"action": "client.save", "keys": "Mod+K", "description": {"en": "Save"}}]
                """);
        write("organizations/org-a/shortcuts.json", """
                [{"action": "client.print", "keys": "Mod+P"}]
                """);

        assertThatThrownBy(() -> Help.create(caseload, HelpContent.fromFolder(folder)))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).hasSize(5);
                    assertThat(e.problems()).anySatisfy(problem -> assertThat(problem)
                            .startsWith(folder.resolve("organizations/org-a/tooltips.json") + ", line 1, column 28"));
                    assertThat(e.problems()).anySatisfy(problem -> assertThat(problem)
                            .startsWith(folder.resolve("organizations/org-b/tooltips.json") + ", line 1")
                            .contains("\"field\""));
                    assertThat(e.problems()).anySatisfy(problem -> assertThat(problem)
                            .startsWith(folder.resolve("articles/missing.md") + " is missing"));
                    assertThat(e.problems()).anySatisfy(problem -> assertThat(problem)
                            .contains("client.save").contains("conflicts with client.search"));
                    assertThat(e.problems()).anySatisfy(problem -> assertThat(problem)
                            .contains("organization org-a changes the keyboard shortcut of action client.print"));
                    assertThat(e.getMessage()).startsWith("the help content has 5 problems: ");
                });
    }

    @Test
    void aContentSourceThatThrowsSomethingElseIsTheSourcesFailure() {
        IllegalStateException failure = new IllegalStateException("CMS unreachable");
        HelpContentSource broken = () -> {
            throw failure;
        };

        assertThatThrownBy(() -> Help.create(caseload, broken))
                .isInstanceOfSatisfying(HostPartException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.HELP_CONTENT_SOURCE_FAILED);
                    assertThat(e.getCause()).isSameAs(failure);
                });
    }

    private void write(String path, String content) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
