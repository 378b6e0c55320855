// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocking keys of bulk detection: composite keys, each joining two fields that rarely err
 * together, so that a block stays small as the records grow (a date of birth alone is shared by
 * about thirty people at a million records; a date of birth and a surname sound by nearly none
 * but the person's own records). The keys rest on different fields, so one slip leaves the pair
 * others: a surname typo keeps the date and first name, a married name keeps date and first name,
 * a wrong day or month keeps both names and the year, a wrong year both names and the day and
 * month, a missing date keeps the names and the SSN.
 * Stateless and thread-safe; see {@code docs/decisions/0101-bulk-blocking-composite-keys-and-budget.md}.
 */
public final class BulkBlockingKeys {

    /**
     * The kind of the one key that joins no date: both name sounds. It pairs two records only when
     * one of them has no date of birth (the pairs it exists for); two records with dates are paired
     * through the date keys. Without that condition its blocks (every "John Smith") would give each
     * record more pairs the more records there are.
     */
    public static final String NAMES_WITHOUT_DATE = "names:";

    private BulkBlockingKeys() {
    }

    /** Whether a key pairs two records only when one of them has no date of birth. */
    public static boolean onlyWithoutDate(String key) {
        return key.startsWith(NAMES_WITHOUT_DATE);
    }

    /** The keys of one record, each prefixed by its kind. */
    public static List<String> of(PreparedSubject subject) {
        List<String> keys = new ArrayList<>(14);
        String dob = subject.dateOfBirth();
        String swapped = subject.swappedBirthDate();
        String first = subject.firstPhonetic();
        String last = subject.lastPhonetic();
        addIfAllPresent(keys, "dob+last:", dob, last);
        addIfAllPresent(keys, "dob+last:", swapped, last);
        addIfAllPresent(keys, "dob+first:", dob, first);
        addIfAllPresent(keys, "dob+first:", swapped, first);
        addIfAllPresent(keys, "yob+names:", subject.birthYear(), first, last);
        addIfAllPresent(keys, "monthday+names:", dob.isEmpty() ? "" : dob.substring(4), first, last);
        addIfAllPresent(keys, NAMES_WITHOUT_DATE, orderedPair(first, last));
        addIfAllPresent(keys, "dob+initials:", dob, initial(subject.first()) + initial(subject.last()));
        addIfAllPresent(keys, "ssn:", subject.ssn());
        addIfAllPresent(keys, "ssn4+last:", subject.ssnLastFour(), last);
        addIfAllPresent(keys, "ssn4+first:", subject.ssnLastFour(), first);
        addIfAllPresent(keys, "id:", subject.identifier());
        addIfAllPresent(keys, "postal+number:", subject.postalCode(), subject.streetNumber());
        addIfAllPresent(keys, "postal+last:", subject.postalCode(), last);
        return keys;
    }

    private static String orderedPair(String a, String b) {
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
