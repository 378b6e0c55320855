// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import org.caseload.core.Caseload;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.core.forms.internal.FormLookup;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.forms.FieldValue;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates commands with the runtime's one {@link jakarta.validation.ValidatorFactory}. Messages
 * are interpolated from parameters only (no expression language), Caseload's own messages come
 * from {@code ContributorValidationMessages.properties}, and date rules use the runtime's clock.
 * Thread-safe.
 */
public final class CommandValidator implements AutoCloseable {

    private final HibernateValidatorFactory factory;

    public CommandValidator(Clock clock) {
        this.factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> clock)
                .buildValidatorFactory()
                .unwrap(HibernateValidatorFactory.class);
    }

    /**
     * Throws a {@link ValidationException} listing every violation of the command, if any.
     *
     * @param forms where form values in the command find their forms; null when there is no caller,
     *              which makes any form values a violation
     */
    public void validate(Object command, FormLookup forms) {
        String subject = command == null ? "command" : command.getClass().getSimpleName();
        if (command == null) {
            throw new ValidationException(subject, List.of(
                    new Violation("", "caseload.command.required", "a command is required", "null")));
        }
        Set<ConstraintViolation<Object>> found = factory.usingContext()
                .constraintValidatorPayload(forms)
                .getValidator()
                .validate(command);
        if (!found.isEmpty()) {
            List<Violation> violations = found.stream()
                    .map(CommandValidator::toViolation)
                    .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::messageKey))
                    .toList();
            throw new ValidationException(subject, violations);
        }
    }

    private static Violation toViolation(ConstraintViolation<Object> violation) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
        Object rejected = PropertyPaths.valueAt(violation.getRootBean(), violation.getPropertyPath(),
                violation.getInvalidValue());
        return new Violation(PropertyPaths.format(violation.getPropertyPath()), key, violation.getMessage(),
                describe(rejected));
    }

    /** Describes a rejected value by its shape only, never its content, which may be personal. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            return text.toString().isBlank()
                    ? "blank text of " + text.length() + " characters"
                    : "text of " + text.length() + " characters";
        }
        if (value instanceof FieldValue field) {
            return describe(field);
        }
        if (value instanceof Collection<?> collection) {
            return "a collection of " + collection.size() + " items";
        }
        if (value instanceof Map<?, ?> map) {
            return "a map of " + map.size() + " entries";
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static String describe(FieldValue value) {
        if (value instanceof FieldValue.TextValue text) {
            return describe(text.text());
        }
        if (value instanceof FieldValue.ChoicesValue choices) {
            return choices.options().size() + " choices";
        }
        return switch (value.type()) {
            case NUMBER -> "a number";
            case DATE -> "a date";
            case BOOLEAN -> "a yes or no";
            default -> "a choice";
        };
    }

    @Override
    public void close() {
        factory.close();
    }
}
