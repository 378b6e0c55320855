// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Notifier;

/**
 * A notifier that keeps every notification it is offered and every one it takes, and fails on
 * demand as an unreachable mail server would ({@link #failNext}). Thread-safe.
 */
public final class RecordingNotifier implements Notifier {

    private final List<Notification> offered = new CopyOnWriteArrayList<>();
    private final List<Notification> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    /** A notifier that has recorded nothing and fails nothing yet. */
    public RecordingNotifier() {
    }

    /** Fails the next {@code count} notifications with an {@link IllegalStateException}. */
    public void failNext(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a notifier fails zero or more times, not " + count);
        }
        failuresLeft.set(count);
    }

    @Override
    public void send(Notification notification) {
        offered.add(notification);
        if (failuresLeft.getAndUpdate(left -> Math.max(left - 1, 0)) > 0) {
            throw new IllegalStateException("the mail server is unreachable");
        }
        delivered.add(notification);
    }

    /** Every notification sent to this notifier, failed ones included, in order. */
    public List<Notification> offered() {
        return List.copyOf(offered);
    }

    /** The notifications this notifier took, in order. */
    public List<Notification> delivered() {
        return List.copyOf(delivered);
    }
}
