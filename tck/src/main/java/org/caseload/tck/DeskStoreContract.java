// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.desk.DeskAttachmentRecord;
import org.caseload.spi.storage.desk.DeskHistoryRecord;
import org.caseload.spi.storage.desk.DeskNoteRecord;
import org.caseload.spi.storage.desk.DeskTicketQuery;
import org.caseload.spi.storage.desk.DeskTicketRecord;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.SlaClockRecord;
import org.caseload.spi.storage.tickets.SlaMetric;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.desk.DeskTicketStore} and
 * {@link org.caseload.spi.storage.desk.DeskHistoryStore}: the vendor's desk tickets, one per
 * organization's ticket, versioned; their notes, screenshots and history in the order added.
 */
public interface DeskStoreContract {

    /** The storage under test: a new empty storage per call, or one cleaned between tests. */
    Storage storage();

    /** A new untriaged desk ticket of a fresh organization, received at {@code receivedAt}. */
    static DeskTicketRecord deskTicket(Instant receivedAt) {
        return new DeskTicketRecord(unique("desk"), unique("org"), unique("ticket"), "ISSUE",
                "Printing shows an empty page.", "client.intake", "Ada Administrator", null, DeskTicketStatus.NEW,
                null, null, null, null, null, null, null, null, receivedAt, receivedAt, 0);
    }

    private static DeskTicketRecord read(Storage storage, String id) {
        return find(storage, id).orElseThrow();
    }

    private static Optional<DeskTicketRecord> find(Storage storage, String id) {
        return storage.inTransaction(session -> session.deskTickets().findById(id));
    }

    private static Optional<DeskTicketRecord> findByTicket(Storage storage, String organizationId, String ticketId) {
        return storage.inTransaction(session -> session.deskTickets().findByTicket(organizationId, ticketId));
    }

    private static List<DeskNoteRecord> notes(Storage storage, String id) {
        return storage.inTransaction(session -> session.deskTickets().notes(id));
    }

    private static Optional<DeskAttachmentRecord> attachment(Storage storage, String id) {
        return storage.inTransaction(session -> session.deskTickets().attachment(id));
    }

    private static List<DeskHistoryRecord> history(Storage storage, String id) {
        return storage.inTransaction(session -> session.deskHistory().entries(id));
    }

    @Test
    default void aDeskTicketComesBackAsWrittenAndIsFoundByItsOrganizationsTicket() {
        Storage storage = storage();
        DeskTicketRecord ticket = deskTicket(at(0));

        DeskTicketRecord stored = storage.inTransaction(session -> session.deskTickets().insert(ticket));

        assertThat(stored).isEqualTo(ticket.withVersion(1));
        assertThat(read(storage, ticket.id())).isEqualTo(stored);
        assertThat(findByTicket(storage, ticket.organizationId(), ticket.ticketId())).contains(stored);
        assertThat(findByTicket(storage, unique("org"), ticket.ticketId())).isEmpty();
    }

    @Test
    default void aSecondDeskTicketForTheSameOrganizationsTicketIsRefused() {
        Storage storage = storage();
        DeskTicketRecord ticket = deskTicket(at(0));
        inUnit(storage, session -> session.deskTickets().insert(ticket));
        DeskTicketRecord twin = new DeskTicketRecord(unique("desk"), ticket.organizationId(), ticket.ticketId(),
                "ISSUE", "again", "s", "Ada", null, DeskTicketStatus.NEW, null, null, null, null, null, null, null,
                null, at(1), at(1), 0);

        assertThatThrownBy(() -> inUnit(storage, session -> session.deskTickets().insert(twin)))
                .isInstanceOf(StorageException.class);
        assertThat(find(storage, twin.id())).isEmpty();
    }

    @Test
    default void aDeskTicketUpdateKeepsEveryFieldAndChecksTheVersion() {
        Storage storage = storage();
        DeskTicketRecord stored = storage.inTransaction(session -> session.deskTickets().insert(deskTicket(at(0))));
        DeskTicketRecord triaged = stored.withTriage(2, "MEDIUM", "HIGH", "LOW", "MEDIUM", 2, "Tier 2", at(5))
                .withStatus(DeskTicketStatus.TRIAGED, at(5)).withResolution("Fixed in 4.2.2");

        DeskTicketRecord updated = storage.inTransaction(session -> session.deskTickets().update(triaged));

        assertThat(updated).isEqualTo(triaged.withVersion(2));
        assertThat(read(storage, stored.id())).isEqualTo(updated);
        assertThatThrownBy(() -> inUnit(storage, session -> session.deskTickets().update(triaged)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> inUnit(storage, session -> session.deskTickets().update(deskTicket(at(0)))))
                .isInstanceOf(NotFoundException.class);
        assertThat(read(storage, stored.id())).isEqualTo(updated);
    }

    @Test
    default void deskTicketsAreListedOldestFirstByStatusAndTier() {
        Storage storage = storage();
        // Far in the future, so that other tests' tickets sort before these.
        Instant base = at(3_000_000_000L + (long) (Math.random() * 1_000_000_000L));
        DeskTicketRecord newer = deskTicket(base.plusSeconds(2));
        DeskTicketRecord older = deskTicket(base.plusSeconds(1));
        DeskTicketRecord tierTwo = deskTicket(base.plusSeconds(3)).withTriage(3, "HIGH", "LOW", "LOW", "PLANNING",
                2, "Tier 2", base).withStatus(DeskTicketStatus.TRIAGED, base);
        inUnit(storage, session -> List.of(newer, older, tierTwo).forEach(session.deskTickets()::insert));

        List<String> fresh = storage.inTransaction(session -> session.deskTickets()
                .find(new DeskTicketQuery(DeskTicketStatus.NEW, null, 1000))).stream()
                .map(DeskTicketRecord::id).filter(id -> id.equals(newer.id()) || id.equals(older.id())).toList();
        List<String> second = storage.inTransaction(session -> session.deskTickets()
                .find(new DeskTicketQuery(null, 2, 1000))).stream().map(DeskTicketRecord::id).toList();

        assertThat(fresh).containsExactly(older.id(), newer.id());
        assertThat(second).contains(tierTwo.id()).doesNotContain(older.id(), newer.id());
    }

    @Test
    default void deskNotesComeBackInTheOrderAddedAndNeedTheirTicket() {
        Storage storage = storage();
        DeskTicketRecord ticket = deskTicket(at(0));
        DeskNoteRecord shared = new DeskNoteRecord(unique("note-b"), ticket.id(), "u-tier2", "Tier 2", true,
                "Fixed in 4.2.2.", at(20));
        DeskNoteRecord internal = new DeskNoteRecord(unique("note-a"), ticket.id(), "u-tier2", "Tier 2", false,
                "Template bug, see the build notes.", at(10));
        inUnit(storage, session -> {
            session.deskTickets().insert(ticket);
            session.deskTickets().addNote(shared);
            session.deskTickets().addNote(internal);
        });

        assertThat(notes(storage, ticket.id())).containsExactly(shared, internal);
        assertThatThrownBy(() -> inUnit(storage, session -> session.deskTickets().addNote(new DeskNoteRecord(
                unique("note"), unique("desk"), "u", "U", true, "x", at(0))))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inUnit(storage, session -> session.deskTickets().addNote(shared)))
                .isInstanceOf(StorageException.class);
    }

    @Test
    default void aDeskAttachmentComesBackByteForByteAndIsReplaced() {
        Storage storage = storage();
        DeskTicketRecord ticket = deskTicket(at(0));
        byte[] image = new byte[70_000];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 31);
        }
        DeskAttachmentRecord first = new DeskAttachmentRecord(ticket.id(), "image/png", image);
        DeskAttachmentRecord second = new DeskAttachmentRecord(ticket.id(), "image/jpeg", new byte[] {1, 2, 3});
        inUnit(storage, session -> {
            session.deskTickets().insert(ticket);
            session.deskTickets().putAttachment(first);
        });
        assertThat(attachment(storage, ticket.id())).contains(first);

        inUnit(storage, session -> session.deskTickets().putAttachment(second));

        assertThat(attachment(storage, ticket.id())).contains(second);
        assertThat(attachment(storage, unique("desk"))).isEmpty();
    }

    @Test
    default void deskHistoryComesBackInTheOrderAppendedAndRollsBack() {
        Storage storage = storage();
        DeskTicketRecord ticket = deskTicket(at(0));
        DeskHistoryRecord received = new DeskHistoryRecord(unique("h-c"), ticket.id(), at(9), "u-link", "Link",
                DeskHistoryRecord.Type.RECEIVED, null, DeskTicketStatus.NEW, null, null, null, null);
        DeskHistoryRecord moved = new DeskHistoryRecord(unique("h-a"), ticket.id(), at(1), "u-tier1", "Tier 1",
                DeskHistoryRecord.Type.TIER_CHANGED, null, null, 1, 2, "needs a developer", null);
        DeskHistoryRecord noted = new DeskHistoryRecord(unique("h-b"), ticket.id(), at(5), "u-tier2", "Tier 2",
                DeskHistoryRecord.Type.NOTE_ADDED, null, null, null, null, unique("note"), false);
        inUnit(storage, session -> {
            session.deskTickets().insert(ticket);
            session.deskHistory().append(received);
            session.deskHistory().append(moved);
        });
        inUnit(storage, session -> session.deskHistory().append(noted));
        inRolledBackUnit(storage, session -> session.deskHistory().append(new DeskHistoryRecord(unique("h"),
                ticket.id(), at(6), "u", "U", DeskHistoryRecord.Type.STATUS_CHANGED, DeskTicketStatus.NEW,
                DeskTicketStatus.TRIAGED, null, null, null, null)));

        assertThat(history(storage, ticket.id())).containsExactly(received, moved, noted);
        assertThatThrownBy(() -> inUnit(storage, session -> session.deskHistory().append(new DeskHistoryRecord(
                unique("h"), unique("desk"), at(0), "u", "U", DeskHistoryRecord.Type.RECEIVED, null,
                DeskTicketStatus.NEW, null, null, null, null)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inUnit(storage, session -> session.deskHistory().append(received)))
                .isInstanceOf(StorageException.class);
    }

    @Test
    default void theRoundProductVersionAndAgentComeBackAsWrittenAndChange() {
        Storage storage = storage();
        DeskTicketRecord base = deskTicket(at(0));
        DeskTicketRecord ticket = new DeskTicketRecord(base.id(), base.organizationId(), base.ticketId(), base.kind(),
                base.summary(), base.screenId(), base.escalatedBy(), null, base.status(), null, null, null, null, null,
                null, null, null, base.receivedAt(), base.updatedAt(), 0, 3, "4.2.1", "u-agent");

        DeskTicketRecord stored = storage.inTransaction(session -> session.deskTickets().insert(ticket));
        DeskTicketRecord changed = storage.inTransaction(session -> session.deskTickets().update(stored
                .withRound(4, "client.search", "4.3.0", at(5)).withAssignee(null, at(5))));

        assertThat(read(storage, ticket.id())).isEqualTo(changed);
        assertThat(changed.round()).isEqualTo(4);
        assertThat(changed.productVersion()).isEqualTo("4.3.0");
        assertThat(changed.screenId()).isEqualTo("client.search");
        assertThat(changed.assigneeUserId()).isNull();
    }

    @Test
    default void deskTicketsAreFilteredByOrganizationAgentAndServiceLevelDueAndPaged() {
        Storage storage = storage();
        Instant base = at(3_000_000_000L + (long) (Math.random() * 1_000_000_000L));
        String organization = unique("org");
        String agent = unique("agent");
        List<DeskTicketRecord> tickets = List.of(1, 2, 3, 4).stream().map(i -> {
            DeskTicketRecord fresh = deskTicket(base.plusSeconds(i));
            return new DeskTicketRecord(fresh.id(), organization, fresh.ticketId(), fresh.kind(), fresh.summary(),
                    fresh.screenId(), fresh.escalatedBy(), null, fresh.status(), null, null, null, null, null, null,
                    null, null, fresh.receivedAt(), fresh.updatedAt(), 0, 1, "4.2.1", i % 2 == 0 ? agent : null);
        }).toList();
        inUnit(storage, session -> {
            tickets.forEach(session.deskTickets()::insert);
            // The first ticket's clock runs and is due early; the second's is due early but paused; the
            // third's runs and is due late.
            session.slaClocks().insert(clock(tickets.get(0).id(), organization, base.plusSeconds(60), null));
            session.slaClocks().insert(clock(tickets.get(1).id(), organization, base.plusSeconds(60), base));
            session.slaClocks().insert(clock(tickets.get(2).id(), organization, base.plusSeconds(7_200), null));
        });

        assertThat(ids(storage, new DeskTicketQuery(null, null, 2, organization, null, null, 0)))
                .containsExactly(tickets.get(0).id(), tickets.get(1).id());
        assertThat(ids(storage, new DeskTicketQuery(null, null, 2, organization, null, null, 2)))
                .containsExactly(tickets.get(2).id(), tickets.get(3).id());
        assertThat(ids(storage, new DeskTicketQuery(null, null, 10, null, agent, null, 0)))
                .containsExactly(tickets.get(1).id(), tickets.get(3).id());
        assertThat(ids(storage, new DeskTicketQuery(null, null, 10, organization, null, base.plusSeconds(120), 0)))
                .containsExactly(tickets.get(0).id());
    }

    @Test
    default void aNoteFromTheOrganizationAndItsAttachmentComeBackAsWritten() {
        Storage storage = storage();
        DeskTicketRecord ticket = storage.inTransaction(session -> session.deskTickets().insert(deskTicket(at(0))));
        DeskNoteRecord note = new DeskNoteRecord(unique("note"), ticket.id(), "u-link", "Ada", true, "It fails.",
                at(1), true);
        DeskAttachmentRecord attachment = new DeskAttachmentRecord(ticket.id(), "image/png", new byte[] {1, 2, 3});

        inUnit(storage, session -> {
            session.deskTickets().addNote(note);
            session.deskTickets().putNoteAttachment(note.id(), attachment);
        });

        assertThat(notes(storage, ticket.id())).containsExactly(note);
        assertThat(noteAttachment(storage, note.id())).contains(attachment);
        assertThat(noteAttachment(storage, unique("note"))).isEmpty();
        assertThatThrownBy(() -> inUnit(storage, session -> session.deskTickets().putNoteAttachment(unique("note"),
                new DeskAttachmentRecord(unique("desk"), "image/png", new byte[] {1}))))
                .isInstanceOf(NotFoundException.class);
    }

    private static Optional<DeskAttachmentRecord> noteAttachment(Storage storage, String noteId) {
        return storage.inTransaction(session -> session.deskTickets().noteAttachment(noteId));
    }

    private static List<String> ids(Storage storage, DeskTicketQuery query) {
        return storage.inTransaction(session -> session.deskTickets().find(query)).stream()
                .map(DeskTicketRecord::id).toList();
    }

    /** A clock due at {@code dueAt}, paused since {@code pausedAt} when that is not null. */
    private static SlaClockRecord clock(String ticketId, String organization, Instant dueAt, Instant pausedAt) {
        return new SlaClockRecord(ticketId, SlaMetric.RESOLUTION, organization, "MEDIUM", dueAt.minusSeconds(7_200),
                Duration.ofHours(2), Duration.ofHours(1), Duration.ZERO, pausedAt, dueAt.minusSeconds(3_600), dueAt,
                null, false, false, pausedAt == null ? dueAt.minusSeconds(3_600) : null, 0);
    }
}
