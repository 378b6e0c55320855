// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.caseload.hmis.HmisColumn;

/** The written forms of the HMIS CSV types, checked strictly (no other date format, no fractions). */
final class Values {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern MONEY = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,2})?");

    private Values() {
    }

    /** What is wrong with a value of a column's type, without the value; null when nothing is. */
    static String typeProblem(HmisColumn column, String value) {
        return switch (column.type()) {
            case STRING -> column.maxLength() > 0 && value.length() > column.maxLength()
                    ? value.length() + " characters where at most " + column.maxLength() + " are allowed" : null;
            case INTEGER -> column.coded() || INTEGER.matcher(value).matches() ? null : "not an integer";
            case DATE -> date(value) != null ? null : "not a date written yyyy-MM-dd";
            case DATETIME -> dateTime(value) ? null : "not a date and time written yyyy-MM-dd HH:mm:ss";
            case MONEY -> MONEY.matcher(value).matches() ? null
                    : "not an amount of money (digits, at most two decimals)";
        };
    }

    /** A date written {@code yyyy-MM-dd}; null when the value is none. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean dateTime(String value) {
        try {
            LocalDateTime.parse(value, DATETIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
