// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.support.PermanentDeliveryException;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.support.SupportMessage;

/**
 * A {@link SupportChannel} in memory, joining the runtimes of one or more organizations to the
 * vendor's, for tests and demos. Give the same channel to every side's module ({@link Ticketing}
 * and {@link org.caseload.ticketing.desk.SupportDesk}); it routes escalations to the vendor's
 * endpoint and vendor updates to the endpoint of their organization. An endpoint is what the host
 * would run on receipt: typically a call of {@code receive} as the side's integration user.
 *
 * <p>It can misbehave on purpose, seeded and deterministic: with {@link Faults} it drops messages
 * (or their acknowledgements, so the receiver has the message but the sender retries), delivers
 * some twice, and holds some back, to deliver them after later messages (reorder) or only at
 * {@link #flush()} (delay). A message it held back was accepted: like a durable queue it keeps it,
 * and delivers it again at the next flush if its endpoint failed. A message its endpoint refuses
 * with {@link ErrorCode#SUPPORT_TICKET_NOT_ESCALATED} is refused for good: the sender gets a
 * {@link PermanentDeliveryException} with that code as its reason. Thread-safe.
 */
public final class InMemorySupportChannel implements SupportChannel {

    /**
     * How often each fault happens, each a probability from 0 to 1 per message sent, tried in this
     * order.
     *
     * @param drop      the message, or its acknowledgement, is lost: the sender is told it failed
     * @param duplicate the message arrives twice
     * @param reorder   the message is held back until after the next message sent
     * @param delay     the message is held back until {@link #flush()}
     */
    public record Faults(double drop, double duplicate, double reorder, double delay) {
        /** No fault at all. */
        public static final Faults NONE = new Faults(0, 0, 0, 0);

        public Faults {
            for (double p : new double[] {drop, duplicate, reorder, delay}) {
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("a fault probability must be between 0 and 1, was " + p);
                }
            }
        }
    }

    private final Faults faults;
    private final Random random;
    private final Map<String, SupportChannel> organizations = new HashMap<>();
    private final List<SupportMessage> reordered = new ArrayList<>();
    private final List<SupportMessage> delayed = new ArrayList<>();
    private SupportChannel vendor;

    private InMemorySupportChannel(Faults faults, long seed) {
        this.faults = Objects.requireNonNull(faults, "faults");
        this.random = new Random(seed);
    }

    /** A channel that delivers every message at once, exactly as sent. */
    public static InMemorySupportChannel reliable() {
        return new InMemorySupportChannel(Faults.NONE, 0);
    }

    /** A channel with these faults, drawn from a generator with this seed: the same seed, the same faults. */
    public static InMemorySupportChannel withFaults(Faults faults, long seed) {
        return new InMemorySupportChannel(faults, seed);
    }

    /** Where escalations go: the vendor's receiving side. */
    public synchronized InMemorySupportChannel connectVendor(SupportChannel endpoint) {
        this.vendor = Objects.requireNonNull(endpoint, "endpoint");
        return this;
    }

    /** Where the vendor's updates for {@code organizationId} go. */
    public synchronized InMemorySupportChannel connectOrganization(String organizationId, SupportChannel endpoint) {
        organizations.put(Objects.requireNonNull(organizationId, "organizationId"),
                Objects.requireNonNull(endpoint, "endpoint"));
        return this;
    }

    /**
     * Sends a message to its destination, or throws when it was (made to be) lost or the destination
     * refused it; the caller's dispatcher then retries.
     *
     * @throws IllegalStateException when the message was lost or its destination is not connected
     */
    @Override
    public synchronized void send(SupportMessage message) {
        Objects.requireNonNull(message, "message");
        List<SupportMessage> releasedAfter = new ArrayList<>(reordered);
        reordered.clear();
        try {
            if (chance(faults.drop())) {
                if (random.nextBoolean()) {
                    deliver(message);
                }
                throw new IllegalStateException("message " + message.messageId() + " or its acknowledgement was lost");
            }
            if (chance(faults.duplicate())) {
                deliver(message);
                deliver(message);
            } else if (chance(faults.reorder())) {
                reordered.add(message);
            } else if (chance(faults.delay())) {
                delayed.add(message);
            } else {
                deliver(message);
            }
        } finally {
            releaseAll(releasedAfter);
        }
    }

    /**
     * Delivers every message held back, in an order drawn from the seed. One whose endpoint fails
     * stays held for the next flush.
     *
     * @return how many were delivered
     */
    public synchronized int flush() {
        List<SupportMessage> held = new ArrayList<>(delayed);
        held.addAll(reordered);
        delayed.clear();
        reordered.clear();
        Collections.shuffle(held, random);
        return releaseAll(held);
    }

    /** How many accepted messages are held back, not yet delivered. */
    public synchronized int held() {
        return delayed.size() + reordered.size();
    }

    private int releaseAll(List<SupportMessage> messages) {
        int delivered = 0;
        for (SupportMessage message : messages) {
            try {
                deliver(message);
                delivered++;
            } catch (RuntimeException endpointFailed) {
                // Accepted earlier: kept, and tried again at the next flush.
                delayed.add(message);
            }
        }
        return delivered;
    }

    private boolean chance(double probability) {
        return probability > 0 && random.nextDouble() < probability;
    }

    private void deliver(SupportMessage message) {
        SupportChannel destination = message instanceof SupportMessage.Escalation
                || message instanceof SupportMessage.OrganizationUpdate
                ? vendor
                : organizations.get(message.organizationId());
        if (destination == null) {
            throw new IllegalStateException("no endpoint is connected for message " + message.messageId());
        }
        try {
            destination.send(message);
        } catch (CaseloadException refused) {
            if (refused.code() == ErrorCode.SUPPORT_TICKET_NOT_ESCALATED) {
                // The receiver can never apply it: a permanent refusal, as an HTTP 4xx would be.
                throw new PermanentDeliveryException(refused.code().name(), refused.getMessage(), refused);
            }
            throw refused;
        }
    }
}
