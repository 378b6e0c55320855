// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Notifier;

/** A notifier that records what it is offered and what it takes, and can fail on demand. */
final class RecordingNotifier implements Notifier {

    private final List<Notification> offered = new CopyOnWriteArrayList<>();
    private final List<Notification> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    /** Fails the next {@code count} notifications, as an unreachable mail server would. */
    void failNext(int count) {
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

    List<Notification> offered() {
        return List.copyOf(offered);
    }

    List<Notification> delivered() {
        return List.copyOf(delivered);
    }
}
