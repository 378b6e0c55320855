// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocking keys of a record: two records become a candidate pair when they share one. The keys
 * are independent of each other (each rests on different fields), so an error in one field still
 * leaves the pair a shared key through the others. Stateless and thread-safe.
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    /** The keys of one record, each prefixed by its kind; values are never logged. */
    public static List<String> of(PreparedSubject subject) {
        List<String> keys = new ArrayList<>(10);
        addIfPresent(keys, "dob:", subject.dateOfBirth());
        addIfPresent(keys, "dob:", subject.swappedBirthDate());
        addIfAllPresent(keys, "last+yob:", subject.lastPhonetic(), subject.birthYear());
        addIfAllPresent(keys, "first+yob:", subject.firstPhonetic(), subject.birthYear());
        addIfAllPresent(keys, "names:", orderedPair(subject.firstPhonetic(), subject.lastPhonetic()));
        addIfPresent(keys, "ssn:", subject.ssn());
        addIfAllPresent(keys, "ssn4+last:", subject.ssnLastFour(), initial(subject.last()));
        addIfPresent(keys, "id:", subject.identifier());
        addIfAllPresent(keys, "postal+number:", subject.postalCode(), subject.streetNumber());
        addIfAllPresent(keys, "postal+last:", subject.postalCode(), subject.lastPhonetic());
        return keys;
    }

    /** The order in which an oversized block is walked: records that sort near each other are compared. */
    public static String sortKey(PreparedSubject subject) {
        return subject.last() + ' ' + subject.first() + ' ' + subject.dateOfBirth() + ' ' + subject.id();
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

    private static void addIfPresent(List<String> keys, String kind, String value) {
        if (!value.isEmpty()) {
            keys.add(kind + value);
        }
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
