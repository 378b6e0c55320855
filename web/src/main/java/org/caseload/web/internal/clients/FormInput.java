// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.spi.forms.FieldType;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormField;
import org.caseload.spi.forms.FormValues;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.WebRequest;

/**
 * A custom form's values as the page sends them (each field as {@code f.FIELD_ID}) and back: what
 * cannot be read gets a message beside its field here; the library checks the rest (required,
 * limits, options, conditions) and its messages go beside the fields its paths name.
 */
final class FormInput {

    /** The longest text a field takes when its form sets no limit. */
    static final int DEFAULT_TEXT_LIMIT = 1_000;
    private static final Pattern VALUE_PATH = Pattern.compile("values\\[([^\\]]+)]");

    private FormInput() {
    }

    /** The request field of a form field. */
    static String name(FormField field) {
        return "f." + field.id();
    }

    /** The values sent for the form, the empty ones left out. */
    static FormValues read(FormDefinition form, WebRequest request, FormErrors errors) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String name = name(field);
            FieldValue value = read(field, name, request, errors);
            if (value != null) {
                values.put(field.id(), value);
            }
        }
        return new FormValues(form.id(), form.version(), values);
    }

    private static FieldValue read(FormField field, String name, WebRequest request, FormErrors errors) {
        String sent = request.param(name);
        if (field.type() == FieldType.BOOLEAN) {
            return FieldValue.bool("true".equals(sent));
        }
        if (field.type() == FieldType.MULTIPLE_CHOICE) {
            List<String> chosen = request.params(name).stream()
                    .map(option -> errors.checkText(name, option, 200)).filter(option -> !option.isEmpty()).toList();
            return chosen.isEmpty() ? null : FieldValue.choices(chosen.toArray(String[]::new));
        }
        if (field.type() == FieldType.NUMBER) {
            BigDecimal number = errors.number(name, sent, false);
            return number == null ? null : FieldValue.number(number);
        }
        if (field.type() == FieldType.DATE) {
            LocalDate date = errors.date(name, sent, false);
            return date == null ? null : FieldValue.date(date);
        }
        Integer limit = field.limits() == null ? null : field.limits().maxLength();
        String text = errors.checkText(name, sent, limit == null ? DEFAULT_TEXT_LIMIT : limit);
        if (text.isEmpty()) {
            return null;
        }
        return field.type() == FieldType.SINGLE_CHOICE ? FieldValue.choice(text) : FieldValue.text(text);
    }

    /** The request field a violation's path names ({@code forms[0].values[bed]}), or null. */
    static String fieldOf(String path) {
        Matcher matcher = VALUE_PATH.matcher(path);
        return matcher.find() ? "f." + matcher.group(1) : null;
    }

    /** The value of a field as the form shows it: text, or the chosen options. */
    static List<String> shown(FieldValue value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof FieldValue.TextValue text) {
            return List.of(text.text());
        }
        if (value instanceof FieldValue.NumberValue number) {
            return List.of(number.number().toPlainString());
        }
        if (value instanceof FieldValue.DateValue date) {
            return List.of(date.date().toString());
        }
        if (value instanceof FieldValue.BooleanValue bool) {
            return bool.value() ? List.of("true") : List.of();
        }
        if (value instanceof FieldValue.ChoiceValue choice) {
            return List.of(choice.option());
        }
        return ((FieldValue.ChoicesValue) value).options();
    }
}
