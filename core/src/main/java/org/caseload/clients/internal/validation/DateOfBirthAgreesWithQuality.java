// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Map;
import org.caseload.clients.ClientDetails;
import org.caseload.spi.hud.DobDataQuality;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.caseload.core.internal.MessageArguments;

/**
 * A client's date of birth agrees with its data quality, reported at {@code dateOfBirth}:
 * quality 1 (full) and 2 (approximate or partial) need a date; quality 8, 9 or 99 allows none.
 */
@Documented
@Constraint(validatedBy = DateOfBirthAgreesWithQuality.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DateOfBirthAgreesWithQuality {

    String message() default "{caseload.client.dateOfBirth.contradictsQuality}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link DateOfBirthAgreesWithQuality}. */
    final class Validator implements ConstraintValidator<DateOfBirthAgreesWithQuality, ClientDetails> {

        @Override
        public boolean isValid(ClientDetails details, ConstraintValidatorContext context) {
            DobDataQuality quality = details.dobQuality();
            if (quality == null || quality.isMissingData() == (details.dateOfBirth() == null)) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.disableDefaultConstraintViolation();
            MessageArguments.with(hibernate, Map.of("quality", quality.code()))
                    .buildConstraintViolationWithTemplate(quality.isMissingData()
                            ? "{caseload.client.dateOfBirth.contradictsQuality}"
                            : "{caseload.client.dateOfBirth.missing}")
                    .addPropertyNode("dateOfBirth")
                    .addConstraintViolation();
            return false;
        }
    }
}
