// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.redaction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.ticketing.RedactionCategory;

/**
 * Marks dates of birth in a normalized text, and dates standing next to a marked client name. A
 * date is read in every common written form: numeric with the year first or last (four or two
 * digits), eight digits run together, with the month's name or abbreviation before or after the
 * day ("4 Mar 80", "March 4th, 1980", "the 4th of March 1980"), a month and a year alone
 * ("March 1980", "Mar '80", "03/1980"), and, after a birth cue only, a year alone ("born in 1980")
 * or a day and month alone ("birthday July 15"). It is
 * a date of birth when a birth cue ("born", "DOB", "birthday"...) stands just before or after it,
 * or when it is (or, for a month and year, contains) the birth date of a client found in the text.
 * Every other date is kept, since "since 2025-03-01" is what support needs.
 */
final class DateFinder {

    /** A name and a date count as "next to" each other with at most this many words between them. */
    private static final int WORDS_BETWEEN_NAME_AND_DATE = 3;
    private static final int CUE_LOOK_BACK = 40;
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "(\\d{4}|'\\d{2}|\\d{2})";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])(\\d{4})[-/. ](\\d{1,2})[-/. ](\\d{1,2})(?![\\d])");
    private static final Pattern YEAR_LAST = Pattern.compile(
            "(?<![\\d.])(?<!\\d:)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?![\\d:]|\\.\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)(?<![\\p{L}])" + MONTH + " (?:the )?(\\d{1,2})" + ORDINAL + ",? " + YEAR + "(?![\\p{L}\\d])");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)(?<![\\d\\p{L}])(?:the )?(\\d{1,2})" + ORDINAL + "[ -](?:of )?" + MONTH + ",?[ -]" + YEAR
                    + "(?![\\p{L}\\d])");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)(?<![\\p{L}])" + MONTH + ",? (?:of )?(\\d{4}|'\\d{2})(?![\\p{L}\\d])");
    private static final Pattern NUMERIC_MONTH_YEAR = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})[/-](\\d{4})(?![\\d/-])");
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d])(\\d{8})(?![\\d])");
    /** A day and month without a year, taken only after a birth cue: "Birthday: 4/3", "birthday July 15". */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d./-])(\\d{1,2})/(\\d{1,2})(?![\\d/]|\\.\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)(?<![\\p{L}])" + MONTH + " (\\d{1,2})" + ORDINAL + "(?![\\p{L}\\d]|,? \\d)");
    private static final Pattern YEAR_ALONE = Pattern.compile("(?<![\\d.:/-])((?:19|20)\\d{2})(?![\\d.:/-])");
    private static final Pattern BIRTH_CUE = Pattern.compile(
            "(?i)(?:(?<![\\p{L}])born|(?<![\\p{L}])d\\.? ?o\\.? ?b(?![\\p{L}])\\.?|date of birth|birth ?date|birthday"
                    + "|(?<![\\p{L}])b-?day|(?<![\\p{L}])b\\.|fecha de nacimiento|nacid[oa])"
                    + "([^.;!?\\d]{0,30})$");
    private static final Pattern CUE_AFTER = Pattern.compile(
            "(?i)^[\\s(,:-]{0,3}(?:\\(|is |was )?(?:her |his |their )?(?:dob|d\\.o\\.b|date of birth|birth ?date|birthday"
                    + "|b-?day)");
    /** Words between a cue and a date that make it a system event: "the DOB field fails since 2025-03-01". */
    private static final Pattern EVENT_WORD = Pattern.compile(
            "(?i)\\b(?:since|after|before|update[ds]?|upgrade[ds]?|release[ds]?|deploy\\w*|install\\w*|crash\\w*"
                    + "|error|fail\\w*|broke\\w*|start\\w*|version|patch\\w*|until|field|column|screen|page)\\b");

    private DateFinder() {
    }

    /** A date written in the text: each day it may mean, or each month when it names no day. */
    private record Found(int start, int end, Set<LocalDate> days, Set<YearMonth> months, boolean cueOnly) {
    }

    static void mark(Marks marks, Collection<LocalDate> birthDates) {
        String text = marks.text();
        Set<YearMonth> birthMonths = new HashSet<>();
        birthDates.forEach(date -> birthMonths.add(YearMonth.from(date)));
        List<Found> dates = new ArrayList<>();
        find(text, YEAR_FIRST, m -> days(years(m.group(1)), m.group(2), m.group(3), true), dates);
        find(text, YEAR_LAST, m -> days(years(m.group(3)), m.group(1), m.group(2), true), dates);
        find(text, MONTH_FIRST, m -> named(m.group(3), m.group(1), m.group(2)), dates);
        find(text, DAY_FIRST, m -> named(m.group(3), m.group(2), m.group(1)), dates);
        find(text, COMPACT, m -> compact(m.group(1)), dates);
        findMonths(text, MONTH_YEAR, m -> monthsNamed(m.group(2), m.group(1)), dates);
        findMonths(text, NUMERIC_MONTH_YEAR, m -> monthOf(years(m.group(2)), m.group(1)), dates);
        for (Pattern cueOnly : List.of(YEAR_ALONE, DAY_MONTH, MONTH_DAY)) {
            Matcher matcher = cueOnly.matcher(text);
            while (matcher.find()) {
                dates.add(new Found(matcher.start(), matcher.end(), Set.of(), Set.of(), true));
            }
        }
        // Longest first among those starting together, so "March 4, 1980" wins over "March 4".
        dates.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        // A date written again in another form is the same date of birth: "DOB 7/15/1992 shows as 15/7/1992".
        Set<LocalDate> cuedDays = new HashSet<>();
        for (Found date : dates) {
            if (birthCueAround(text, date.start(), date.end())) {
                cuedDays.addAll(date.days());
            }
        }
        for (Found date : dates) {
            if (!marks.isFree(date.start(), date.end())) {
                continue;
            }
            boolean cued = birthCueAround(text, date.start(), date.end())
                    || date.days().stream().anyMatch(cuedDays::contains);
            if (date.cueOnly()) {
                if (cued) {
                    marks.mark(date.start(), date.end(), RedactionCategory.DATE_OF_BIRTH);
                }
                continue;
            }
            boolean ofABirth = cued || date.days().stream().anyMatch(birthDates::contains)
                    || date.months().stream().anyMatch(birthMonths::contains);
            if (ofABirth) {
                marks.mark(date.start(), date.end(), RedactionCategory.DATE_OF_BIRTH);
            } else if (nameWithin(marks, date.start(), date.end())) {
                marks.mark(date.start(), date.end(), RedactionCategory.DATE_NEAR_NAME);
            }
        }
    }

    private static boolean birthCueAround(String text, int start, int end) {
        Matcher before = BIRTH_CUE.matcher(text.substring(Math.max(0, start - CUE_LOOK_BACK), start));
        if (before.find() && !EVENT_WORD.matcher(before.group(1)).find()) {
            return true;
        }
        return CUE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 24))).find();
    }

    /** Whether a client name is at most a few words before or after the range. */
    private static boolean nameWithin(Marks marks, int start, int end) {
        for (Marks.Mark name : marks.of(RedactionCategory.CLIENT_NAME)) {
            String between = name.end() <= start ? marks.text().substring(name.end(), start)
                    : end <= name.start() ? marks.text().substring(end, name.start()) : "";
            boolean sameSentence = between.chars().noneMatch(c -> c == '.' || c == ';' || c == '!' || c == '?');
            if (sameSentence && countWords(between) <= WORDS_BETWEEN_NAME_AND_DATE && between.length() <= 40) {
                return true;
            }
        }
        return false;
    }

    private static int countWords(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static void find(String text, Pattern pattern, Function<Matcher, Set<LocalDate>> parse, List<Found> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            Set<LocalDate> days = parse.apply(matcher);
            if (!days.isEmpty()) {
                found.add(new Found(matcher.start(), matcher.end(), days, Set.of(), false));
            }
        }
    }

    private static void findMonths(String text, Pattern pattern, Function<Matcher, Set<YearMonth>> parse,
                                   List<Found> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            Set<YearMonth> months = parse.apply(matcher);
            if (!months.isEmpty()) {
                found.add(new Found(matcher.start(), matcher.end(), Set.of(), months, false));
            }
        }
    }

    /** The days a numeric date may mean; month and day may be swapped when {@code ambiguous}. */
    private static Set<LocalDate> days(List<Integer> years, String first, String second, boolean ambiguous) {
        Set<LocalDate> days = new HashSet<>();
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        for (int year : years) {
            addDay(days, year, a, b);
            if (ambiguous) {
                addDay(days, year, b, a);
            }
        }
        return days;
    }

    private static Set<LocalDate> named(String year, String month, String day) {
        Set<LocalDate> days = new HashSet<>();
        for (int candidate : years(year)) {
            for (Month named : months(month)) {
                addDay(days, candidate, named.getValue(), Integer.parseInt(day));
            }
        }
        return days;
    }

    private static Set<YearMonth> monthsNamed(String year, String month) {
        Set<YearMonth> found = new HashSet<>();
        for (int candidate : years(year)) {
            months(month).forEach(named -> found.add(YearMonth.of(candidate, named)));
        }
        return found;
    }

    private static Set<YearMonth> monthOf(List<Integer> years, String month) {
        int number = Integer.parseInt(month);
        Set<YearMonth> found = new HashSet<>();
        if (number >= 1 && number <= 12) {
            years.forEach(year -> found.add(YearMonth.of(year, number)));
        }
        return found;
    }

    private static List<Month> months(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        List<Month> found = new ArrayList<>();
        for (Month candidate : Month.values()) {
            if (candidate.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** Eight digits: yyyyMMdd, MMddyyyy or ddMMyyyy. */
    private static Set<LocalDate> compact(String digits) {
        Set<LocalDate> days = new HashSet<>();
        int head = Integer.parseInt(digits.substring(0, 4));
        if (head >= 1900 && head <= 2100) {
            addDay(days, head, Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6)));
        }
        int tail = Integer.parseInt(digits.substring(4));
        if (tail >= 1900 && tail <= 2100) {
            int a = Integer.parseInt(digits.substring(0, 2));
            int b = Integer.parseInt(digits.substring(2, 4));
            addDay(days, tail, a, b);
            addDay(days, tail, b, a);
        }
        return days;
    }

    /** A year as written: four digits, or two ({@code 80}, {@code '80}) meaning 1900s or 2000s. */
    private static List<Integer> years(String written) {
        String digits = written.startsWith("'") ? written.substring(1) : written;
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? List.of(1900 + year, 2000 + year) : List.of(year);
    }

    private static void addDay(Set<LocalDate> days, int year, int month, int day) {
        try {
            days.add(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            // Not every reading of the digits is a date.
        }
    }
}
