// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The limits of a field's value; every component may be null (no limit). Text limits apply to text
 * fields, {@code min} and {@code max} to number fields, {@code earliest} and {@code latest} to date
 * fields; all bounds are inclusive.
 *
 * @param minLength the fewest characters of a text, at least 0
 * @param maxLength the most characters of a text, at least 1 and not below {@code minLength}
 * @param pattern   a Java regular expression the whole text must match
 * @param min       the smallest number
 * @param max       the largest number, not below {@code min}
 * @param earliest  the earliest date
 * @param latest    the latest date, not before {@code earliest}
 */
public record FieldLimits(Integer minLength, Integer maxLength, String pattern, BigDecimal min, BigDecimal max,
                          LocalDate earliest, LocalDate latest) {

    /** No limits at all. */
    public static final FieldLimits NONE = new FieldLimits(null, null, null, null, null, null, null);

    public FieldLimits {
        if (minLength != null && minLength < 0) {
            throw new IllegalArgumentException("minLength must be at least 0, was " + minLength);
        }
        if (maxLength != null && maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        if (minLength != null && maxLength != null && minLength > maxLength) {
            throw new IllegalArgumentException("minLength " + minLength + " exceeds maxLength " + maxLength);
        }
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("pattern is not a regular expression: " + e.getDescription());
            }
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " exceeds max " + max);
        }
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
        }
    }

    /** Limits on the length and shape of a text. */
    public static FieldLimits text(Integer minLength, Integer maxLength, String pattern) {
        return new FieldLimits(minLength, maxLength, pattern, null, null, null, null);
    }

    /** Limits on a number. */
    public static FieldLimits number(BigDecimal min, BigDecimal max) {
        return new FieldLimits(null, null, null, min, max, null, null);
    }

    /** Limits on a date. */
    public static FieldLimits date(LocalDate earliest, LocalDate latest) {
        return new FieldLimits(null, null, null, null, null, earliest, latest);
    }

    /** Whether a text limit is set. */
    public boolean limitsText() {
        return minLength != null || maxLength != null || pattern != null;
    }

    /** Whether a number limit is set. */
    public boolean limitsNumbers() {
        return min != null || max != null;
    }

    /** Whether a date limit is set. */
    public boolean limitsDates() {
        return earliest != null || latest != null;
    }
}
