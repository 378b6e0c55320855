// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Objects;
import org.caseload.core.outbox.OutboxHandler;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.support.SupportChannel;

/**
 * Sends queued escalations to the vendor through the host's {@link SupportChannel}. Returns
 * normally when the channel accepted the message and throws when it did not (or the payload is
 * unreadable), so the dispatcher retries. Thread-safe when the channel is.
 */
public final class EscalationDelivery implements OutboxHandler {

    /** The outbox topic of escalations to the vendor. */
    public static final String TOPIC = "support.escalation";

    private final EscalationCodec codec;
    private final SupportChannel channel;

    public EscalationDelivery(EscalationCodec codec, SupportChannel channel) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    @Override
    public void deliver(OutboxMessage message) {
        channel.send(codec.read(message.id(), message.payload()));
    }
}
