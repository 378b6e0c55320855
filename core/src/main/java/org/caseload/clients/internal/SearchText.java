// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a free-text search box holds: name words, a date of birth, an SSN or its last four, a
 * client id. A word that looks like a date but is not one (13/45/1980) is kept as a word, so it
 * matches nothing rather than failing the search.
 *
 * @param names       the words that are neither dates, numbers nor ids, in the order typed
 * @param dateOfBirth the last date typed; null when none
 * @param ssn         nine digits or the last four; null when none
 * @param clientId    the last UUID typed; null when none
 */
record SearchText(List<String> names, LocalDate dateOfBirth, String ssn, String clientId) {

    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern FULL_SSN = Pattern.compile("\\d{3}-?\\d{2}-?\\d{4}");
    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static SearchText parse(String text) {
        List<String> names = new ArrayList<>();
        LocalDate dateOfBirth = null;
        String ssn = null;
        String clientId = null;
        if (text != null) {
            for (String word : text.strip().split("[\\s,]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                LocalDate date = date(word);
                if (date != null) {
                    dateOfBirth = date;
                } else if (FULL_SSN.matcher(word).matches() || LAST_FOUR.matcher(word).matches()) {
                    ssn = word.replace("-", "");
                } else if (UUID.matcher(word).matches()) {
                    clientId = word.toLowerCase(java.util.Locale.ROOT);
                } else {
                    names.add(word);
                }
            }
        }
        return new SearchText(List.copyOf(names), dateOfBirth, ssn, clientId);
    }

    private static LocalDate date(String word) {
        try {
            Matcher monthFirst = MONTH_FIRST.matcher(word);
            if (monthFirst.matches()) {
                return LocalDate.of(Integer.parseInt(monthFirst.group(3)), Integer.parseInt(monthFirst.group(1)),
                        Integer.parseInt(monthFirst.group(2)));
            }
            Matcher iso = ISO.matcher(word);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException notADate) {
            return null;
        }
        return null;
    }
}
