// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;
import java.util.Map;
import org.caseload.clients.internal.Names;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.caseload.core.internal.MessageArguments;

/**
 * The annotated text, as it is stored (trimmed, NFC-normalized, inner whitespace collapsed, see
 * {@link Names#clean}), is at most {@link #max()} characters and holds no control character.
 * Null and blank texts are valid: they are stored as absent.
 */
@Documented
@Constraint(validatedBy = CleanText.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface CleanText {

    /** The longest text accepted, in characters (code points), once cleaned. */
    int max() default 100;

    String message() default "{caseload.text.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link CleanText}. */
    final class Validator implements ConstraintValidator<CleanText, String> {

        private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

        private int max;

        @Override
        public void initialize(CleanText constraint) {
            this.max = constraint.max();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            String cleaned = Names.clean(text);
            if (cleaned == null) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.disableDefaultConstraintViolation();
            boolean valid = true;
            if (cleaned.codePointCount(0, cleaned.length()) > max) {
                MessageArguments.with(hibernate, Map.of("max", max))
                        .buildConstraintViolationWithTemplate("{caseload.text.tooLong}").addConstraintViolation();
                valid = false;
            }
            if (CONTROL.matcher(cleaned).find()) {
                hibernate.buildConstraintViolationWithTemplate("{caseload.text.controlCharacter}")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
