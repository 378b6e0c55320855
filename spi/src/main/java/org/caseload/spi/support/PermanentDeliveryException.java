// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.support;

import java.util.Objects;

/**
 * Thrown by a {@link SupportChannel} when the other side refused a message for good: it was
 * malformed, named an organization the other side does not know, or carried credentials it does
 * not accept. Sending it again cannot help, so the message is set aside as undeliverable at once
 * instead of being retried. Any other runtime exception from a channel means "try again later".
 */
public class PermanentDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * @param reason  a stable code for why the message was refused, such as the other side's error
     *                code ({@code SIGNATURE_INVALID}, {@code UNSUPPORTED_VERSION}); non-blank
     * @param message a description for operators; never client personal data
     */
    public PermanentDeliveryException(String reason, String message) {
        super(message);
        this.reason = requireReason(reason);
    }

    /** As {@link #PermanentDeliveryException(String, String)}, with the failure that revealed it. */
    public PermanentDeliveryException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireReason(reason);
    }

    /** The stable code for why the message was refused. */
    public String reason() {
        return reason;
    }

    private static String requireReason(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        return reason;
    }
}
