// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.util.List;
import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Notifier;

/**
 * A notifier that keeps every notification it is offered and every one it takes, and fails on
 * demand as an unreachable mail server would ({@link #failNext}). Thread-safe.
 */
public final class RecordingNotifier implements Notifier {

    private final Recorder<Notification> recorder = new Recorder<>();

    /** A notifier that has recorded nothing and fails nothing yet. */
    public RecordingNotifier() {
    }

    /** Fails the next {@code count} notifications with an {@link IllegalStateException}. */
    public void failNext(int count) {
        recorder.failNext(count, "notifier");
    }

    @Override
    public void send(Notification notification) {
        recorder.offer(notification, "the mail server is unreachable");
    }

    /** Every notification sent to this notifier, failed ones included, in order. */
    public List<Notification> offered() {
        return recorder.offered();
    }

    /** The notifications this notifier took, in order. */
    public List<Notification> delivered() {
        return recorder.taken();
    }
}
