// SPDX-License-Identifier: Apache-2.0
package org.caseload.http.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.storage.Storage;

/**
 * Which message ids a receiving endpoint has accepted: those it accepted itself within twice the
 * window (in memory), and those in the receiving side's inbox ({@code ReceivedMessageStore}), which
 * every node of a deployment shares and which is kept at least as long as the window
 * ({@code RetentionPolicy}). Thread-safe.
 */
public final class ReplayGuard {

    private static final int PURGE_ABOVE = 10_000;

    private final Storage storage;
    private final Duration window;
    private final Map<String, Instant> accepted = new ConcurrentHashMap<>();

    public ReplayGuard(Storage storage, Duration window) {
        this.storage = storage;
        this.window = window;
    }

    /** Whether the message id was accepted before. */
    public boolean seen(String messageId, Instant now) {
        Instant until = accepted.get(messageId);
        if (until != null && until.isAfter(now)) {
            return true;
        }
        try {
            return storage.inTransaction(session -> session.receivedMessages().find(messageId).isPresent());
        } catch (ConfigurationException noInbox) {
            // A runtime without ticketing's inbox: the ids this endpoint accepted are all it knows.
            return false;
        }
    }

    /** Notes that the message id was accepted now. */
    public void accepted(String messageId, Instant now) {
        if (accepted.size() > PURGE_ABOVE) {
            accepted.values().removeIf(until -> !until.isAfter(now));
        }
        accepted.put(messageId, now.plus(window).plus(window));
    }
}
