package org.caseload.ticketing;

import java.util.Map;
import org.caseload.core.Caseload;
import org.caseload.core.Kernel;
import org.caseload.core.outbox.OutboxDispatcher;
import org.caseload.core.outbox.RetryPolicy;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.support.SupportChannel;
import org.caseload.ticketing.internal.DefaultTicketService;
import org.caseload.ticketing.internal.EscalationCodec;
import org.caseload.ticketing.internal.EscalationDelivery;

/**
 * The ticketing module of one {@link Caseload} runtime: the {@link TicketService}, and delivery of
 * escalations to the vendor through the host's {@link SupportChannel}.
 *
 * <pre>{@code
 * Ticketing ticketing = Ticketing.create(caseload, supportChannel);
 * TicketService tickets = ticketing.tickets();
 * // periodically, from a scheduler of the host's choosing:
 * ticketing.deliverPending();
 * }</pre>
 *
 * Immutable and thread-safe; create one per runtime.
 */
public final class Ticketing {

    private final TicketService tickets;
    private final OutboxDispatcher escalations;

    private Ticketing(TicketService tickets, OutboxDispatcher escalations) {
        this.tickets = tickets;
        this.escalations = escalations;
    }

    /**
     * Creates the ticketing module over a runtime.
     *
     * @param caseload the runtime whose storage, identity, clock and ids the module uses
     * @param channel  carries escalations to the vendor's support desk
     * @throws ConfigurationException naming the argument that is null
     */
    public static Ticketing create(Caseload caseload, SupportChannel channel) {
        if (caseload == null) {
            throw new ConfigurationException("caseload must not be null");
        }
        if (channel == null) {
            throw new ConfigurationException("channel must not be null: pass the host's SupportChannel");
        }
        Kernel kernel = caseload.kernel();
        EscalationCodec codec = new EscalationCodec();
        OutboxDispatcher escalations = new OutboxDispatcher(kernel.storage(), kernel.clock(),
                Map.of(EscalationDelivery.TOPIC, new EscalationDelivery(codec, channel)), RetryPolicy.defaults());
        return new Ticketing(new DefaultTicketService(kernel, codec), escalations);
    }

    /** Submitting, reading, escalating tickets and applying the vendor's messages. */
    public TicketService tickets() {
        return tickets;
    }

    /**
     * Sends every escalation that is due through the support channel. A message the channel
     * refuses (by throwing) stays queued and is retried later with backoff; nothing is lost, and a
     * message may reach the channel more than once. Safe to call from several threads or nodes.
     *
     * @return how many messages the channel accepted
     */
    public int deliverPending() {
        return escalations.dispatchAll();
    }
}
