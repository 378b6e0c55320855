// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

import java.util.Objects;

/**
 * The unchecked root of every exception Caseload throws on purpose. Each carries a stable
 * {@link #code()}; callers branch on the subclass or the code, never on the message.
 *
 * <p>Messages say what was wrong and with which (non-personal) value: an id, a field path, a state.
 * They never contain a client's personal data, so they are safe to log.
 */
public class CaseloadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public CaseloadException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public CaseloadException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code of this failure. */
    public ErrorCode code() {
        return code;
    }
}
