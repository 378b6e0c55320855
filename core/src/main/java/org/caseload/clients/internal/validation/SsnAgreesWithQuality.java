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
import java.util.Optional;
import java.util.Map;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.internal.Ssns;
import org.caseload.spi.hud.SsnDataQuality;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.caseload.core.internal.MessageArguments;

/**
 * A client's SSN agrees with its data quality, reported at {@code ssn}: quality 1 (full) needs
 * all nine digits of an SSN that could have been issued; quality 2 (approximate or partial) needs
 * nine characters with at least one known digit, {@code x} for the others; quality 8, 9 or 99
 * allows no SSN at all.
 */
@Documented
@Constraint(validatedBy = SsnAgreesWithQuality.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface SsnAgreesWithQuality {

    String message() default "{caseload.client.ssn.contradictsQuality}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link SsnAgreesWithQuality}. */
    final class Validator implements ConstraintValidator<SsnAgreesWithQuality, ClientDetails> {

        @Override
        public boolean isValid(ClientDetails details, ConstraintValidatorContext context) {
            SsnDataQuality quality = details.ssnQuality();
            if (quality == null) {
                return true;
            }
            String problem = problem(details.ssn(), quality);
            if (problem == null) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.disableDefaultConstraintViolation();
            MessageArguments.with(hibernate, Map.of("quality", quality.code()))
                    .buildConstraintViolationWithTemplate("{caseload.client.ssn." + problem + "}")
                    .addPropertyNode("ssn")
                    .addConstraintViolation();
            return false;
        }

        /**
         * The last part of the broken rule's message key, or null when the SSN agrees. A masked SSN
         * ({@code *****6789}) stands for the stored one, checked when it is resolved (an update); it
         * agrees with quality 1 and 2 here.
         */
        public static String problem(String ssn, SsnDataQuality quality) {
            boolean given = ssn != null && !ssn.isBlank();
            if (quality.isMissingData()) {
                return given ? "contradictsQuality" : null;
            }
            if (!given) {
                return "missing";
            }
            if (Ssns.isMasked(ssn)) {
                return null;
            }
            Optional<String> normalized = Ssns.normalize(ssn);
            if (normalized.isEmpty()) {
                return "format";
            }
            if (quality == SsnDataQuality.FULL) {
                if (!Ssns.isComplete(normalized.get())) {
                    return "partial";
                }
                return Ssns.isIssuable(normalized.get()) ? null : "invalid";
            }
            return Ssns.hasKnownDigit(normalized.get()) ? null : "noKnownDigit";
        }
    }
}
