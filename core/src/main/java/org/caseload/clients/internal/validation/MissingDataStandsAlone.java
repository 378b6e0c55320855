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
import java.util.Collection;
import java.util.Objects;
import org.caseload.spi.hud.HudCode;

/**
 * In the annotated responses to a multiple-answer HUD element (race and ethnicity, gender), a
 * reason for missing data (8, 9 or 99) is the only response. Null is valid.
 */
@Documented
@Constraint(validatedBy = MissingDataStandsAlone.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface MissingDataStandsAlone {

    String message() default "{caseload.hud.missingDataNotAlone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link MissingDataStandsAlone}. */
    final class Validator implements ConstraintValidator<MissingDataStandsAlone, Collection<? extends HudCode>> {

        @Override
        public boolean isValid(Collection<? extends HudCode> responses, ConstraintValidatorContext context) {
            return responses == null || responses.size() < 2
                    || responses.stream().filter(Objects::nonNull).noneMatch(HudCode::isMissingData);
        }
    }
}
