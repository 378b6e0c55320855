// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.util.Objects;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;

/**
 * A message or request refused on the wire, with the {@link WireError} that says why. Its message
 * names the field and the rule, never a value anyone wrote.
 */
public class WireException extends CaseloadException {

    private static final long serialVersionUID = 1L;

    private final WireError error;

    /**
     * @param error   why it was refused
     * @param message what was wrong and where; never client personal data or a secret
     */
    public WireException(WireError error, String message) {
        super(ErrorCode.MESSAGE_REFUSED, message);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** Why it was refused: the wire error code and its HTTP status. */
    public WireError error() {
        return error;
    }
}
