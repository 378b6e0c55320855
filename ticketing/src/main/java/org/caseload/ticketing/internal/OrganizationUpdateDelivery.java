// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Objects;
import org.caseload.core.outbox.OutboxHandler;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.support.SupportChannel;

/**
 * Sends an organization's queued updates to escalated tickets (replies, shared notes, withdrawals,
 * local resolutions) to the vendor through the host's {@link SupportChannel}. They share the
 * escalations' dispatcher, so a ticket's escalation and its updates leave in the order they were
 * made. Thread-safe when the channel is.
 */
public final class OrganizationUpdateDelivery implements OutboxHandler {

    /** The outbox topic of the organization's updates to escalated tickets. */
    public static final String TOPIC = "support.organizationUpdate";

    private final OrganizationUpdateCodec codec;
    private final SupportChannel channel;

    public OrganizationUpdateDelivery(OrganizationUpdateCodec codec, SupportChannel channel) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    @Override
    public void deliver(OutboxMessage message) {
        channel.send(codec.read(message.id(), message.payload()));
    }
}
