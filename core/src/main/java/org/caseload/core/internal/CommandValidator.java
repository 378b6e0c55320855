package org.caseload.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates commands with the runtime's one {@link ValidatorFactory}. Messages are interpolated
 * from parameters only (no expression language), and date rules use the runtime's clock.
 */
public final class CommandValidator implements AutoCloseable {

    private final ValidatorFactory factory;
    private final Validator validator;

    public CommandValidator(Clock clock) {
        this.factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> clock)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Throws a {@link ValidationException} listing every violation of the command, if any. */
    public void validate(Object command) {
        String subject = command == null ? "command" : command.getClass().getSimpleName();
        if (command == null) {
            throw new ValidationException(subject, List.of(
                    new Violation("", "caseload.command.required", "a command is required", "null")));
        }
        Set<ConstraintViolation<Object>> found = validator.validate(command);
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
        return new Violation(violation.getPropertyPath().toString(), key, violation.getMessage(),
                describe(violation.getInvalidValue()));
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
        if (value instanceof Collection<?> collection) {
            return "a collection of " + collection.size() + " items";
        }
        if (value instanceof Map<?, ?> map) {
            return "a map of " + map.size() + " entries";
        }
        return "a " + value.getClass().getSimpleName();
    }

    @Override
    public void close() {
        factory.close();
    }
}
