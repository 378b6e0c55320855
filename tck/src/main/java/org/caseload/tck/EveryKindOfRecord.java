// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.List;
import java.util.Set;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.tickets.TicketNoteRecord;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;

/** One new record of every kind, written in one unit of work, and checks that it stayed or went. */
record EveryKindOfRecord(ClientRecord client, String matchKey, TicketRecord ticket, TicketNoteRecord note,
                         AuditEntry auditEntry, OutboxMessage message) {

    static EveryKindOfRecord create() {
        String org = unique("org");
        String matchKey = unique("key");
        TicketRecord ticket = TckFixtures.ticket(org, TicketStatus.SUBMITTED, at(0));
        return new EveryKindOfRecord(TckFixtures.client(org, matchKey), matchKey, ticket,
                TckFixtures.note(ticket.id(), at(1)), TckFixtures.auditEntry(org, unique("user"), ticket.id(), at(2)),
                TckFixtures.message(unique("topic"), at(3)));
    }

    void writeTo(StorageSession session) {
        session.clients().insert(client);
        session.tickets().insert(ticket);
        session.tickets().addNote(note);
        session.audit().append(auditEntry);
        session.outbox().append(message);
    }

    void assertPresentIn(Storage storage) {
        inUnit(storage, session -> {
            assertThat(session.clients().findById(client.id())).contains(client);
            assertThat(findByMatchKey(session)).containsExactly(client);
            assertThat(session.tickets().findById(ticket.id())).contains(ticket);
            assertThat(session.tickets().find(ticketsOfOrganization())).containsExactly(ticket);
            assertThat(session.tickets().notes(ticket.id())).containsExactly(note);
            assertThat(session.audit().find(auditOfOrganization())).containsExactly(auditEntry);
            assertThat(session.outbox().findById(message.id())).contains(message);
        });
    }

    void assertAbsentFrom(Storage storage) {
        inUnit(storage, session -> {
            assertThat(session.clients().findById(client.id())).isEmpty();
            assertThat(findByMatchKey(session)).isEmpty();
            assertThat(session.tickets().findById(ticket.id())).isEmpty();
            assertThat(session.tickets().find(ticketsOfOrganization())).isEmpty();
            assertThat(session.tickets().notes(ticket.id())).isEmpty();
            assertThat(session.audit().find(auditOfOrganization())).isEmpty();
            assertThat(session.outbox().findById(message.id())).isEmpty();
            assertThat(session.outbox().claimDue(Set.of(message.topic()), at(1_000), at(2_000), 10)).isEmpty();
        });
    }

    private List<ClientRecord> findByMatchKey(StorageSession session) {
        return session.clients().findByMatchKeys(new MatchKeyQuery(Set.of(matchKey), Set.of(), 10));
    }

    private TicketQuery ticketsOfOrganization() {
        return new TicketQuery(ticket.organizationId(), Set.of(), 0, 10);
    }

    private AuditQuery auditOfOrganization() {
        return AuditQuery.forOrganization(auditEntry.organizationId(), 10);
    }
}
