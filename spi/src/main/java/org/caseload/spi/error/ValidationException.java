// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

import java.util.List;
import java.util.stream.Collectors;

/** A command broke one or more rules; {@link #violations()} lists every one of them. */
public class ValidationException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public ValidationException(String subject, List<Violation> violations) {
        super(ErrorCode.VALIDATION_FAILED, subject + " is invalid: " + violations.stream()
                .map(Violation::toString)
                .collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, never empty. */
    public List<Violation> violations() {
        return violations;
    }
}
