// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;

/**
 * A Caseload runtime with ticketing over in-memory storage (or a storage the test wraps around it),
 * a test clock, a switchable caller, a recording support channel and notifier, and the people of two
 * organizations. Close it after each test.
 */
final class TicketingFixture implements AutoCloseable {

    static final String ORGANIZATION = "org-a";
    static final String OTHER_ORGANIZATION = "org-b";

    static final Principal REPORTER = principal("u-reporter", "Riley Reporter", ORGANIZATION, Permission.TICKET_SUBMIT);
    static final Principal COLLEAGUE = principal("u-colleague", "Casey Colleague", ORGANIZATION,
            Permission.TICKET_SUBMIT);
    static final Principal ADMINISTRATOR = principal("u-admin", "Ada Administrator", ORGANIZATION,
            Permission.TICKET_SUBMIT, Permission.TICKET_ADMINISTER);
    static final Principal SECOND_ADMINISTRATOR = principal("u-admin-2", "Bo Administrator", ORGANIZATION,
            Permission.TICKET_SUBMIT, Permission.TICKET_ADMINISTER);
    static final Principal OTHER_ADMINISTRATOR = principal("u-other-admin", "Omar Administrator", OTHER_ORGANIZATION,
            Permission.TICKET_SUBMIT, Permission.TICKET_ADMINISTER);
    static final Principal OTHER_REPORTER = principal("u-other-reporter", "Olu Reporter", OTHER_ORGANIZATION,
            Permission.TICKET_SUBMIT);
    static final Principal SYNC = principal("u-sync", "Support Sync", ORGANIZATION, Permission.SUPPORT_SYNC);
    static final Principal OTHER_SYNC = principal("u-other-sync", "Support Sync", OTHER_ORGANIZATION,
            Permission.SUPPORT_SYNC);
    static final Principal SCHEDULER = principal("u-scheduler", "Nightly maintenance", "host",
            Permission.TICKET_MAINTAIN);

    final InMemoryStorage memory = new InMemoryStorage();
    final Storage storage;
    final TestClock clock = new TestClock(Instant.parse("2025-03-03T10:00:00Z"));
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
        identity.actAs(REPORTER);
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

    static Principal principal(String userId, String displayName, String organizationId, Permission... permissions) {
        Set<String> keys = Arrays.stream(permissions).map(Permission::key).collect(Collectors.toSet());
        return new Principal(userId, displayName, organizationId, Set.of("staff"), keys, Locale.US);
    }
}
