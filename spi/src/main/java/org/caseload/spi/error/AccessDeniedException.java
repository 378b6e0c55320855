// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

/** The caller is not authenticated, or lacks the permission an operation requires. */
public class AccessDeniedException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(ErrorCode.ACCESS_DENIED, message);
    }
}
