// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;

/**
 * Names which elements of a client an update changed, for its audit entry: element names only,
 * never values, which are personal.
 */
final class ChangedElements {

    private ChangedElements() {
    }

    /** Such as {@code "changed name, ssn"}, or {@code "changed nothing"}. */
    static String between(ClientRecord before, ClientRecord after) {
        ClientIdentity was = before.identity();
        ClientIdentity is = after.identity();
        List<String> changed = new ArrayList<>();
        note(changed, "name", !was.name().equals(is.name()) || was.nameQuality() != is.nameQuality());
        note(changed, "aliases", !was.aliases().equals(is.aliases()));
        note(changed, "ssn", !Objects.equals(was.ssn(), is.ssn()) || was.ssnQuality() != is.ssnQuality());
        note(changed, "dateOfBirth",
                !Objects.equals(was.dateOfBirth(), is.dateOfBirth()) || was.dobQuality() != is.dobQuality());
        note(changed, "raceAndEthnicity",
                !before.demographics().raceAndEthnicity().equals(after.demographics().raceAndEthnicity()));
        note(changed, "gender", !before.demographics().gender().equals(after.demographics().gender()));
        note(changed, "veteranStatus", before.demographics().veteranStatus() != after.demographics().veteranStatus());
        note(changed, "contact", !before.contact().equals(after.contact()));
        note(changed, "forms", !before.forms().equals(after.forms()));
        return "changed " + (changed.isEmpty() ? "nothing" : String.join(", ", changed));
    }

    private static void note(List<String> changed, String element, boolean differs) {
        if (differs) {
            changed.add(element);
        }
    }
}
