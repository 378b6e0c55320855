// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

import java.util.Objects;

/**
 * One broken rule of a command.
 *
 * @param path          the field path within the command, such as {@code dateOfBirth} or
 *                      {@code contact.email}
 * @param messageKey    a stable key for the rule, such as {@code jakarta.validation.constraints.NotBlank.message}
 *                      or {@code caseload.client.dateOfBirth.range}, for hosts to translate
 * @param message       an English description of the rule
 * @param rejectedValue a description of the rejected value that never contains personal data
 *                      (for example {@code "text of 301 characters"} or {@code "null"})
 */
public record Violation(String path, String messageKey, String message, String rejectedValue) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rejectedValue, "rejectedValue");
    }

    @Override
    public String toString() {
        return path + ": " + message + " (" + messageKey + ", was " + rejectedValue + ")";
    }
}
