// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.note;
import static org.caseload.tck.TckFixtures.ticket;
import static org.caseload.tck.TckFixtures.unique;

import java.util.function.Consumer;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.desk.DeskAttachmentRecord;
import org.caseload.spi.storage.desk.DeskTicketRecord;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord;
import org.caseload.spi.storage.messaging.ReceivedMessageRecord.State;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketScreenshotRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.tck.DeskStoreContract;
import org.junit.jupiter.api.Test;

/** In a reading unit, the in-memory stores of ticketing refuse every write before changing anything. */
class TicketingReadingUnitsTest {

    private final InMemoryStorage storage = new InMemoryStorage();

    @Test
    void everyKindOfTicketingWriteIsRefusedInAReadingUnitAndChangesNothing() {
        String org = unique("org");
        TicketRecord ticket = storage.inTransaction(session ->
                session.tickets().insert(ticket(org, TicketStatus.SUBMITTED, at(1))));
        DeskTicketRecord deskTicket = storage.inTransaction(session ->
                session.deskTickets().insert(DeskStoreContract.deskTicket(at(1))));
        DeskAttachmentRecord attachment = new DeskAttachmentRecord(deskTicket.id(), "image/png", new byte[] {1});
        ReceivedMessageRecord received = new ReceivedMessageRecord(unique("m"), unique("stream"), 1, State.BUFFERED,
                "{}", at(1));
        String stream = unique("stream");
        inUnit(storage, session -> {
            session.deskTickets().putAttachment(attachment);
            session.receivedMessages().add(received);
            session.supportSequences().next(stream);
        });

        assertRefused(session -> session.tickets().insert(ticket(org, TicketStatus.SUBMITTED, at(2))));
        assertRefused(session -> session.tickets().update(ticket));
        assertRefused(session -> session.tickets().addNote(note(ticket.id(), at(2))));
        assertRefused(session -> session.tickets().putScreenshot(new TicketScreenshotRecord(ticket.id(),
                "image/png", new byte[] {1})));
        assertRefused(session -> session.deskTickets().putAttachment(new DeskAttachmentRecord(deskTicket.id(),
                "image/jpeg", new byte[] {2})));
        assertRefused(session -> session.deskTickets().putNoteAttachment(unique("note"), attachment));
        assertRefused(session -> session.receivedMessages().markApplied(received.messageId()));
        assertRefused(session -> session.receivedMessages().add(new ReceivedMessageRecord(unique("m"), stream, 2,
                State.BUFFERED, "{}", at(2))));
        assertRefused(session -> session.supportSequences().next(stream));
        assertRefused(session -> session.supportSequences().markApplied(stream, 1));

        inUnit(storage, session -> {
            assertThat(session.tickets().findById(ticket.id())).contains(ticket);
            assertThat(session.tickets().notes(ticket.id())).isEmpty();
            assertThat(session.tickets().screenshot(ticket.id())).isEmpty();
            assertThat(session.deskTickets().attachment(deskTicket.id())).containsSame(attachment);
            assertThat(session.receivedMessages().find(received.messageId())).contains(received);
            assertThat(session.supportSequences().applied(stream)).isZero();
            assertThat(session.supportSequences().next(stream)).isEqualTo(2);
        });
    }

    private void assertRefused(Consumer<StorageSession> write) {
        assertThatThrownBy(() -> storage.inReadingTransaction(session -> {
            write.accept(session);
            return null;
        })).isInstanceOf(StorageException.class).hasMessageContaining("reading unit of work may not write");
    }
}
