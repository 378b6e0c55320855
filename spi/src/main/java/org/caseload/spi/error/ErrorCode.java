// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

/**
 * Stable, machine-readable codes of {@link CaseloadException}. The enum constant names are part of
 * the public contract: hosts may persist them, map them to HTTP statuses or log them. A constant is
 * never renamed or reused for another meaning.
 */
public enum ErrorCode {
    /** A command or value broke a rule; see {@link ValidationException#violations()}. */
    VALIDATION_FAILED,
    /** The record does not exist, or the caller may not know that it exists. */
    NOT_FOUND,
    /** The caller lacks the permission for the operation, or no caller is authenticated. */
    ACCESS_DENIED,
    /** The record changed since the caller read it (optimistic locking). */
    CONCURRENT_MODIFICATION,
    /** The operation is not allowed in the record's current state. */
    INVALID_TRANSITION,
    /** The storage failed: a constraint, a lost connection, an unexpected database error. */
    STORAGE_FAILURE,
    /** The runtime was assembled from missing or inconsistent parts. */
    INVALID_CONFIGURATION,
    /**
     * Registering would create a probable duplicate of a client the caller may see; nothing was
     * created. The caller reviews the candidates and registers again, confirming.
     */
    PROBABLE_DUPLICATE,
    /** The host's {@code IdentityProvider} threw or broke its contract; see {@link HostPartException}. */
    IDENTITY_PROVIDER_FAILED,
    /** The host's {@code FormProvider} threw or broke its contract; see {@link HostPartException}. */
    FORM_PROVIDER_FAILED,
    /** The host's {@code Notifier} refused a notification; it is retried later. */
    NOTIFIER_FAILED,
    /** The host's {@code SupportChannel} refused a message; it is retried later. */
    SUPPORT_CHANNEL_FAILED,
    /** The {@code HelpContentSource} threw something other than a {@link ConfigurationException}. */
    HELP_CONTENT_SOURCE_FAILED,
    /**
     * The {@code Storage} or one of its stores threw something other than a {@link CaseloadException}
     * (an adapter that lets its driver's exception through).
     */
    STORAGE_ADAPTER_FAILED,
    /**
     * A message from the other side of the support channel was refused before it reached a service:
     * malformed, of an unknown version or type, unsigned, badly signed, expired, replayed, too large,
     * or speaking for another organization than its credential's. The wire error code says which
     * ({@code docs/wire/README.md}).
     */
    MESSAGE_REFUSED,
    /**
     * A support message names a ticket that was never escalated, or an escalation round the ticket
     * has not reached. The message can never be applied: its sender should not send it again.
     */
    SUPPORT_TICKET_NOT_ESCALATED,
    /**
     * A value stored encrypted (an SSN, a field a form marks sensitive) cannot be read: it is
     * malformed, was altered, or was copied from another record or field. The message names the
     * record and field, never the value.
     */
    SEALED_VALUE_UNREADABLE,
    /**
     * The host's {@code KeyProvider} holds no key with the id a stored value names, or failed to
     * supply a key: the value cannot be read or written until the key is supplied again.
     */
    ENCRYPTION_KEY_UNAVAILABLE,
    /**
     * A data file handed to the library to read (a HUD HMIS CSV export) cannot be read as its format
     * says: an unknown or missing column, broken quoting, a version that cannot be told. The message
     * names the file, and the line and column where there is one, never a value read from the file.
     */
    INVALID_DATA_FILE
}
