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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.caseload.clients.internal.Names;

/**
 * The annotated record of text parts (an alias, an address) has at least one part that is not
 * blank: a record of nothing is left out rather than stored.
 */
@Documented
@Constraint(validatedBy = AnyPartGiven.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AnyPartGiven {

    String message() default "{caseload.anyPartGiven}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link AnyPartGiven} over the record's text components. */
    final class Validator implements ConstraintValidator<AnyPartGiven, Record> {

        @Override
        public boolean isValid(Record parts, ConstraintValidatorContext context) {
            if (parts == null) {
                return true;
            }
            for (RecordComponent component : parts.getClass().getRecordComponents()) {
                if (component.getType() == String.class && Names.clean(text(parts, component)) != null) {
                    return true;
                }
            }
            return false;
        }

        private static String text(Record parts, RecordComponent component) {
            try {
                return (String) component.getAccessor().invoke(parts);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of a "
                        + parts.getClass().getSimpleName(), e);
            }
        }
    }
}
