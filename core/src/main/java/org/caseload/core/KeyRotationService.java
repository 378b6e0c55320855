// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

/**
 * Moves what is stored under older keys to the current ones, after the host made a new key
 * current in its {@code KeyProvider}: SSNs and sensitive form values are sealed again, SSN match
 * keys digested again. Obtained from {@code Caseload.keyRotation()}; thread-safe.
 *
 * <p>A run walks every client of every organization in id order, and each client's enrollments
 * with it, and rewrites, each in a unit of work of its own and checked by version, the clients and
 * enrollments that have anything under a key that is not current (or stored before encryption).
 * It is therefore
 * <ul>
 * <li><b>resumable</b>: a run that was cancelled or failed leaves every record either rotated or
 *     not; the next run finds what is left;
 * <li><b>safe on several nodes at once</b>: a record rewritten by another node (or changed by a
 *     user) meanwhile fails the version check, is read again and is found current or rewritten;
 * <li><b>safe while the service runs</b>: lookups search every readable key id (see
 *     {@code KeyProvider.readableKeyIds}), so matching keeps finding clients not yet rotated.
 * </ul>
 * When a run reports no client and no enrollment rewritten and is not cancelled, every record is
 * under the current keys and the host may retire the older ones. A rotated record keeps its
 * {@code updatedAt}; its version grows by one, so an edit begun before the rotation must be read
 * again.
 */
public interface KeyRotationService {

    /**
     * Runs a rotation on the calling thread.
     *
     * @return the counts of what was done; {@code cancelled} when it stopped early
     * @throws org.caseload.spi.error.AccessDeniedException without {@code system.admin}
     * @throws org.caseload.spi.error.CaseloadException {@code ENCRYPTION_KEY_UNAVAILABLE} when a
     *         stored value names a key the provider no longer holds (the clients before it are
     *         rotated); {@code SEALED_VALUE_UNREADABLE} when a stored value was altered
     */
    KeyRotationResult rotate(RotateKeys command);
}
