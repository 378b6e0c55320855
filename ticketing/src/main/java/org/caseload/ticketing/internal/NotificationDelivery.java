// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Objects;
import org.caseload.core.outbox.OutboxHandler;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.ui.Notifier;

/**
 * Hands queued ticket notifications to the host's {@link Notifier}. Returns normally when the
 * notifier took the notification and throws when it did not (or the payload is unreadable), so the
 * dispatcher retries. Thread-safe when the notifier is.
 */
public final class NotificationDelivery implements OutboxHandler {

    /** The outbox topic of ticket notifications. */
    public static final String TOPIC = "ticket.notification";

    private final NotificationCodec codec;
    private final Notifier notifier;

    public NotificationDelivery(NotificationCodec codec, Notifier notifier) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    @Override
    public void deliver(OutboxMessage message) {
        notifier.send(codec.read(message.id(), message.payload()));
    }
}
