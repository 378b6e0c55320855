// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchSubject;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.PersonName;
import org.caseload.ticketing.RedactionCategory;

/**
 * Removes client personal data from text that leaves the organization: e-mail addresses other than
 * the reporter's, SSNs, telephone numbers, the names of the organization's clients, their dates of
 * birth, and dates standing next to their names. The rules are those of {@code docs/escalation.md};
 * each value found is replaced by its category's placeholder. Thread-safe.
 *
 * <p>Names are recognized through the client store's match-key index: every word of the text is
 * reduced to its {@code name:} key by the matching engine (the same normalization as the keys
 * stored with each client), the organization's clients having any of them are fetched, and their
 * names and aliases decide which words are names. Only keys are looked up, and nothing found is
 * logged.
 */
public final class Redactor {

    /** The result: the redacted text and how many values of each category it lost. */
    public record Redaction(String text, Map<RedactionCategory, Integer> counts) {
    }

    private static final String NAME_KEY = "name:";
    private static final int CANDIDATE_LIMIT = 500;
    /** A name and a date count as "next to" each other with at most this many words between them. */
    private static final int WORDS_BETWEEN_NAME_AND_DATE = 3;

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[\\w.+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern SSN = Pattern.compile(
            "(?<![\\d-])\\d{3}(?:\\s*[-.]\\s*|\\s)?\\d{2}(?:\\s*[-.]\\s*|\\s)?\\d{4}(?![\\d-])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,4}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?!\\d)"
                    + "|(?<![\\d+])\\+\\d{1,3}(?:[\\s.-]?\\d{2,4}){2,5}(?!\\d)"
                    + "|(?<![\\d.-])\\d{3}[\\s.-]\\d{4}(?![\\d.-])");
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern YEAR_LAST = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d])(\\d{8})(?![\\d])");
    private static final Pattern BIRTH_CUE = Pattern.compile(
            "(?i)(?:\\bborn(?:\\s+on)?|\\bd\\.?o\\.?b\\.?|\\bdate\\s+of\\s+birth|\\bbirth\\s*date|\\bbirthday"
                    + "|\\bb\\.)\\W{0,4}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    /** What may stand between the words of one name: spaces, a comma, a hyphen, an initial's dot. */
    private static final Pattern NAME_GAP = Pattern.compile("[\\s,.-]{1,3}");

    private final MatchEngine engine;

    public Redactor(MatchEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Redacts {@code text}.
     *
     * @param reporterEmail the reporter's address, kept when found; may be null
     * @param clientsByKeys the organization's clients having any of the given {@code name:} keys,
     *                      at most the given number of them
     */
    public Redaction redact(String text, String reporterEmail, ClientLookup clientsByKeys) {
        Spans spans = new Spans(text);
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            if (reporterEmail == null || !email.group().equalsIgnoreCase(reporterEmail.strip())) {
                spans.mark(email.start(), email.end(), RedactionCategory.EMAIL);
            }
        }
        markAll(spans, SSN, RedactionCategory.SSN);
        markAll(spans, PHONE, RedactionCategory.PHONE);
        Set<LocalDate> birthDates = markNames(spans, clientsByKeys);
        markDates(spans, birthDates);
        return spans.apply();
    }

    /** The clients of the organization having any of some match keys. */
    @FunctionalInterface
    public interface ClientLookup {
        List<ClientRecord> find(Set<String> matchKeys, int limit);
    }

    private static void markAll(Spans spans, Pattern pattern, RedactionCategory category) {
        Matcher matcher = pattern.matcher(spans.text);
        while (matcher.find()) {
            spans.mark(matcher.start(), matcher.end(), category);
        }
    }

    /** Marks the clients' names; returns the birth dates of the clients found. */
    private Set<LocalDate> markNames(Spans spans, ClientLookup lookup) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(spans.text);
        Map<String, String> keyOfWord = new HashMap<>();
        while (matcher.find()) {
            // A possessive ("Garcia's") is the name without its ending.
            String word = POSSESSIVE.matcher(matcher.group()).replaceFirst("");
            int end = matcher.start() + word.length();
            if (!word.isEmpty() && spans.isFree(matcher.start(), end)) {
                String key = keyOfWord.computeIfAbsent(word, this::nameKey);
                words.add(new Word(matcher.start(), end, key, Character.isUpperCase(word.codePointAt(0))));
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        words.stream().map(Word::key).filter(Objects::nonNull).forEach(keys::add);
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<ClientRecord> clients = new ArrayList<>(lookup.find(keys, CANDIDATE_LIMIT));
        Set<String> nameKeys = new HashSet<>();
        Set<String> givenOrFamilyKeys = new HashSet<>();
        collectNames(clients, nameKeys, givenOrFamilyKeys);
        if (clients.size() >= CANDIDATE_LIMIT) {
            // A crowded index: ask for each key not yet known, one client each.
            for (String key : keys) {
                if (!nameKeys.contains(key)) {
                    List<ClientRecord> one = lookup.find(Set.of(key), 1);
                    collectNames(one, nameKeys, givenOrFamilyKeys);
                    clients.addAll(one);
                }
            }
        }
        markNameRuns(spans, words, nameKeys, givenOrFamilyKeys);
        Set<LocalDate> birthDates = new HashSet<>();
        clients.stream().map(client -> client.identity().dateOfBirth()).filter(Objects::nonNull)
                .forEach(birthDates::add);
        return birthDates;
    }

    private void collectNames(List<ClientRecord> clients, Set<String> nameKeys, Set<String> givenOrFamilyKeys) {
        for (ClientRecord client : clients) {
            List<PersonName> names = new ArrayList<>(client.identity().aliases());
            names.add(client.identity().name());
            for (PersonName name : names) {
                List<String> given = keysOf(name.first());
                List<String> family = keysOf(name.last());
                nameKeys.addAll(given);
                nameKeys.addAll(family);
                nameKeys.addAll(keysOf(name.middle()));
                givenOrFamilyKeys.addAll(given);
                givenOrFamilyKeys.addAll(family);
            }
        }
    }

    /**
     * Two or more name words in a row (a full name, in any case, with initials or a comma between)
     * are one name; a single capitalized word is a name when it is a client's given or family name.
     */
    private static void markNameRuns(Spans spans, List<Word> words, Set<String> nameKeys,
                                     Set<String> givenOrFamilyKeys) {
        int i = 0;
        while (i < words.size()) {
            if (!nameKeys.contains(words.get(i).key())) {
                i++;
                continue;
            }
            int last = i;
            int namesInRun = 1;
            int next = i + 1;
            while (next < words.size() && joined(spans.text, words.get(last), words.get(next))) {
                Word candidate = words.get(next);
                boolean initial = candidate.end() - candidate.start() == 1;
                if (nameKeys.contains(candidate.key())) {
                    namesInRun++;
                } else if (!initial) {
                    break;
                }
                last = next++;
            }
            Word first = words.get(i);
            if (namesInRun >= 2) {
                spans.mark(first.start(), words.get(last).end(), RedactionCategory.CLIENT_NAME);
            } else if (first.capitalized() && givenOrFamilyKeys.contains(first.key())) {
                spans.mark(first.start(), first.end(), RedactionCategory.CLIENT_NAME);
            }
            i = next;
        }
    }

    private static boolean joined(String text, Word before, Word after) {
        return NAME_GAP.matcher(text.substring(before.end(), after.start())).matches();
    }

    private void markDates(Spans spans, Set<LocalDate> birthDates) {
        List<DateFound> dates = new ArrayList<>();
        findDates(spans.text, YEAR_FIRST, m -> dates(year(m.group(1)), m.group(2), m.group(3), false), dates);
        findDates(spans.text, YEAR_LAST, m -> dates(year(m.group(3)), m.group(1), m.group(2), true), dates);
        findDates(spans.text, MONTH_FIRST, m -> named(m.group(3), m.group(1), m.group(2)), dates);
        findDates(spans.text, DAY_FIRST, m -> named(m.group(3), m.group(2), m.group(1)), dates);
        findDates(spans.text, COMPACT, m -> compact(m.group(1)), dates);
        dates.sort(Comparator.comparingInt(DateFound::start));
        for (DateFound date : dates) {
            if (!spans.isFree(date.start(), date.end())) {
                continue;
            }
            boolean ofABirth = date.candidates().stream().anyMatch(birthDates::contains)
                    || BIRTH_CUE.matcher(spans.text.substring(Math.max(0, date.start() - 30), date.start())).find();
            if (ofABirth) {
                spans.mark(date.start(), date.end(), RedactionCategory.DATE_OF_BIRTH);
            } else if (spans.nameWithin(date.start(), date.end(), WORDS_BETWEEN_NAME_AND_DATE)) {
                spans.mark(date.start(), date.end(), RedactionCategory.DATE_NEAR_NAME);
            }
        }
    }

    private static void findDates(String text, Pattern pattern, Function<Matcher, Set<LocalDate>> parse,
                                  List<DateFound> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            Set<LocalDate> candidates = parse.apply(matcher);
            if (!candidates.isEmpty()) {
                found.add(new DateFound(matcher.start(), matcher.end(), candidates));
            }
        }
    }

    /** The dates a numeric date may mean; month and day may be swapped when {@code ambiguous}. */
    private static Set<LocalDate> dates(List<Integer> years, String first, String second, boolean ambiguous) {
        Set<LocalDate> dates = new HashSet<>();
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        for (int year : years) {
            addDate(dates, year, a, b);
            if (ambiguous) {
                addDate(dates, year, b, a);
            }
        }
        return dates;
    }

    private static Set<LocalDate> named(String year, String month, String day) {
        Set<LocalDate> dates = new HashSet<>();
        String prefix = month.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month candidate : Month.values()) {
            if (candidate.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                addDate(dates, Integer.parseInt(year), candidate.getValue(), Integer.parseInt(day));
            }
        }
        return dates;
    }

    /** Eight digits: yyyyMMdd, MMddyyyy or ddMMyyyy. */
    private static Set<LocalDate> compact(String digits) {
        Set<LocalDate> dates = new HashSet<>();
        int head = Integer.parseInt(digits.substring(0, 4));
        if (head >= 1900 && head <= 2100) {
            addDate(dates, head, Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6)));
        }
        int tail = Integer.parseInt(digits.substring(4));
        if (tail >= 1900 && tail <= 2100) {
            int a = Integer.parseInt(digits.substring(0, 2));
            int b = Integer.parseInt(digits.substring(2, 4));
            addDate(dates, tail, a, b);
            addDate(dates, tail, b, a);
        }
        return dates;
    }

    private static List<Integer> year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? List.of(1900 + year, 2000 + year) : List.of(year);
    }

    private static void addDate(Set<LocalDate> dates, int year, int month, int day) {
        try {
            dates.add(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            // Not every reading of the digits is a date.
        }
    }

    /** The {@code name:} key of a word, as the matching engine computes it; null when it has none. */
    private String nameKey(String word) {
        List<String> keys = keysOf(word);
        return keys.isEmpty() ? null : keys.get(0);
    }

    private List<String> keysOf(String namePart) {
        if (namePart == null || namePart.isBlank()) {
            return List.of();
        }
        return engine.matchKeys(MatchSubject.builder("redaction").lastName(namePart).build()).stream()
                .filter(key -> key.startsWith(NAME_KEY))
                .toList();
    }

    private record Word(int start, int end, String key, boolean capitalized) {
    }

    private record DateFound(int start, int end, Set<LocalDate> candidates) {
    }

    private record Span(int start, int end, RedactionCategory category) {
    }

    /** The parts of a text marked for redaction; marks never overlap, the first one wins. */
    private static final class Spans {
        private final String text;
        private final List<Span> marked = new ArrayList<>();

        Spans(String text) {
            this.text = text;
        }

        boolean isFree(int start, int end) {
            return marked.stream().noneMatch(span -> span.start() < end && start < span.end());
        }

        void mark(int start, int end, RedactionCategory category) {
            if (isFree(start, end)) {
                marked.add(new Span(start, end, category));
            }
        }

        /** Whether a client name is at most {@code words} words before or after the range. */
        boolean nameWithin(int start, int end, int words) {
            for (Span span : marked) {
                if (span.category() != RedactionCategory.CLIENT_NAME) {
                    continue;
                }
                String between = span.end() <= start ? text.substring(span.end(), start)
                        : end <= span.start() ? text.substring(end, span.start()) : "";
                if (countWords(between) <= words && between.length() <= 40) {
                    return true;
                }
            }
            return false;
        }

        private static int countWords(String text) {
            String stripped = text.strip();
            return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
        }

        Redaction apply() {
            marked.sort(Comparator.comparingInt(Span::start));
            StringBuilder out = new StringBuilder(text.length());
            Map<RedactionCategory, Integer> counts = new EnumMap<>(RedactionCategory.class);
            int at = 0;
            for (Span span : marked) {
                out.append(text, at, span.start()).append(span.category().placeholder());
                counts.merge(span.category(), 1, Integer::sum);
                at = span.end();
            }
            out.append(text.substring(at));
            return new Redaction(out.toString(), counts);
        }
    }
}
