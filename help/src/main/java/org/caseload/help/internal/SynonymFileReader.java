// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caseload.spi.ui.SearchSynonyms;

/**
 * Reads a bundle's {@code synonyms.json} files: an array of
 * {@code {"locale": "en", "terms": ["bed night", "overnight stay"]}}, each a group of words and
 * phrases that a knowledge-base search takes for one another, added to those the module ships.
 */
final class SynonymFileReader {

    private static final Set<String> MEMBERS = Set.of("locale", "terms");
    /** A term is a word or a short phrase, not a text. */
    private static final int MAX_TERM_LENGTH = 100;

    private SynonymFileReader() {
    }

    /**
     * The groups of the file.
     *
     * @param organizationId the organization the file belongs to, or null for every organization
     */
    static List<SearchSynonyms> read(JsonFile file, String organizationId) throws IOException {
        List<SearchSynonyms> groups = new ArrayList<>();
        for (JsonEntries.Entry entry : JsonEntries.read(file, "synonym group", MEMBERS)) {
            String tag = entry.required("locale");
            Locale locale = LanguageTags.parse(tag).orElseThrow(() -> entry.fail("locale \"" + tag
                    + "\" is not a language tag such as \"fr-CA\""));
            List<String> terms = entry.strings("terms", 2);
            if (terms.stream().anyMatch(term -> term.length() > MAX_TERM_LENGTH)) {
                throw entry.fail("has a term longer than " + MAX_TERM_LENGTH + " characters");
            }
            groups.add(new SearchSynonyms(organizationId, locale, terms));
        }
        return groups;
    }
}
