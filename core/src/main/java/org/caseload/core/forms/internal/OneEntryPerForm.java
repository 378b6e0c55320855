// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated list of {@link org.caseload.spi.forms.FormValues} names each form once: a record
 * keeps one entry per form. Each repeat is reported at its index.
 */
@Documented
@Constraint(validatedBy = OneEntryPerFormValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface OneEntryPerForm {

    String message() default "{caseload.form.repeated}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
