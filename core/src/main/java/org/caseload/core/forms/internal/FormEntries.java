// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.caseload.core.internal.Messages;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.forms.FieldCondition;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormField;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.forms.FormValues;

/**
 * Values entered through one version of a form, as they are stored and as they are checked. Both
 * the validation of a command and the service that stores its values go through
 * {@link #complete}, so what is checked is exactly what is stored. Stateless and thread-safe.
 */
public final class FormEntries {

    static final String UNKNOWN_FIELD = "caseload.form.field.unknown";
    static final String REQUIRED = "caseload.form.field.required";
    static final String HIDDEN = "caseload.form.field.hidden";

    private FormEntries() {
    }

    /**
     * The entered values as they are stored: texts trimmed and NFC-normalized, blank texts left
     * out (a blank text is an empty field), and the default of every shown field left empty.
     * Values of unknown or hidden fields are kept, for {@link #problems} to report.
     */
    public static FormValues complete(FormDefinition form, FormValues entered) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        entered.values().forEach((fieldId, value) -> {
            FieldValue cleaned = clean(value);
            if (cleaned != null) {
                values.put(fieldId, cleaned);
            }
        });
        Set<String> hidden = new HashSet<>();
        for (FormField field : form.fields()) {
            if (!shown(field, values, hidden)) {
                hidden.add(field.id());
            } else if (!values.containsKey(field.id()) && field.defaultValue() != null) {
                values.put(field.id(), field.defaultValue());
            }
        }
        return new FormValues(entered.formId(), entered.formVersion(), values);
    }

    /**
     * Every rule that completed values break, in the order of the form's fields, then values of
     * fields the form does not have, by field id. Empty when the values fit the form.
     */
    public static List<FieldProblem> problems(FormDefinition form, FormValues completed) {
        Map<String, FieldValue> values = completed.values();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> hidden = new HashSet<>();
        for (FormField field : form.fields()) {
            FieldValue value = values.get(field.id());
            if (!shown(field, values, hidden)) {
                hidden.add(field.id());
                if (value != null) {
                    problems.add(FieldProblem.of(field.id(), HIDDEN));
                }
            } else if (value == null) {
                if (field.required() || holds(field.requiredIf(), values, hidden)) {
                    problems.add(FieldProblem.of(field.id(), REQUIRED));
                }
            } else {
                problems.addAll(FieldRules.check(field, value));
            }
        }
        Set<String> unknown = new TreeSet<>(values.keySet());
        form.fields().forEach(field -> unknown.remove(field.id()));
        unknown.forEach(fieldId -> problems.add(FieldProblem.of(fieldId, UNKNOWN_FIELD)));
        return problems;
    }

    /**
     * Every entry completed as {@link #complete} stores it, against the form version it names.
     * Call it after the entries were validated; a form the provider stopped providing since then
     * is still reported.
     *
     * @throws ValidationException at {@code forms[i]} for an entry whose form version is unknown
     */
    public static List<FormValues> completeAll(FormProvider provider, String organizationId, List<FormValues> entered) {
        List<FormValues> completed = new ArrayList<>();
        for (int index = 0; index < entered.size(); index++) {
            FormValues entry = entered.get(index);
            Optional<FormDefinition> form = provider.form(organizationId, entry.formId(), entry.formVersion());
            if (form.isEmpty()) {
                throw Messages.invalid("form values", "forms[" + index + "]", ConformsToFormValidator.UNKNOWN_FORM,
                        Map.of("formId", entry.formId(), "formVersion", entry.formVersion()), "a FormValues");
            }
            completed.add(complete(form.get(), entry));
        }
        return completed;
    }

    /**
     * A record's entries after new ones were entered: an entry of a form already there replaces it
     * in place, an entry of another form is added at the end.
     */
    public static List<FormValues> merge(List<FormValues> stored, List<FormValues> entered) {
        List<FormValues> merged = new ArrayList<>(stored);
        for (FormValues entry : entered) {
            int existing = IntStream.range(0, merged.size())
                    .filter(index -> merged.get(index).formId().equals(entry.formId()))
                    .findFirst().orElse(-1);
            if (existing >= 0) {
                merged.set(existing, entry);
            } else {
                merged.add(entry);
            }
        }
        return merged;
    }

    private static boolean shown(FormField field, Map<String, FieldValue> values, Set<String> hidden) {
        return field.showIf() == null || holds(field.showIf(), values, hidden);
    }

    /** Whether a rule holds; a missing rule never does. A hidden field counts as empty. */
    private static boolean holds(FieldCondition condition, Map<String, FieldValue> values, Set<String> hidden) {
        if (condition == null || hidden.contains(condition.fieldId())) {
            return false;
        }
        FieldValue actual = values.get(condition.fieldId());
        return actual != null && condition.anyOf().stream().anyMatch(expected -> matches(actual, expected));
    }

    private static boolean matches(FieldValue actual, FieldValue expected) {
        if (actual instanceof FieldValue.ChoicesValue choices && expected instanceof FieldValue.ChoiceValue choice) {
            return choices.options().contains(choice.option());
        }
        if (actual instanceof FieldValue.NumberValue number && expected instanceof FieldValue.NumberValue other) {
            // 1.50 and 1.5 are the same amount.
            return number.number().compareTo(other.number()) == 0;
        }
        return actual.equals(expected);
    }

    private static FieldValue clean(FieldValue value) {
        if (value instanceof FieldValue.TextValue text) {
            String cleaned = Normalizer.normalize(text.text(), Normalizer.Form.NFC).strip();
            return cleaned.isEmpty() ? null : FieldValue.text(cleaned);
        }
        return value;
    }
}
