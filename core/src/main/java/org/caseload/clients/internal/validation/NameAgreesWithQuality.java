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
import java.util.LinkedHashMap;
import java.util.Map;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.internal.Names;
import org.caseload.spi.hud.NameDataQuality;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.caseload.core.internal.MessageArguments;

/**
 * A client's name agrees with its data quality: quality 1 (full) needs a first and a last name,
 * each missing one reported at its path; quality 2 (partial, street or code name) needs a first or
 * a last name, reported at {@code firstName}; quality 8, 9 or 99 allows no name part at all, each
 * one given reported at its path. A blank part counts as not given.
 */
@Documented
@Constraint(validatedBy = NameAgreesWithQuality.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface NameAgreesWithQuality {

    String message() default "{caseload.client.name.contradictsQuality}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link NameAgreesWithQuality}. */
    final class Validator implements ConstraintValidator<NameAgreesWithQuality, ClientDetails> {

        private static final String MISSING = "{caseload.client.name.missing}";
        private static final String CONTRADICTS = "{caseload.client.name.contradictsQuality}";

        @Override
        public boolean isValid(ClientDetails details, ConstraintValidatorContext context) {
            NameDataQuality quality = details.nameQuality();
            if (quality == null) {
                return true;
            }
            Map<String, Boolean> given = new LinkedHashMap<>();
            given.put("firstName", Names.clean(details.firstName()) != null);
            given.put("middleName", Names.clean(details.middleName()) != null);
            given.put("lastName", Names.clean(details.lastName()) != null);
            given.put("suffix", Names.clean(details.suffix()) != null);
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.disableDefaultConstraintViolation();
            MessageArguments.with(hibernate, Map.of("quality", quality.code()));
            boolean valid = true;
            if (quality == NameDataQuality.FULL) {
                for (String part : new String[] {"firstName", "lastName"}) {
                    if (!given.get(part)) {
                        valid = report(hibernate, MISSING, part);
                    }
                }
            } else if (quality == NameDataQuality.PARTIAL) {
                if (!given.get("firstName") && !given.get("lastName")) {
                    valid = report(hibernate, MISSING, "firstName");
                }
            } else {
                for (Map.Entry<String, Boolean> part : given.entrySet()) {
                    if (part.getValue()) {
                        valid = report(hibernate, CONTRADICTS, part.getKey());
                    }
                }
            }
            return valid;
        }

        /** Adds a violation at {@code path}; returns false, the outcome of a check that found one. */
        private static boolean report(HibernateConstraintValidatorContext context, String template, String path) {
            context.buildConstraintViolationWithTemplate(template).addPropertyNode(path).addConstraintViolation();
            return false;
        }
    }
}
