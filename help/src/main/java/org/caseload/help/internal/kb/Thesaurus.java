// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words and phrases that mean the same for a search: the field's acronyms and synonyms
 * ({@code HoH}, head of household), and a language's terms with their English equivalents, so that
 * a French or Spanish question reaches an article that exists only in English. Phrases are
 * compared on their plain words without stop words or a final plural {@code s}, so "heads of
 * household" is "head of household". Immutable and thread-safe.
 */
final class Thesaurus {

    /** The English terms of each language's list, and the field's acronyms. */
    static final String SHIPPED = "thesaurus-%s.txt";
    /** Longer phrases are cut: a thesaurus holds terms, not sentences. */
    private static final int MAX_PHRASE_WORDS = 6;

    private final Map<String, Set<String>> alternatives;
    private final int longestPhrase;

    private Thesaurus(Map<String, Set<String>> alternatives, int longestPhrase) {
        this.alternatives = alternatives;
        this.longestPhrase = longestPhrase;
    }

    /** The thesaurus of these groups of equivalent phrases; a phrase in several groups joins them. */
    static Thesaurus of(Collection<List<String>> groups) {
        Map<String, Set<String>> alternatives = new HashMap<>();
        int longest = 1;
        for (List<String> group : groups) {
            Set<String> joined = new LinkedHashSet<>(group);
            for (String phrase : group) {
                joined.addAll(alternatives.getOrDefault(key(SearchQueries.words(Analyzers.query(), phrase, MAX_PHRASE_WORDS)), Set.of()));
            }
            for (String phrase : joined) {
                List<String> words = SearchQueries.words(Analyzers.query(), phrase, MAX_PHRASE_WORDS);
                if (!words.isEmpty()) {
                    alternatives.put(key(words), joined);
                    longest = Math.max(longest, words.size());
                }
            }
        }
        return new Thesaurus(Map.copyOf(alternatives), longest);
    }

    /** The groups of a shipped list ({@code thesaurus-en.txt}): one line each, phrases separated by commas. */
    static List<List<String>> shipped(String language) {
        return ResourceLines.readIfPresent(String.format(SHIPPED, language)).orElse(List.of()).stream()
                .map(Thesaurus::group).toList();
    }

    /** The phrases of one comma-separated line, trimmed, blanks left out. */
    static List<String> group(String line) {
        return List.of(line.split(",")).stream().map(String::strip).filter(phrase -> !phrase.isEmpty()).toList();
    }

    /**
     * The longest phrase of the thesaurus that the words start with at {@code from}.
     *
     * @return how many words it covers and its alternatives, the phrase itself included; null when none
     */
    Match longestAt(List<String> words, int from) {
        for (int length = Math.min(longestPhrase, words.size() - from); length > 0; length--) {
            Set<String> found = alternatives.get(key(words.subList(from, from + length)));
            if (found != null) {
                return new Match(length, found);
            }
        }
        return null;
    }

    /** A phrase found in the words: how many words it covers and what it stands for. */
    record Match(int length, Set<String> alternatives) {
    }

    private static String key(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(singular(word));
        }
        return key.toString();
    }

    /** The word without an English possessive or a final plural {@code s} ({@code ss} stays). */
    private static String singular(String word) {
        String stripped = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        return stripped.length() > 3 && stripped.endsWith("s") && !stripped.endsWith("ss")
                ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
