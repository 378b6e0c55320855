// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Hands the arguments of a constraint's message to the violations it builds next: as message
 * parameters, for Hibernate Validator's own text, and as the dynamic payload, where
 * {@link CommandValidator} finds them for {@link org.caseload.spi.error.Violation#arguments()}
 * (Hibernate Validator has no public way to read message parameters back).
 */
public final class MessageArguments {

    private MessageArguments() {
    }

    /** Sets {@code arguments} as those of the violations {@code context} builds from now on. */
    public static HibernateConstraintValidatorContext with(HibernateConstraintValidatorContext context,
                                                           Map<String, ?> arguments) {
        arguments.forEach(context::addMessageParameter);
        return context.withDynamicPayload(Map.copyOf(arguments));
    }
}
