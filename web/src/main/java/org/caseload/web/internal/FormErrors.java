// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;

/**
 * The messages shown beside a form's fields, by field name. Before a value reaches the library,
 * {@link #checkText} refuses what a page cannot show faithfully: text over the field's length and
 * invisible characters that reorder or hide text (bidi controls, zero-width characters, control
 * characters). Markup is not refused: the templates escape it wherever it is shown.
 */
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    /** Whether no field has a message. */
    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The message beside a field, or null. */
    public String message(String field) {
        return messages.get(field);
    }

    /** Every message, by field, in the order added. */
    public Map<String, String> all() {
        return Map.copyOf(messages);
    }

    /** Adds a field's message, keeping the first one a field gets. */
    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    /**
     * Checks a text field; adds a message when it is too long or holds an invisible character.
     *
     * @param maxLength the most characters the field takes
     * @return the value, stripped of surrounding white space
     */
    public String checkText(String field, String value, int maxLength) {
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            add(field, "Too long: at most " + maxLength + " characters.");
            return stripped;
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (invisible(c) && !(c == '\n' || c == '\r' || c == '\t')) {
                add(field, "Contains an invisible or direction-changing character (U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1) + "); remove it.");
                break;
            }
        }
        return stripped;
    }

    /**
     * Checks a text field that must not be empty.
     *
     * @return the value, stripped, or "" with a message when it is empty
     */
    public String requiredText(String field, String value, int maxLength) {
        String checked = checkText(field, value, maxLength);
        if (checked.isEmpty()) {
            add(field, "Required.");
        }
        return checked;
    }

    /**
     * Reads a date field ({@code YYYY-MM-DD}, as a date input sends it).
     *
     * @return the date, or null when it is empty (with a message when required) or not a date
     */
    public LocalDate date(String field, String value, boolean required) {
        String text = value.strip();
        if (text.isEmpty()) {
            if (required) {
                add(field, "Required.");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(field, "Not a date: enter it as YYYY-MM-DD.");
            return null;
        }
    }

    /**
     * Reads a number field.
     *
     * @return the number, or null when it is empty (with a message when required) or not a number
     */
    public BigDecimal number(String field, String value, boolean required) {
        String text = value.strip();
        if (text.isEmpty()) {
            if (required) {
                add(field, "Required.");
            }
            return null;
        }
        if (text.length() > 40) {
            add(field, "Not a number.");
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            add(field, "Not a number.");
            return null;
        }
    }

    /**
     * Reads a choice among an enum's constants, sent by their names.
     *
     * @return the constant, or null when none is chosen (with a message when required) or it is unknown
     */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
        String text = value.strip();
        if (text.isEmpty()) {
            if (required) {
                add(field, "Choose one.");
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        add(field, "Not one of the choices.");
        return null;
    }

    /**
     * Adds the library's messages, each beside the field its path names.
     *
     * @param fieldOf the form field of a violation's path, or null to show it above the form
     */
    public FormErrors addAll(ValidationException invalid, Function<String, String> fieldOf) {
        for (Violation violation : invalid.violations()) {
            String field = fieldOf.apply(violation.path());
            add(field == null ? "form" : field, violation.message());
        }
        return this;
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
