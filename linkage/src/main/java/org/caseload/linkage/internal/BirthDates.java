// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.time.LocalDate;

/** The forms of a date of birth used for keys and comparison. Stateless and thread-safe. */
public final class BirthDates {

    private BirthDates() {
    }

    /** The date as yyyyMMdd, or "" for null. */
    public static String digits(LocalDate date) {
        if (date == null) {
            return "";
        }
        int digits = date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        return date.getYear() >= 1000 && date.getYear() <= 9999 ? Integer.toString(digits)
                : String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * The date with day and month swapped (3 April for 4 March), the commonest date-of-birth
     * error; null when the swap is no date or the same date.
     */
    public static LocalDate swapped(LocalDate date) {
        if (date == null || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return null;
        }
        int newDay = date.getMonthValue();
        int newMonth = date.getDayOfMonth();
        if (newDay > LocalDate.of(date.getYear(), newMonth, 1).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(date.getYear(), newMonth, newDay);
    }
}
