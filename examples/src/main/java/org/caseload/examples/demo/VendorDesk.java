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

    @Override
    public synchronized void send(SupportMessage message) {
        if (message instanceof SupportMessage.Escalation escalation) {
            received.add(escalation);
        }
    }

    synchronized List<SupportMessage.Escalation> received() {
        return List.copyOf(received);
    }
}
