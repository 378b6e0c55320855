// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Objects;
import org.caseload.core.internal.Kernel;
import org.caseload.core.outbox.DeadLetter;
import org.caseload.core.outbox.StuckDeliveryListener;

/**
 * Tells of a dead message to the vendor: the administrators of the ticket's organization through a
 * queued notification (delivered through the notifier like every ticket notification), then the
 * host's listener, which hears of it even when the notification could not be queued.
 */
public final class StuckEscalationAlerts implements StuckDeliveryListener {

    private final Kernel kernel;
    private final TicketNotifications notifications;
    private final StuckDeliveryListener host;

    public StuckEscalationAlerts(Kernel kernel, TicketNotifications notifications, StuckDeliveryListener host) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    public void stuck(DeadLetter letter) {
        try {
            kernel.storage().inTransaction(session -> {
                session.tickets().findById(letter.aggregateId()).ifPresent(ticket -> notifications.deliveryStuck(
                        session, kernel.ids().newId(), kernel.clock().instant(), ticket, letter));
                return null;
            });
        } finally {
            host.stuck(letter);
        }
    }
}
