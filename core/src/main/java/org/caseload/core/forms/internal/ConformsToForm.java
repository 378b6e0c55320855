// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link org.caseload.spi.forms.FormValues} fit the version of the caller's
 * organization's form they name: every field rule of that version holds, once the values are
 * completed as {@link FormEntries#complete} stores them. A broken field rule is reported at
 * {@code values[fieldId]} below the annotated element; an unknown form at the element itself.
 *
 * <p>Put it on the values a command carries, such as {@code List<@ConformsToForm FormValues>};
 * the kernel supplies the forms of the caller's organization when it validates the command.
 */
@Documented
@Constraint(validatedBy = ConformsToFormValidator.class)
@Target({TYPE_USE, FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ConformsToForm {

    String message() default "{caseload.form.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
