// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

/**
 * Why a receiving endpoint refused a request: the stable {@code code} of the JSON error body, with
 * the HTTP status it is answered with. The names are part of the published wire format
 * ({@code docs/wire/README.md}): never renamed or reused for another meaning.
 */
public enum WireError {
    /** The body is not JSON, or a field is missing or of the wrong shape. */
    MALFORMED_MESSAGE(400),
    /** The envelope's {@code version} is not one this side reads. */
    UNSUPPORTED_VERSION(400),
    /** The envelope's {@code type} is not a known message type. */
    UNKNOWN_TYPE(400),
    /** A known message that does not travel in this direction (a vendor update sent to the desk). */
    NOT_ACCEPTED_HERE(400),
    /** The signed message id header and the body's {@code messageId} differ. */
    MESSAGE_ID_MISMATCH(400),
    /** A signature header is missing or not in its documented form. */
    SIGNATURE_MISSING(401),
    /** The signature does not verify, or names a credential that is unknown or revoked. */
    SIGNATURE_INVALID(401),
    /** The signed timestamp is outside the receiver's window. */
    SIGNATURE_EXPIRED(401),
    /**
     * The message id was already accepted: a repeat. A sender that signed it itself takes this as
     * an acceptance (the message arrived earlier, its acknowledgement was lost).
     */
    REPLAYED(401),
    /** The message speaks for another organization than the one its credential names. */
    ORGANIZATION_MISMATCH(403),
    /** Nothing is mounted at this path. */
    NOT_FOUND(404),
    /** Only {@code POST} is accepted. */
    METHOD_NOT_ALLOWED(405),
    /** The body is larger than the receiver accepts. */
    BODY_TOO_LARGE(413),
    /** The receiving service refused the message for good (it breaks a rule, names an unknown ticket). */
    MESSAGE_REFUSED(422),
    /** The receiver failed for now; send again later. */
    RECEIVER_FAILED(500),
    /** The receiver is busy (a concurrent change, a storage failure); send again later. */
    RETRY_LATER(503);

    private final int status;

    WireError(int status) {
        this.status = status;
    }

    /** The HTTP status the error is answered with. */
    public int status() {
        return status;
    }
}
