// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.NicknameTable;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.PersonName;
import org.caseload.ticketing.RedactionCategory;

/**
 * Marks the names of the clients an organization can see in a normalized text. Every word is
 * reduced to its match keys ({@code name:}, {@code nick:}, {@code phon:}) by the matching engine,
 * the clients having any of them are fetched, and their names and aliases decide which words are
 * names: a word is a name word when it is one of their name parts, a nickname of one of their
 * given names (the shipped nickname list: "bob" for Robert), or, with four letters or more, one
 * letter away from a name part (one letter added, dropped, changed or two swapped). Thread-safe.
 *
 * <p>Two or more name words in a row (with initials, a comma or a hyphen between) are one name, in
 * any case. A name word alone is a name when it is a client's given or family name (or a nickname
 * of the given name), unless it is also an ordinary word ("Mark", "May", "Grant"): such a word
 * alone is a name only after a title ("Ms. May") or as a possessive ("Grant's"). A lone word one
 * letter away from a name is a name only when capitalized.
 */
public final class NameFinder {

    /** The clients having any of some match keys, at most the given number of them. */
    @FunctionalInterface
    public interface ClientLookup {
        List<ClientRecord> find(Set<String> matchKeys, int limit);
    }

    private static final int CANDIDATE_LIMIT = 500;
    private static final int MIN_TYPO_LENGTH = 4;
    private static final Set<String> LOOKUP_KINDS = Set.of("name:", "nick:", "phon:");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** What may stand between the words of one name: spaces, a comma, a hyphen, an initial's dot. */
    private static final Pattern NAME_GAP = Pattern.compile("[ ,.-]{1,3}");
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(?:mr|mrs|ms|mx|miss|dr|sr|sra|srta|client|customer|participant|resident|tenant|member"
                    + "|youth|named|called)\\.? $");
    private static final Set<String> ORDINARY_WORDS = loadOrdinaryWords();

    private final MatchEngine engine;
    private final NicknameTable nicknames;

    public NameFinder(MatchEngine engine, NicknameTable nicknames) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.nicknames = Objects.requireNonNull(nicknames, "nicknames");
    }

    private record Word(int start, int end, String folded, String nameKey, boolean capitalized, boolean possessive) {
    }

    /** How a word relates to the clients' names. */
    private enum Kind { NONE, INITIAL, GIVEN_OR_FAMILY, MIDDLE, NEAR, JOINED }

    /** The name parts of the clients found, as the {@code name:} keys' tokens. */
    private static final class Names {
        final Set<String> givenOrFamily = new HashSet<>();
        final Set<String> all = new HashSet<>();
    }

    /** Marks the clients' names; returns the birth dates of the clients found. */
    public Set<LocalDate> mark(Marks marks, ClientLookup lookup) {
        List<Word> words = words(marks);
        Map<String, Set<String>> keysOfWord = new HashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Word word : words) {
            if (word.nameKey() != null && word.nameKey().length() > 1) {
                Set<String> wordKeys = keysOfWord.computeIfAbsent(word.folded(), this::lookupKeys);
                keys.addAll(wordKeys);
                // "RobertJohnson": the names a lost space ran together are looked up one by one.
                for (String part : CAMEL_CASE.split(marks.text().substring(word.start(), word.end()))) {
                    if (part.length() > 1 && part.length() < word.folded().length()) {
                        keys.addAll(keysOfWord.computeIfAbsent(part.toLowerCase(Locale.ROOT), this::lookupKeys));
                    }
                }
            }
        }
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<ClientRecord> clients = new ArrayList<>(lookup.find(keys, CANDIDATE_LIMIT));
        if (clients.size() >= CANDIDATE_LIMIT) {
            // A crowded index: ask for each word's keys on their own, so a common name never
            // pushes a rarer one out of the candidates.
            for (Set<String> wordKeys : new LinkedHashSet<>(keysOfWord.values())) {
                if (!wordKeys.isEmpty()) {
                    clients.addAll(lookup.find(wordKeys, CANDIDATE_LIMIT));
                }
            }
        }
        Names names = names(clients);
        markRuns(marks, words, names);
        Set<LocalDate> birthDates = new HashSet<>();
        clients.stream().map(client -> client.identity().dateOfBirth()).filter(Objects::nonNull)
                .forEach(birthDates::add);
        return birthDates;
    }

    private List<Word> words(Marks marks) {
        List<Word> words = new ArrayList<>();
        Map<String, String> keyOfWord = new HashMap<>();
        Matcher matcher = WORD.matcher(marks.text());
        while (matcher.find()) {
            String raw = matcher.group();
            String word = POSSESSIVE.matcher(raw).replaceFirst("");
            int end = matcher.start() + word.length();
            if (!word.isEmpty() && marks.isFree(matcher.start(), end)) {
                String folded = word.toLowerCase(Locale.ROOT);
                String key = keyOfWord.computeIfAbsent(folded, this::nameKey);
                words.add(new Word(matcher.start(), end, folded, key, Character.isUpperCase(word.codePointAt(0)),
                        word.length() < raw.length()));
            }
        }
        return words;
    }

    private Names names(List<ClientRecord> clients) {
        Names names = new Names();
        for (ClientRecord client : clients) {
            List<PersonName> all = new ArrayList<>(client.identity().aliases());
            all.add(client.identity().name());
            for (PersonName name : all) {
                for (String given : tokens(name.first())) {
                    names.givenOrFamily.add(given);
                    names.all.add(given);
                    for (String nickname : nicknames.nicknamesOf(given)) {
                        names.givenOrFamily.add(nickname);
                        names.all.add(nickname);
                    }
                }
                for (String family : tokens(name.last())) {
                    names.givenOrFamily.add(family);
                    names.all.add(family);
                }
                names.all.addAll(tokens(name.middle()));
            }
        }
        return names;
    }

    private Kind kind(Word word, Names names) {
        String key = word.nameKey();
        if (key == null) {
            return Kind.NONE;
        }
        if (word.end() - word.start() == 1) {
            return Kind.INITIAL;
        }
        if (names.givenOrFamily.contains(key)) {
            return Kind.GIVEN_OR_FAMILY;
        }
        if (names.all.contains(key)) {
            return Kind.MIDDLE;
        }
        if (key.length() >= MIN_TYPO_LENGTH && !ORDINARY_WORDS.contains(word.folded())) {
            for (String name : names.all) {
                if (Typo.atMostOneEdit(key, name)) {
                    return Kind.NEAR;
                }
            }
        }
        // Two names run together, as a joiner or a lost space leaves them: "RobertJohnson".
        for (int split = 2; split <= key.length() - 2; split++) {
            if (names.all.contains(key.substring(0, split)) && names.all.contains(key.substring(split))) {
                return Kind.JOINED;
            }
        }
        return Kind.NONE;
    }

    /**
     * Two or more name words in a row are one name; a single word is a name by the rules in the
     * class comment.
     */
    private void markRuns(Marks marks, List<Word> words, Names names) {
        List<Kind> kinds = words.stream().map(word -> kind(word, names)).toList();
        int i = 0;
        while (i < words.size()) {
            Kind kind = kinds.get(i);
            if (kind == Kind.NONE || kind == Kind.INITIAL) {
                i++;
                continue;
            }
            if (ORDINARY_WORDS.contains(words.get(i).folded()) && i + 1 < words.size()
                    && marks.text().substring(words.get(i).end(), words.get(i + 1).start()).contains(",")) {
                // "In May, May Chen enrolled": an ordinary word before a comma starts no name.
                i++;
                continue;
            }
            int last = i;
            int namesInRun = 1;
            boolean exact = kind != Kind.NEAR;
            boolean allCapitalized = words.get(i).capitalized();
            int next = i + 1;
            while (next < words.size() && joined(marks.text(), words.get(last), words.get(next))) {
                Kind candidate = kinds.get(next);
                if (candidate == Kind.NONE) {
                    break;
                }
                if (candidate != Kind.INITIAL) {
                    namesInRun++;
                    exact |= candidate != Kind.NEAR;
                    allCapitalized &= words.get(next).capitalized();
                }
                last = next++;
            }
            Word first = words.get(i);
            if (namesInRun >= 2 && (exact || allCapitalized)) {
                marks.mark(first.start(), words.get(last).end(), RedactionCategory.CLIENT_NAME);
            } else if (namesInRun == 1 && aloneIsAName(marks.text(), first, kind)) {
                marks.mark(first.start(), first.end(), RedactionCategory.CLIENT_NAME);
            }
            i = namesInRun >= 2 ? next : i + 1;
        }
    }

    private static boolean aloneIsAName(String text, Word word, Kind kind) {
        if (kind == Kind.NEAR) {
            return word.capitalized();
        }
        if (kind == Kind.JOINED) {
            return true;
        }
        if (kind != Kind.GIVEN_OR_FAMILY) {
            return false;
        }
        if (ORDINARY_WORDS.contains(word.folded())) {
            return word.possessive() || TITLE_BEFORE.matcher(text.substring(Math.max(0, word.start() - 14),
                    word.start())).find() && word.capitalized();
        }
        return true;
    }

    private static boolean joined(String text, Word before, Word after) {
        return NAME_GAP.matcher(text.substring(before.end(), after.start())).matches();
    }

    /**
     * The keys a word is looked up by: its name token, its nickname relations, its sounds; also
     * those of the word without a final "s" ("Johnsons household").
     */
    private Set<String> lookupKeys(String word) {
        Set<String> keys = new LinkedHashSet<>(keysOf(word));
        if (word.length() > 4 && word.endsWith("s")) {
            keys.addAll(keysOf(word.substring(0, word.length() - 1)));
        }
        return keys;
    }

    private Set<String> keysOf(String word) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : engine.matchKeys(MatchSubject.builder("redaction").firstName(word).build())) {
            if (LOOKUP_KINDS.stream().anyMatch(key::startsWith)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The token of a word, as the engine's {@code name:} key holds it; null when it has none. */
    private String nameKey(String word) {
        List<String> tokens = tokens(word);
        return tokens.isEmpty() ? null : tokens.get(0);
    }

    private List<String> tokens(String namePart) {
        if (namePart == null || namePart.isBlank()) {
            return List.of();
        }
        return engine.matchKeys(MatchSubject.builder("redaction").lastName(namePart).build()).stream()
                .filter(key -> key.startsWith("name:"))
                .map(key -> key.substring("name:".length()))
                .toList();
    }

    private static Set<String> loadOrdinaryWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = NameFinder.class.getResourceAsStream("ordinary-words.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(
                    Objects.requireNonNull(in, "ordinary-words.txt"), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ordinary words shipped with the redactor", e);
        }
        return Set.copyOf(words);
    }
}
