// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import java.util.ArrayList;
import java.util.List;
import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Notifier;
import org.caseload.spi.ui.Recipient;

/**
 * The demo host's notifications: a {@link Notifier} that keeps what it is given until the story
 * tells it. A real host sends e-mail or shows an in-app message, and resolves a
 * {@link Recipient.PermissionHolders} to its users. Thread-safe.
 */
final class DemoNotifier implements Notifier {

    private final List<Notification> sent = new ArrayList<>();

    @Override
    public synchronized void send(Notification notification) {
        sent.add(notification);
    }

    /** The notifications sent since the last call, each as one line: to whom, and its subject. */
    synchronized List<String> drain() {
        List<String> lines = sent.stream().map(DemoNotifier::describe).toList();
        sent.clear();
        return lines;
    }

    private static String describe(Notification notification) {
        String to = notification.recipient() instanceof Recipient.User user
                ? user.userId()
                : "every " + ((Recipient.PermissionHolders) notification.recipient()).permissionKey() + " holder of "
                        + ((Recipient.PermissionHolders) notification.recipient()).organizationId();
        return "to " + to + ": \"" + notification.subject() + "\"";
    }
}
