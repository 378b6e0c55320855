// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormValues;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.caseload.core.internal.MessageArguments;

/** Checks {@link ConformsToForm}. Stateless: the forms come with each validation. */
public final class ConformsToFormValidator implements ConstraintValidator<ConformsToForm, FormValues> {

    static final String UNKNOWN_FORM = "caseload.form.unknown";
    static final String NO_ORGANIZATION = "caseload.form.noOrganization";

    @Override
    public boolean isValid(FormValues entered, ConstraintValidatorContext context) {
        if (entered == null) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        FormLookup lookup = hibernate.getConstraintValidatorPayload(FormLookup.class);
        if (lookup == null) {
            hibernate.buildConstraintViolationWithTemplate("{" + NO_ORGANIZATION + "}").addConstraintViolation();
            return false;
        }
        Optional<FormDefinition> form = lookup.provider()
                .form(lookup.organizationId(), entered.formId(), entered.formVersion());
        if (form.isEmpty()) {
            MessageArguments.with(hibernate, Map.of("formId", entered.formId(), "formVersion", entered.formVersion()))
                    .buildConstraintViolationWithTemplate("{" + UNKNOWN_FORM + "}")
                    .addConstraintViolation();
            return false;
        }
        List<FieldProblem> problems = FormEntries.problems(form.get(), FormEntries.complete(form.get(), entered));
        for (FieldProblem problem : problems) {
            MessageArguments.with(hibernate, problem.parameters());
            hibernate.buildConstraintViolationWithTemplate("{" + problem.messageKey() + "}")
                    .addPropertyNode("values")
                    .addBeanNode().inIterable().atKey(problem.fieldId())
                    .addConstraintViolation();
        }
        return problems.isEmpty();
    }
}
