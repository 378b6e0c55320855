// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import java.util.Map;
import org.caseload.core.internal.Messages;
import org.caseload.spi.error.ValidationException;

/** Builds the {@link ValidationException} of a broken casework rule. */
final class Violations {

    private Violations() {
    }

    /**
     * A rule of {@code command} broken at {@code path}; its message is the text of {@code messageKey}.
     *
     * @param rejected a description of the rejected value that holds no personal data
     */
    static ValidationException invalid(Object command, String path, String messageKey, String rejected) {
        return invalid(command, path, messageKey, Map.of(), rejected);
    }

    /** A rule of {@code command} broken at {@code path}, whose message names {@code arguments}. */
    static ValidationException invalid(Object command, String path, String messageKey, Map<String, ?> arguments,
                                       String rejected) {
        return Messages.invalid(command.getClass().getSimpleName(), path, messageKey, arguments, rejected);
    }
}
