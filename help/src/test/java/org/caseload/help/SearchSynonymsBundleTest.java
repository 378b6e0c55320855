// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.SearchSynonyms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle's {@code synonyms.json} files: the product's for every reader, each organization's for its own. */
class SearchSynonymsBundleTest {

    @TempDir
    Path folder;

    @Test
    void theProductsAndEachOrganizationsSynonymsAreRead() throws IOException {
        write("synonyms.json", "[{\"locale\": \"en\", \"terms\": [\"bed night\", \"overnight stay\"]}]");
        write("organizations.json", "[\"org-a\"]");
        write("organizations/org-a/synonyms.json", "[{\"locale\": \"fr-CA\", \"terms\": [\"BPA\", \"bon d'achat\"]}]");

        assertThat(HelpContent.fromFolder(folder).searchSynonyms()).containsExactly(
                new SearchSynonyms(null, Locale.ENGLISH, List.of("bed night", "overnight stay")),
                new SearchSynonyms("org-a", Locale.forLanguageTag("fr-CA"), List.of("BPA", "bon d'achat")));
    }

    @Test
    void aBundleWithoutSynonymsHasNone() {
        assertThat(HelpContent.fromFolder(folder).searchSynonyms()).isEmpty();
    }

    @Test
    void aGroupNeedsTwoTermsAndALanguageTag() throws IOException {
        write("synonyms.json", "[{\"locale\": \"en\", \"terms\": [\"alone\"]}]");
        assertThatThrownBy(() -> HelpContent.fromFolder(folder).searchSynonyms())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("synonyms.json, line 1, column 2: synonym group 1 \"terms\" must be an array "
                        + "of at least 2 strings");

        write("synonyms.json", "[{\"locale\": \"not a tag\", \"terms\": [\"a\", \"b\"]}]");
        assertThatThrownBy(() -> HelpContent.fromFolder(folder).searchSynonyms())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("locale \"not a tag\" is not a language tag");

        write("synonyms.json", "[{\"locale\": \"en\", \"terms\": [\"a\", \"" + "b".repeat(101) + "\"]}]");
        assertThatThrownBy(() -> HelpContent.fromFolder(folder).searchSynonyms())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("has a term longer than 100 characters");
    }

    private void write(String path, String content) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
