// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.caseload.spi.forms.FieldType;
import org.caseload.spi.forms.FieldValue;

/**
 * A form field's value as the text that is sealed, and back: the type's constant name, a colon,
 * and the value (a number as {@code BigDecimal.toString}, so its scale survives; a date as
 * yyyy-mm-dd; the options of a multiple choice as a JSON array). Stateless and thread-safe.
 */
final class SealedFieldValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SealedFieldValues() {
    }

    static String text(FieldValue value) {
        String body;
        if (value instanceof FieldValue.TextValue text) {
            body = text.text();
        } else if (value instanceof FieldValue.NumberValue number) {
            body = number.number().toString();
        } else if (value instanceof FieldValue.DateValue date) {
            body = date.date().toString();
        } else if (value instanceof FieldValue.BooleanValue bool) {
            body = Boolean.toString(bool.value());
        } else if (value instanceof FieldValue.ChoiceValue choice) {
            body = choice.option();
        } else {
            try {
                body = JSON.writeValueAsString(((FieldValue.ChoicesValue) value).options());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a list of strings is always written as JSON", e);
            }
        }
        return value.type().name() + ':' + body;
    }

    /**
     * The value the text holds.
     *
     * @throws IllegalArgumentException when the text is not one {@link #text} writes
     */
    static FieldValue value(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("no type");
        }
        FieldType type = FieldType.valueOf(text.substring(0, colon));
        String body = text.substring(colon + 1);
        return switch (type) {
            case TEXT -> FieldValue.text(body);
            case NUMBER -> FieldValue.number(new BigDecimal(body));
            case DATE -> FieldValue.date(LocalDate.parse(body));
            case BOOLEAN -> FieldValue.bool(Boolean.parseBoolean(body));
            case SINGLE_CHOICE -> FieldValue.choice(body);
            case MULTIPLE_CHOICE -> {
                try {
                    yield new FieldValue.ChoicesValue(JSON.readValue(body, new TypeReference<List<String>>() { }));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("not a JSON array of options");
                }
            }
        };
    }
}
