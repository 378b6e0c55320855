// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.redaction;

import java.util.Collection;
import java.time.LocalDate;

/**
 * The finders of personal data that has a shape, in the order they claim text: e-mail addresses
 * first (their digits are no phone number), SSNs before telephone numbers (nine digits grouped
 * 3-2-4 are an SSN), then street addresses. Dates come after the names, whose clients' birth
 * dates they recognize.
 */
public final class ShapedData {

    private ShapedData() {
    }

    /** Marks e-mail addresses (but the reporter's, which may be null), SSNs, phone numbers and addresses. */
    public static void mark(Marks marks, String reporterEmail) {
        EmailFinder.mark(marks, reporterEmail);
        SsnFinder.mark(marks);
        PhoneFinder.mark(marks);
        AddressFinder.mark(marks);
    }

    /** Marks dates of birth (by cue, or being one of these) and dates next to a marked name. */
    public static void markDates(Marks marks, Collection<LocalDate> birthDates) {
        DateFinder.mark(marks, birthDates);
    }
}
