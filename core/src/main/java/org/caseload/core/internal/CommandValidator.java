// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.time.Clock;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caseload.core.forms.internal.FormLookup;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.forms.FieldValue;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates commands with the runtime's one {@link jakarta.validation.ValidatorFactory}. Each
 * violation keeps its message key and arguments (the constraint's attributes, and what a Caseload
 * validator passed through {@link MessageArguments}); its text comes from {@link Messages} in the
 * caller's locale. Date rules use the runtime's clock. Thread-safe.
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
     * @param forms  where form values in the command find their forms; null when there is no caller,
     *               which makes any form values a violation
     * @param locale the language of the messages
     * @throws CaseloadException what a host part (the form provider) threw while a constraint was
     *         checked, unwrapped from the validation engine's own exception
     */
    public void validate(Object command, FormLookup forms, Locale locale) {
        if (command == null) {
            throw new ValidationException("command", List.of(
                    Messages.violation("", "caseload.command.required", "null")));
        }
        Set<ConstraintViolation<Object>> found;
        try {
            found = factory.usingContext()
                    .constraintValidatorPayload(forms)
                    .getValidator()
                    .validate(command);
        } catch (jakarta.validation.ValidationException engineFailure) {
            // The engine wraps what a validator threw (HV000028); a host part's failure is ours to report.
            if (engineFailure.getCause() instanceof CaseloadException hostPartFailure) {
                throw hostPartFailure;
            }
            throw engineFailure;
        }
        List<Violation> texts = CommandTexts.violations(command);
        if (!found.isEmpty() || !texts.isEmpty()) {
            List<Violation> violations = new ArrayList<>(found.stream().map(violation -> toViolation(violation, locale))
                    .toList());
            for (Violation text : texts) {
                // A field's own constraint may have reported the same rule already.
                if (violations.stream().noneMatch(v -> v.path().equals(text.path())
                        && v.messageKey().equals(text.messageKey()))) {
                    violations.add(new Violation(text.path(), text.messageKey(), text.arguments(),
                            Messages.text(text.messageKey(), text.arguments(), locale), text.rejectedValue()));
                }
            }
            violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::messageKey));
            throw new ValidationException(command.getClass().getSimpleName(), violations);
        }
    }

    private static Violation toViolation(ConstraintViolation<Object> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
        Map<String, Object> arguments = arguments(violation);
        Object rejected = PropertyPaths.valueAt(violation.getRootBean(), violation.getPropertyPath(),
                violation.getInvalidValue());
        String text = Messages.text(key, arguments, locale);
        // A key no bundle Caseload can read knows (Hibernate Validator's own bundle is out of
        // reach from a named module) keeps the engine's text.
        return new Violation(PropertyPaths.format(violation.getPropertyPath()), key, arguments,
                text.equals(key) ? violation.getMessage() : text, describe(rejected));
    }

    /** The constraint's own attributes (such as {@code max}) and those its validator passed on. */
    private static Map<String, Object> arguments(ConstraintViolation<Object> violation) {
        Map<String, Object> arguments = new HashMap<>(violation.getConstraintDescriptor().getAttributes());
        // A pattern's expression is for machines: its message says in words what is expected.
        arguments.keySet().removeAll(Set.of("message", "groups", "payload", "regexp"));
        Object passed = violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Map.class);
        if (passed instanceof Map<?, ?> map) {
            map.forEach((name, value) -> arguments.put(String.valueOf(name), value));
        }
        // Array attributes (such as a pattern's flags) say nothing a reader needs.
        arguments.values().removeIf(value -> value == null || value.getClass().isArray());
        return arguments;
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
