// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import java.util.List;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;

/** Builds the {@link ValidationException} of a broken casework rule. */
final class Violations {

    private Violations() {
    }

    /**
     * A rule of {@code command} broken at {@code path}.
     *
     * @param rejected a description of the rejected value that holds no personal data
     */
    static ValidationException invalid(Object command, String path, String messageKey, String message,
                                       String rejected) {
        return new ValidationException(command.getClass().getSimpleName(),
                List.of(new Violation(path, messageKey, message, rejected)));
    }
}
