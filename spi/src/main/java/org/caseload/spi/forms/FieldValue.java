// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A value entered in a custom form field: one kind of value per {@link FieldType}. Immutable and
 * thread-safe. A field left empty has no value at all, never an empty one: a multiple choice holds
 * at least one choice.
 */
public sealed interface FieldValue {

    /** The type of field that holds this kind of value. */
    FieldType type();

    /** Text, as entered. */
    static FieldValue text(String text) {
        return new TextValue(text);
    }

    /** A number; its scale is kept ({@code 1.50} stays {@code 1.50}). */
    static FieldValue number(BigDecimal number) {
        return new NumberValue(number);
    }

    /** A whole number. */
    static FieldValue number(long number) {
        return new NumberValue(BigDecimal.valueOf(number));
    }

    /** A date. */
    static FieldValue date(LocalDate date) {
        return new DateValue(date);
    }

    /** Yes or no. */
    static FieldValue bool(boolean value) {
        return new BooleanValue(value);
    }

    /** The value of the one option chosen. */
    static FieldValue choice(String option) {
        return new ChoiceValue(option);
    }

    /** The values of the options chosen, in the order given. */
    static FieldValue choices(String... options) {
        return new ChoicesValue(List.of(options));
    }

    /** @param text required */
    record TextValue(String text) implements FieldValue {
        public TextValue {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public FieldType type() {
            return FieldType.TEXT;
        }
    }

    /** @param number required */
    record NumberValue(BigDecimal number) implements FieldValue {
        public NumberValue {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public FieldType type() {
            return FieldType.NUMBER;
        }
    }

    /** @param date required */
    record DateValue(LocalDate date) implements FieldValue {
        public DateValue {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public FieldType type() {
            return FieldType.DATE;
        }
    }

    /** @param value yes ({@code true}) or no */
    record BooleanValue(boolean value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.BOOLEAN;
        }
    }

    /** @param option the value of the chosen option; required */
    record ChoiceValue(String option) implements FieldValue {
        public ChoiceValue {
            Objects.requireNonNull(option, "option");
        }

        @Override
        public FieldType type() {
            return FieldType.SINGLE_CHOICE;
        }
    }

    /** @param options the values of the chosen options; at least one, no repeats, order kept */
    record ChoicesValue(List<String> options) implements FieldValue {
        public ChoicesValue {
            options = List.copyOf(Objects.requireNonNull(options, "options"));
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a multiple choice holds at least one option; "
                        + "a field with none chosen has no value");
            }
            if (new HashSet<>(options).size() != options.size()) {
                throw new IllegalArgumentException("a multiple choice holds each option once");
            }
        }

        @Override
        public FieldType type() {
            return FieldType.MULTIPLE_CHOICE;
        }
    }
}
