// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.ui;

/**
 * Delivers user-facing notifications (e-mail, in-app messages, push) on Caseload's behalf.
 * <b>Implemented by the host</b>, which knows its users' addresses and channels.
 *
 * <p>Contract: thread-safe. Called by a dispatcher outside any transaction, at least once per
 * notification (the same {@link Notification#id()} may arrive again after a failure; a host that
 * must not repeat itself deduplicates by id). Throwing any runtime exception means "not
 * delivered": the notification is retried later, nothing is lost. Never receives null.
 */
@FunctionalInterface
public interface Notifier {

    /** Delivers one notification or throws. */
    void send(Notification notification);

    /** A notifier that drops everything, for hosts without notifications. */
    static Notifier none() {
        return notification -> { };
    }
}
