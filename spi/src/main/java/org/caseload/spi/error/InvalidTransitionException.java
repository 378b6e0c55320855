// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

/** An operation would move a record from a state that does not allow it. */
public class InvalidTransitionException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    private final String fromState;
    private final String toState;

    public InvalidTransitionException(String recordType, String recordId, String fromState, String toState) {
        super(ErrorCode.INVALID_TRANSITION,
                recordType + " " + recordId + " cannot go from " + fromState + " to " + toState);
        this.fromState = fromState;
        this.toState = toState;
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }
}
