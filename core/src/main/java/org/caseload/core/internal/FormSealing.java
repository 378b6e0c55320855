// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.core.internal.crypto.Sealer;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormField;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.forms.FormValues;

/**
 * The custom form values of one record at rest, and back, whatever the record (a client, an
 * enrollment). Written, the value of every field its form marks {@linkplain FormField#sensitive()
 * sensitive} is sealed as text ({@link SealedFieldValues}), bound to
 * {@code <record>/form/<formId>/<fieldId>}; so is any other text value that happens to look
 * sealed, so that it reads back as typed. Read, every sealed value is opened. Thread-safe.
 */
final class FormSealing {

    private final Sealer fields;
    private final FormProvider forms;

    FormSealing(Sealer fields, FormProvider forms) {
        this.fields = fields;
        this.forms = forms;
    }

    /** The values as they are stored; {@code record} is the binding of the record, such as {@code client/<id>}. */
    List<FormValues> seal(String organizationId, String record, List<FormValues> entered) {
        List<FormValues> sealed = new ArrayList<>();
        for (FormValues entry : entered) {
            Set<String> sensitive = sensitiveFields(organizationId, entry);
            Map<String, FieldValue> values = new HashMap<>();
            entry.values().forEach((fieldId, value) -> values.put(fieldId,
                    sensitive.contains(fieldId) || looksSealed(value)
                            ? FieldValue.text(fields.seal(SealedFieldValues.text(value),
                                    binding(record, entry.formId(), fieldId)))
                            : value));
            sealed.add(new FormValues(entry.formId(), entry.formVersion(), values));
        }
        return sealed;
    }

    /** The values as services see them: every sealed one opened. */
    List<FormValues> open(String record, List<FormValues> stored) {
        List<FormValues> open = new ArrayList<>();
        for (FormValues entry : stored) {
            Map<String, FieldValue> values = new HashMap<>();
            entry.values().forEach((fieldId, value) -> values.put(fieldId, looksSealed(value)
                    ? opened((FieldValue.TextValue) value, binding(record, entry.formId(), fieldId))
                    : value));
            open.add(new FormValues(entry.formId(), entry.formVersion(), values));
        }
        return open;
    }

    /**
     * How many stored values are not under the current key: sealed under another key, or the value
     * of a sensitive field not sealed (stored before encryption, or before the field was marked).
     */
    int stale(String organizationId, List<FormValues> stored) {
        int stale = 0;
        for (FormValues entry : stored) {
            Set<String> sensitive = sensitiveFields(organizationId, entry);
            for (Map.Entry<String, FieldValue> value : entry.values().entrySet()) {
                boolean sealed = looksSealed(value.getValue());
                if (sealed && !fields.isCurrent(((FieldValue.TextValue) value.getValue()).text())
                        || !sealed && sensitive.contains(value.getKey())) {
                    stale++;
                }
            }
        }
        return stale;
    }

    private FieldValue opened(FieldValue.TextValue value, String binding) {
        String text = fields.unseal(value.text(), binding);
        try {
            return SealedFieldValues.value(text);
        } catch (IllegalArgumentException e) {
            throw new CaseloadException(ErrorCode.SEALED_VALUE_UNREADABLE,
                    "the sealed value of " + binding + " does not hold a form value");
        }
    }

    private Set<String> sensitiveFields(String organizationId, FormValues entry) {
        Set<String> sensitive = new LinkedHashSet<>();
        forms.form(organizationId, entry.formId(), entry.formVersion())
                .ifPresent(definition -> definition.fields().stream()
                        .filter(FormField::sensitive)
                        .forEach(field -> sensitive.add(field.id())));
        return sensitive;
    }

    private static boolean looksSealed(FieldValue value) {
        return value instanceof FieldValue.TextValue text && Sealer.isSealed(text.text());
    }

    static String binding(String record, String formId, String fieldId) {
        return record + "/form/" + formId + '/' + fieldId;
    }
}
