// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.List;
import java.util.function.UnaryOperator;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.RecordingNotifier;
import org.caseload.testing.RecordingSupportChannel;

/**
 * A Caseload runtime with ticketing over in-memory storage (or a storage the test wraps around it),
 * a test clock, a switchable caller, a recording support channel and notifier, and the people of two
 * organizations. Close it after each test.
 */
final class TicketingFixture implements AutoCloseable {

    static final String ORGANIZATION = "org-a";
    static final String OTHER_ORGANIZATION = "org-b";

    static final Principal REPORTER = TestUsers.builder("u-reporter", ORGANIZATION).named("Riley Reporter")
            .roles(Role.TICKET_REPORTER).build();
    static final Principal COLLEAGUE = TestUsers.builder("u-colleague", ORGANIZATION).named("Casey Colleague")
            .roles(Role.TICKET_REPORTER).build();
    static final Principal ADMINISTRATOR = TestUsers.builder("u-admin", ORGANIZATION).named("Ada Administrator")
            .roles(Role.TICKET_ADMINISTRATOR).build();
    static final Principal SECOND_ADMINISTRATOR = TestUsers.builder("u-admin-2", ORGANIZATION)
            .named("Bo Administrator").roles(Role.TICKET_ADMINISTRATOR).build();
    static final Principal OTHER_ADMINISTRATOR = TestUsers.builder("u-other-admin", OTHER_ORGANIZATION)
            .named("Omar Administrator").roles(Role.TICKET_ADMINISTRATOR).build();
    static final Principal OTHER_REPORTER = TestUsers.builder("u-other-reporter", OTHER_ORGANIZATION)
            .named("Olu Reporter").roles(Role.TICKET_REPORTER).build();
    static final Principal SYNC = TestUsers.builder("u-sync", ORGANIZATION).named("Support Sync")
            .roles(Role.SUPPORT_LINK).build();
    static final Principal OTHER_SYNC = TestUsers.builder("u-other-sync", OTHER_ORGANIZATION).named("Support Sync")
            .roles(Role.SUPPORT_LINK).build();
    static final Principal SCHEDULER = TestUsers.builder("u-scheduler", "host").named("Nightly maintenance")
            .roles(Role.TICKET_SCHEDULER).build();

    final InMemoryStorage memory = new InMemoryStorage();
    final Storage storage;
    final TestClock clock = TestClock.at("2025-03-03T10:00:00Z");
    final TestIdentity identity = new TestIdentity();
    final RecordingSupportChannel channel = new RecordingSupportChannel();
    final RecordingNotifier notifier = new RecordingNotifier();
    final Caseload caseload;
    final Ticketing ticketing;
    final TicketService tickets;

    TicketingFixture() {
        this(UnaryOperator.identity(), UnaryOperator.identity());
    }

    /**
     * @param storageAround wraps the in-memory storage, to watch or disturb it
     * @param settings      changes the ticketing module's settings
     */
    TicketingFixture(UnaryOperator<Storage> storageAround, UnaryOperator<Ticketing.Builder> settings) {
        storage = storageAround.apply(memory);
        caseload = Caseload.builder().storage(storage).identity(identity).clock(clock).notifier(notifier).build();
        ticketing = settings.apply(Ticketing.builder(caseload, channel)).build();
        tickets = ticketing.tickets();
    }

    /** A valid ticket: an issue on the client search screen, to be answered by e-mail. */
    static SubmitTicket issue(String description) {
        return SubmitTicket.of(TicketKind.ISSUE, description,
                new TicketSource("client-search", "intake-form", "client:42", "4.2.0", "Mozilla/5.0 (X11)"),
                new ReporterContact("Riley Reporter", "riley@example.org", null, ContactMethod.EMAIL));
    }

    /** Escalates {@code ticket} as read, sending its description as the summary, without its screenshot. */
    static EscalateTicket escalationOf(Ticket ticket) {
        return new EscalateTicket(ticket.id(), ticket.version(), ticket.description(), false);
    }

    /** Submits {@link #issue} as {@link #REPORTER}. */
    Ticket submitAsReporter(String description) {
        identity.as(REPORTER);
        return tickets.submit(issue(description));
    }

    /** The audit log of an organization, oldest first. */
    List<AuditEntry> audit(String organizationId) {
        return memory.inTransaction(session -> session.audit().find(AuditQuery.forOrganization(organizationId, 1_000)));
    }

    @Override
    public void close() {
        caseload.close();
    }
}
