// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.util.List;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.support.SupportMessage;

/**
 * A support channel that keeps every message it is offered and every one it accepts, and refuses
 * on demand as an unreachable support desk would ({@link #refuseNext}). It delivers nothing: to
 * join an organization's runtime to a vendor's, use the ticketing module's
 * {@code InMemorySupportChannel}. Thread-safe.
 */
public final class RecordingSupportChannel implements SupportChannel {

    private final Recorder<SupportMessage> recorder = new Recorder<>();

    /** A channel that has recorded nothing and refuses nothing yet. */
    public RecordingSupportChannel() {
    }

    /** Refuses the next {@code count} messages with an {@link IllegalStateException}. */
    public void refuseNext(int count) {
        recorder.failNext(count, "channel");
    }

    @Override
    public void send(SupportMessage message) {
        recorder.offer(message, "the support desk is unreachable");
    }

    /** Every message sent through this channel, refused ones included, in order. */
    public List<SupportMessage> offered() {
        return recorder.offered();
    }

    /** The messages this channel accepted, in order. */
    public List<SupportMessage> accepted() {
        return recorder.taken();
    }
}
