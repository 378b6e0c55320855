// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.List;
import java.util.Locale;

/** The names of the index's fields. */
final class Fields {

    static final String TITLE = "title";
    static final String TAGS = "tags";
    static final String BODY = "body";
    /** The analyzed text fields, each indexed stemmed in the article's language. */
    static final List<String> TEXT_FIELDS = List.of(TITLE, TAGS, BODY);
    /**
     * The body's plain words. Not indexed: the highlighter analyses each hit's text under this
     * name, and the highlighting query names its words in it.
     */
    static final String BODY_PLAIN = "body.plain";
    /** Every plain word of the title, tags and body: the dictionary typos are corrected against. */
    static final String WORDS = "words";
    /** The article's position in the index's list, to map a hit back to it. */
    static final String ORDINAL = "ordinal";
    /** The category, lower case: a search's category filter ignores case. */
    static final String CATEGORY = "category";

    private Fields() {
    }

    /** A category as the index holds it: lower case, so that "admin guide" is "Admin Guide". */
    static String category(String category) {
        return category.strip().toLowerCase(Locale.ROOT);
    }

    /** The stemmed field of a text field in a language: {@code body.en}. */
    static String stemmed(String field, String language) {
        return field + "." + language;
    }
}
