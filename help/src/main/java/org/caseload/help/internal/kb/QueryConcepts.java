// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.FixedBitSet;

/**
 * What a reader typed, as the concepts it asks about. A concept is one word, or a phrase of the
 * {@link Thesaurus}, with the alternatives that stand for it, each weighted:
 * <ul>
 *   <li>a phrase of the thesaurus stands for every phrase of its group, at full weight
 *       ({@code hoh}: head of household; {@code raccourcis clavier}: keyboard shortcut);</li>
 *   <li>a word none of the reader's articles holds is also taken for a typo and stands for the
 *       words one or two edits away ({@link #CORRECTION_WEIGHT});</li>
 *   <li>the last word, when the text does not end with a space, is also taken for a prefix the
 *       reader is still typing and stands for the words it starts ({@link #COMPLETION_WEIGHT}),
 *       even when it is a short word that is left out otherwise ({@code case no}).</li>
 * </ul>
 * Words of two letters or more are kept: acronyms are short. Stop words and the words of questions
 * ("how do I") are left out. Immutable.
 */
final class QueryConcepts {

    /** A word found only by correcting a typo counts less than a word typed right. */
    static final float CORRECTION_WEIGHT = 0.5f;
    /** A word the reader may be typing counts less than a whole word. */
    static final float COMPLETION_WEIGHT = 0.7f;
    /** Concepts beyond this many are ignored: they would slow the search and rarely change its answer. */
    static final int MAX_CONCEPTS = 8;
    /** A concept has at most this many alternatives. */
    private static final int MAX_ALTERNATIVES = 12;
    /** A prefix stands for at most this many words, the most common. */
    private static final int MAX_COMPLETIONS = 5;
    /** Shorter prefixes would stand for too many words. */
    private static final int MIN_PREFIX_LENGTH = 3;
    /** The words read from a text, before phrases are found among them. */
    private static final int MAX_WORDS = 24;
    private static final Pattern LAST_WORD = Pattern.compile("[\\p{L}\\p{N}]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** One word or phrase that stands for a concept, and how much a match on it counts. */
    record Alternative(List<String> words, float weight) {
    }

    /** What one part of the text asks about: any of its alternatives answers it. */
    record Concept(String typed, List<Alternative> alternatives) {
    }

    private QueryConcepts() {
    }

    /** The concepts of a text, for a reader who sees these articles. */
    static List<Concept> of(String text, Thesaurus thesaurus, Vocabulary vocabulary, FixedBitSet documents) {
        List<String> words = SearchQueries.words(Analyzers.query(), text, MAX_WORDS);
        String prefix = prefixBeingTyped(text);
        List<Concept> concepts = new ArrayList<>();
        for (int i = 0; i < words.size() && concepts.size() < MAX_CONCEPTS; ) {
            Thesaurus.Match phrase = thesaurus.longestAt(words, i);
            if (phrase != null) {
                List<Alternative> alternatives = new ArrayList<>();
                for (String alternative : phrase.alternatives()) {
                    List<String> analysed = SearchQueries.words(Analyzers.query(), alternative, MAX_WORDS);
                    if (!analysed.isEmpty() && alternatives.size() < MAX_ALTERNATIVES) {
                        alternatives.add(new Alternative(analysed, 1f));
                    }
                }
                concepts.add(new Concept(String.join(" ", words.subList(i, i + phrase.length())), alternatives));
                i += phrase.length();
                continue;
            }
            String word = words.get(i);
            boolean typing = i == words.size() - 1 && word.equals(prefix);
            concepts.add(ofWord(word, typing, vocabulary, documents));
            i++;
        }
        boolean prefixLeftOut = prefix != null && (words.isEmpty() || !words.get(words.size() - 1).equals(prefix));
        if (prefixLeftOut && prefix.length() >= MIN_PREFIX_LENGTH && concepts.size() < MAX_CONCEPTS) {
            List<Alternative> completions = completions(prefix, vocabulary, documents);
            if (!completions.isEmpty()) {
                concepts.add(new Concept(prefix, completions));
            }
        }
        return concepts;
    }

    private static Concept ofWord(String word, boolean typing, Vocabulary vocabulary, FixedBitSet documents) {
        List<Alternative> alternatives = new ArrayList<>();
        alternatives.add(new Alternative(List.of(word), 1f));
        if (!vocabulary.known(word, documents)) {
            for (String correction : vocabulary.corrections(word, documents)) {
                alternatives.add(new Alternative(List.of(correction), CORRECTION_WEIGHT));
            }
            if (typing && word.length() >= MIN_PREFIX_LENGTH) {
                alternatives.addAll(completions(word, vocabulary, documents));
            }
        }
        return new Concept(word, alternatives);
    }

    private static List<Alternative> completions(String prefix, Vocabulary vocabulary, FixedBitSet documents) {
        return vocabulary.completions(prefix, documents, MAX_COMPLETIONS).stream()
                .map(word -> new Alternative(List.of(word), COMPLETION_WEIGHT)).toList();
    }

    /** The last word, lower case and without accents, when the text ends in it; null after a space or a mark. */
    static String prefixBeingTyped(String text) {
        Matcher last = LAST_WORD.matcher(text);
        if (!last.find()) {
            return null;
        }
        return MARKS.matcher(Normalizer.normalize(last.group(), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
