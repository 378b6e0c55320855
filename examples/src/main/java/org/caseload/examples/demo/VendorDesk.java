// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import java.util.ArrayList;
import java.util.List;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.support.SupportMessage;

/**
 * The vendor's support desk as the demo sees it: a {@link SupportChannel} that takes escalations
 * in. A real host sends them over HTTPS or a queue; the demo keeps them in a list.
 */
final class VendorDesk implements SupportChannel {

    private final List<SupportMessage.Escalation> received = new ArrayList<>();
    private SupportChannel onward;

    @Override
    public synchronized void send(SupportMessage message) {
        if (onward != null) {
            onward.send(message);
        }
        if (message instanceof SupportMessage.Escalation escalation) {
            received.add(escalation);
        }
    }

    /** From now on, also hands every message to {@code channel} (the vendor's desk); null stops it. */
    synchronized void forwardTo(SupportChannel channel) {
        this.onward = channel;
    }

    synchronized List<SupportMessage.Escalation> received() {
        return List.copyOf(received);
    }
}
