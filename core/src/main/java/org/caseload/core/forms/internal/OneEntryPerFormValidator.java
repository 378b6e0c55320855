// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caseload.spi.forms.FormValues;

/** Checks {@link OneEntryPerForm}. */
public final class OneEntryPerFormValidator implements ConstraintValidator<OneEntryPerForm, List<FormValues>> {

    @Override
    public boolean isValid(List<FormValues> entries, ConstraintValidatorContext context) {
        if (entries == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (int index = 0; index < entries.size(); index++) {
            FormValues entry = entries.get(index);
            if (entry != null && !seen.add(entry.formId())) {
                valid = false;
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addBeanNode().inIterable().atIndex(index)
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
