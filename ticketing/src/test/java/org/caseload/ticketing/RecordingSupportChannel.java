// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.support.SupportMessage;

/** A support channel that records what it is offered and what it accepts, and can refuse on demand. */
final class RecordingSupportChannel implements SupportChannel {

    private final List<SupportMessage> offered = new CopyOnWriteArrayList<>();
    private final List<SupportMessage> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger();

    /** Refuses the next {@code count} messages, as an unreachable support desk would. */
    void refuseNext(int count) {
        refusalsLeft.set(count);
    }

    @Override
    public void send(SupportMessage message) {
        offered.add(message);
        if (refusalsLeft.getAndUpdate(left -> Math.max(left - 1, 0)) > 0) {
            throw new IllegalStateException("the support desk is unreachable");
        }
        accepted.add(message);
    }

    List<SupportMessage> offered() {
        return List.copyOf(offered);
    }

    List<SupportMessage> accepted() {
        return List.copyOf(accepted);
    }
}
