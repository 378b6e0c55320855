// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.memory;

import org.caseload.core.memory.MemoryStoreProvider;
import org.caseload.core.memory.MemoryStores;
import org.caseload.spi.storage.desk.DeskHistoryStore;
import org.caseload.spi.storage.desk.DeskTicketStore;
import org.caseload.spi.storage.messaging.ReceivedMessageStore;
import org.caseload.spi.storage.messaging.SupportSequenceStore;
import org.caseload.spi.storage.tickets.SlaClockStore;
import org.caseload.spi.storage.tickets.TicketHistoryStore;
import org.caseload.spi.storage.tickets.TicketStore;

/** Ticketing's in-memory stores: tickets and their history, SLA clocks, the vendor's desk and the support link. */
public final class TicketingMemoryStores implements MemoryStoreProvider {

    @Override
    public void contribute(MemoryStores stores) {
        MemoryTicketStore tickets = new MemoryTicketStore();
        MemorySlaClockStore slaClocks = new MemorySlaClockStore();
        MemoryDeskTicketStore deskTickets = new MemoryDeskTicketStore(slaClocks::runsDueBefore);
        stores.add(TicketStore.class, tickets::bind);
        stores.add(TicketHistoryStore.class, new MemoryTicketHistoryStore(tickets::contains)::bind);
        stores.add(SlaClockStore.class, slaClocks::bind);
        stores.add(DeskTicketStore.class, deskTickets::bind);
        stores.add(DeskHistoryStore.class, new MemoryDeskHistoryStore(deskTickets::contains)::bind);
        stores.add(ReceivedMessageStore.class, new MemoryReceivedMessageStore()::bind);
        stores.add(SupportSequenceStore.class, new MemorySupportSequenceStore()::bind);
    }
}
