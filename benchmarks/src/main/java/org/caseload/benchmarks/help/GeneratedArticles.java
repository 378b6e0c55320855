// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.help;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caseload.spi.ui.ArticleDocument;

/**
 * A knowledge base of generated articles over a vocabulary of made-up words, with words drawn
 * unevenly (a few common, most rare) as in real text, and queries taken from the articles'
 * titles, some with a typo. Seeded: every run generates the same content.
 */
final class GeneratedArticles {

    private static final String[] SYLLABLES = {"ca", "se", "lo", "ad", "in", "ta", "ke", "ho", "us", "en", "ro",
        "ll", "me", "nt", "pr", "og", "ra", "ms", "er", "vi", "ce", "ti", "on", "du", "pl", "ic", "at", "es"};
    private static final int VOCABULARY = 4000;
    private static final String[] CATEGORIES = {"User Guide", "Admin Guide", "HMIS", "Reports",
        "Configuration Guides", "Training Resources"};

    private final Random random = new Random(20250311L);
    private final List<String> words = vocabulary();
    private final List<ArticleDocument> documents = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    GeneratedArticles(int count) {
        for (int i = 0; i < count; i++) {
            String title = sentence(3 + random.nextInt(4));
            String tags = word() + ", " + word() + ", " + word();
            StringBuilder body = new StringBuilder();
            int paragraphs = 2 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                for (int s = 0; s < 3 + random.nextInt(3); s++) {
                    body.append(Character.toUpperCase(sentence(6 + random.nextInt(10)).charAt(0)))
                            .append(sentence(6 + random.nextInt(10)).substring(1)).append(". ");
                }
                body.append("\n\n");
            }
            String markdown = "---\ntitle: " + title + "\ncategory: " + CATEGORIES[i % CATEGORIES.length]
                    + "\ntags: " + tags + "\nupdated: 2025-03-11\nlocale: en\nstatus: published\n---\n# " + title
                    + "\n\n" + body;
            documents.add(new ArticleDocument(null, "article-" + i, "generated:article-" + i + ".md", markdown));
            titles.add(title);
            texts.add(title + "\n" + tags + "\n" + body);
        }
    }

    /** The articles, as a content source hands them over. */
    List<ArticleDocument> documents() {
        return documents;
    }

    /** Each article's title, tags and body as one text, for the baseline index. */
    List<String> texts() {
        return texts;
    }

    /** Queries of two words from random titles; {@code typoShare} of them with a letter pair swapped. */
    List<String> queries(int count, double typoShare) {
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] title = titles.get(random.nextInt(titles.size())).split(" ");
            String first = title[random.nextInt(title.length)];
            String second = title[random.nextInt(title.length)];
            queries.add((random.nextDouble() < typoShare ? typo(first) : first) + " " + second);
        }
        return queries;
    }

    private String sentence(int length) {
        StringBuilder sentence = new StringBuilder(word());
        for (int i = 1; i < length; i++) {
            sentence.append(' ').append(word());
        }
        return sentence.toString();
    }

    /** A word, common ones far more often than rare ones. */
    private String word() {
        return words.get((int) (VOCABULARY * Math.pow(random.nextDouble(), 3)));
    }

    private String typo(String word) {
        if (word.length() < 5) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 3);
        char[] letters = word.toCharArray();
        char swapped = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swapped;
        return new String(letters);
    }

    private List<String> vocabulary() {
        Set<String> vocabulary = new LinkedHashSet<>();
        while (vocabulary.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < 2 + random.nextInt(3); s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(word.toString());
        }
        return List.copyOf(vocabulary);
    }
}
