// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.security;

/**
 * What a key is for. Each purpose has keys of its own, so that a key leaked or rotated for one
 * purpose leaves the others as they were.
 */
public enum KeyPurpose {
    /** AES-GCM encryption of sensitive fields at rest (SSNs, fields a form marks sensitive). */
    FIELD_ENCRYPTION,
    /** HMAC-SHA256 of the SSN match keys, so that stored keys cannot be reversed by guessing. */
    MATCH_KEY_DIGEST,
    /** AES-GCM encryption of the shared secrets that sign messages to and from the vendor's desk. */
    CHANNEL_SECRET_ENCRYPTION
}
