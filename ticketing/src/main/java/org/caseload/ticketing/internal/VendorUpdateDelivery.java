// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Objects;
import org.caseload.core.outbox.OutboxHandler;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.support.SupportChannel;

/**
 * Sends the desk's queued updates (shared notes, status changes) to the organizations through the
 * vendor's {@link SupportChannel}; throws when the channel did not accept one, so the dispatcher
 * retries. Thread-safe when the channel is.
 */
public final class VendorUpdateDelivery implements OutboxHandler {

    /** The outbox topic of updates to organizations. */
    public static final String TOPIC = "support.update";

    private final VendorUpdateCodec codec;
    private final SupportChannel channel;

    public VendorUpdateDelivery(VendorUpdateCodec codec, SupportChannel channel) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    @Override
    public void deliver(OutboxMessage message) {
        channel.send(codec.read(message.id(), message.payload()));
    }
}
