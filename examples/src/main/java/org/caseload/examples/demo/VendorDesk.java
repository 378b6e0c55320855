// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.support.SupportMessage;

/**
 * The shelter's way to the vendor's support desk, as the demo builds it: the shelter's ticketing
 * is made before the desk listens, so its channel hands each message to the desk's HTTP channel
 * once the escalation chapter connects it. Until then a message cannot leave: the send fails and
 * the outbox keeps it for a later attempt.
 */
final class VendorDesk implements SupportChannel {

    private SupportChannel onward;

    @Override
    public void send(SupportMessage message) {
        SupportChannel desk;
        synchronized (this) {
            desk = onward;
        }
        if (desk == null) {
            throw new IllegalStateException("no support desk is connected yet; message " + message.messageId()
                    + " stays in the outbox");
        }
        desk.send(message);
    }

    /** From now on, hands every message to {@code channel} (the vendor's desk); null disconnects it. */
    synchronized void forwardTo(SupportChannel channel) {
        this.onward = channel;
    }
}
