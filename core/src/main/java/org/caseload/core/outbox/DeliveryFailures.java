// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.HostPartException;
import org.caseload.spi.support.PermanentDeliveryException;

/**
 * What a delivery failure says, in words fit for a log line and a dead letter's reason: never the
 * exception's message, which may quote the message's content, except a permanent refusal's, which
 * its contract keeps free of personal data. Text from the other side is cut short and stripped of
 * control and direction characters.
 */
final class DeliveryFailures {

    private static final int MAX_REFUSAL_LENGTH = 300;

    private DeliveryFailures() {
    }

    /** The permanent refusal among {@code failure} and its causes, or null when it is not one. */
    static PermanentDeliveryException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PermanentDeliveryException refusal) {
                return refusal;
            }
            if (cause.getCause() == cause) {
                return null;
            }
        }
        return null;
    }

    /** A permanent refusal: its reason code and its description. */
    static String describeRefusal(PermanentDeliveryException refusal) {
        String text = "refused: " + refusal.reason()
                + (refusal.getMessage() == null ? "" : " " + refusal.getMessage());
        return clean(text);
    }

    /** A failure that may pass: its code or class, and for a host part's failure the class of its cause. */
    static String describe(RuntimeException failure) {
        if (failure instanceof HostPartException hostPart && hostPart.getCause() != null) {
            return hostPart.code() + " " + hostPart.getCause().getClass().getSimpleName();
        }
        return failure instanceof CaseloadException known ? known.code().name() : failure.getClass().getSimpleName();
    }

    private static String clean(String text) {
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), MAX_REFUSAL_LENGTH + 1));
        text.codePoints().forEach(c -> cleaned.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c));
        return cleaned.length() <= MAX_REFUSAL_LENGTH ? cleaned.toString()
                : cleaned.substring(0, MAX_REFUSAL_LENGTH) + "…";
    }
}
