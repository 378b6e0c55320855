// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

import java.util.List;
import java.util.stream.Collectors;

/** A command broke one or more rules; {@link #violations()} lists every one of them. */
public class ValidationException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    private final String subject;
    private final List<Violation> violations;

    /**
     * @param subject    what was invalid: a command's type, or a service method for a null argument
     * @param violations every broken rule; at least one
     */
    public ValidationException(String subject, List<Violation> violations) {
        super(ErrorCode.VALIDATION_FAILED, subject + " is invalid: " + violations.stream()
                .map(Violation::toString)
                .collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.subject = subject;
        this.violations = List.copyOf(violations);
    }

    /** What was invalid: a command's type, or a service method for a null argument. */
    public String subject() {
        return subject;
    }

    /** Every violation found, never empty. */
    public List<Violation> violations() {
        return violations;
    }
}
