// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.support.SupportMessage;

/**
 * A support channel that keeps every message it is offered and every one it accepts, and refuses
 * on demand as an unreachable support desk would ({@link #refuseNext}). It delivers nothing: to
 * join an organization's runtime to a vendor's, use the ticketing module's
 * {@code InMemorySupportChannel}. Thread-safe.
 */
public final class RecordingSupportChannel implements SupportChannel {

    private final List<SupportMessage> offered = new CopyOnWriteArrayList<>();
    private final List<SupportMessage> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger();

    /** A channel that has recorded nothing and refuses nothing yet. */
    public RecordingSupportChannel() {
    }

    /** Refuses the next {@code count} messages with an {@link IllegalStateException}. */
    public void refuseNext(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a channel refuses zero or more times, not " + count);
        }
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

    /** Every message sent through this channel, refused ones included, in order. */
    public List<SupportMessage> offered() {
        return List.copyOf(offered);
    }

    /** The messages this channel accepted, in order. */
    public List<SupportMessage> accepted() {
        return List.copyOf(accepted);
    }
}
