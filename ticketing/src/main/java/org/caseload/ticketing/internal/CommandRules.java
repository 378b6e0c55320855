// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.caseload.core.internal.Kernel;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;

/**
 * Validates a command against its annotations and against rules the annotations cannot say (ones
 * that depend on the module's settings, or on several fields at once), and reports every violation
 * of both in one {@link ValidationException}, ordered as the kernel orders them. Stateless.
 */
final class CommandRules {

    private CommandRules() {
    }

    /**
     * @param extraRules the violations beyond the annotations; must accept a command whose parts
     *                   are null
     * @throws ValidationException listing every violation, when there is one
     */
    static <C> void check(Kernel kernel, C command, Function<C, List<Violation>> extraRules) {
        List<Violation> violations = new ArrayList<>();
        try {
            kernel.validate(command);
        } catch (ValidationException e) {
            if (command == null) {
                throw e;
            }
            violations.addAll(e.violations());
        }
        violations.addAll(extraRules.apply(command));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::messageKey));
            throw new ValidationException(command.getClass().getSimpleName(), violations);
        }
    }

    /** Describes a rejected text by its shape only, never its content, which may be personal. */
    static String describe(String text) {
        if (text == null) {
            return "null";
        }
        return text.isBlank() ? "blank text of " + text.length() + " characters" : "text of " + text.length()
                + " characters";
    }
}
