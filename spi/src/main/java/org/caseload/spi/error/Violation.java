// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

import java.util.Map;
import java.util.Objects;

/**
 * One broken rule of a command.
 *
 * @param path          the field path within the command, such as {@code dateOfBirth} or
 *                      {@code contact.email}; the parameter's name for a null argument
 * @param messageKey    a stable key for the rule, such as {@code jakarta.validation.constraints.NotBlank.message}
 *                      or {@code caseload.client.dateOfBirth.future}, for hosts to translate
 * @param arguments     the values the message refers to by name, such as {@code max} for
 *                      {@code {max}}: limits and codes of the rule, never what the caller entered
 * @param message       the rule in words, from the message bundles in the runtime's locale (see
 *                      {@code docs/errors.md})
 * @param rejectedValue a description of the rejected value that never contains personal data
 *                      (for example {@code "text of 301 characters"} or {@code "null"})
 */
public record Violation(String path, String messageKey, Map<String, Object> arguments, String message,
                        String rejectedValue) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = Map.copyOf(Objects.requireNonNull(arguments, "arguments"));
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rejectedValue, "rejectedValue");
    }

    @Override
    public String toString() {
        return path + ": " + message + " (" + messageKey + ", was " + rejectedValue + ")";
    }
}
