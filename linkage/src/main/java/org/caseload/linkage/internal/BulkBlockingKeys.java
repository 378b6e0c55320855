// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocking keys of bulk detection: composite keys, each joining two fields that rarely err
 * together, so that a block stays small as the records grow (a date of birth alone is shared by
 * about thirty people at a million records; a date of birth and a surname sound by nearly none
 * but the person's own records). The keys rest on different fields, so that two slips in one pair
 * still leave it a key: a wrong part of the date and a misspelt name keep the other parts of the
 * date, the other name's sound and the first letters of this one; a missing date and a misspelt
 * name keep the other name's sound and the first letters of this one; names entered the other way
 * round keep every key; a changed name and a wrong date keep the last four of the SSN with the
 * birth year.
 * Stateless and thread-safe; see {@code docs/decisions/0101-bulk-blocking-composite-keys-and-budget.md}.
 */
public final class BulkBlockingKeys {

    /**
     * The kind of the key that joins no date: both name sounds. It pairs two records only when
     * one of them has no full date of birth (the pairs it exists for); two records with dates are paired
     * through the date keys. Without that condition its blocks (every "John Smith") would give each
     * record more pairs the more records there are.
     */
    public static final String NAMES_WITHOUT_DATE = "names:";
    /**
     * The other kind of key that joins no date and pairs only when one record has none: one
     * name's sound with the first letters of the other name, for a missing or approximate date
     * together with a slip in one name.
     */
    public static final String NAME_AND_PREFIX_WITHOUT_DATE = "name+prefix:";
    /**
     * The letters of a name that enter a key beside the other name's sound: slips are rarer at the
     * start of a name than further on, and three letters part names far more than an initial does.
     */
    static final int PREFIX_LENGTH = 3;

    private BulkBlockingKeys() {
    }

    /**
     * Whether a key pairs two records only when one of them has no full date of birth (none, or an
     * approximate one).
     */
    public static boolean onlyWithoutDate(String key) {
        return key.startsWith(NAMES_WITHOUT_DATE) || key.startsWith(NAME_AND_PREFIX_WITHOUT_DATE);
    }

    /**
     * Whether a record has a full date of birth, one that enters the date keys. An approximate date
     * is known to its year only, which no date key but the one with both name sounds uses; for the
     * keys that join no date it counts as no date, so that an approximate date with a misspelt name
     * still meets the person's other records as a missing one does
     * (docs/decisions/0139-approximate-dates-in-blocking-and-surnames-kept-as-middle-names.md).
     */
    public static boolean hasFullDate(PreparedSubject subject) {
        return !subject.dateOfBirth().isEmpty() && !subject.birthDateApproximate();
    }

    /**
     * The keys of one record, each prefixed by its kind. A name enters a key by its sound, initial
     * or first letters wherever it was written, first or last: a key made from the first name
     * meets the same key made from another record's last name, so names entered the other way round
     * still meet (docs/decisions/0107-blocking-for-two-slips.md). An approximate date of birth
     * enters only by its year.
     */
    public static List<String> of(PreparedSubject subject) {
        List<String> keys = new ArrayList<>(20);
        String year = subject.birthYear();
        String dob = subject.birthDateApproximate() ? "" : subject.dateOfBirth();
        String swapped = subject.birthDateApproximate() ? "" : subject.swappedBirthDate();
        String first = subject.firstPhonetic();
        String last = subject.lastPhonetic();
        String firstPrefix = prefix(subject.first());
        String lastPrefix = prefix(subject.last());
        for (String sound : new String[] {first, last}) {
            addIfAllPresent(keys, "dob+sound:", dob, sound);
            addIfAllPresent(keys, "dob+sound:", swapped, sound);
            addIfAllPresent(keys, "ssn4+sound:", subject.ssnLastFour(), sound);
        }
        addIfAllPresent(keys, "dob+initials:", dob, orderedPair(initial(subject.first()), initial(subject.last())));
        // One part of the date wrong and one name misspelt past its first letters: the two other
        // parts of the date, the other name's sound and the first letters of this one still agree.
        if (!dob.isEmpty()) {
            for (String[] date : new String[][] {{"ym", dob.substring(0, 6)}, {"md", dob.substring(4)},
                    {"yd", year + dob.substring(6)}}) {
                addIfAllPresent(keys, date[0] + "+name+prefix:", date[1], first, lastPrefix);
                addIfAllPresent(keys, date[0] + "+name+prefix:", date[1], last, firstPrefix);
            }
        }
        addIfAllPresent(keys, "yob+names:", year, orderedPair(first, last));
        addIfAllPresent(keys, NAMES_WITHOUT_DATE, orderedPair(first, last));
        addIfAllPresent(keys, NAME_AND_PREFIX_WITHOUT_DATE, first, lastPrefix);
        addIfAllPresent(keys, NAME_AND_PREFIX_WITHOUT_DATE, last, firstPrefix);
        addIfAllPresent(keys, "ssn:", subject.ssn());
        addIfAllPresent(keys, "ssn4+yob:", subject.ssnLastFour(), year);
        addIfAllPresent(keys, "id:", subject.identifier());
        addIfAllPresent(keys, "postal+number:", subject.postalCode(), subject.streetNumber());
        addIfAllPresent(keys, "postal+last:", subject.postalCode(), last);
        return keys;
    }

    /** The first letters of a folded name that enter a key: the whole name when it is that short. */
    static String prefix(String name) {
        return name.length() <= PREFIX_LENGTH ? name : name.substring(0, PREFIX_LENGTH);
    }

    /** Two values in sorted order, joined by a bar; empty unless both are there. */
    static String orderedPair(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        return a.compareTo(b) <= 0 ? a + '|' + b : b + '|' + a;
    }

    private static String initial(String name) {
        return name.isEmpty() ? "" : name.substring(0, 1);
    }

    private static void addIfAllPresent(List<String> keys, String kind, String... values) {
        for (String value : values) {
            if (value.isEmpty()) {
                return;
            }
        }
        keys.add(kind + String.join("|", values));
    }
}
