// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Recipient;
import org.caseload.testing.RecordingNotifier;
import org.caseload.testing.RecordingSupportChannel;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import org.junit.jupiter.api.Test;

/** The host's test of docs/testing.md, as a host would write it with caseload-test-fixtures. */
class HostTestSampleTest {

    @Test
    void anEscalatedTicketReachesTheVendorStampedWithTheTestsClock() {
        // begin testing sample
        TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
        TestIdentity identity = new TestIdentity();
        RecordingNotifier notifier = new RecordingNotifier();
        RecordingSupportChannel vendor = new RecordingSupportChannel();
        Principal reporter = TestUsers.user("u-17", "shelter-north", Role.TICKET_REPORTER);
        Principal administrator = TestUsers.builder("u-2", "shelter-north").named("Lee Park")
                .roles(Role.TICKET_ADMINISTRATOR).build();

        try (Caseload caseload = Caseload.builder().storage(new InMemoryStorage())
                .identity(identity).clock(clock).notifier(notifier).build()) {
            Ticketing ticketing = Ticketing.create(caseload, vendor);
            TicketService tickets = ticketing.tickets();

            Ticket ticket = identity.callAs(reporter, () -> tickets.submit(SubmitTicket.of(TicketKind.ISSUE,
                    "Saving an enrollment fails", new TicketSource("enrollment", null, null, "4.2.0", null),
                    new ReporterContact("Dana Reyes", "dana@example.org", null, ContactMethod.EMAIL))));
            clock.advance(Duration.ofHours(2));
            identity.runAs(administrator, () -> tickets.escalate(
                    new EscalateTicket(ticket.id(), ticket.version(), ticket.description(), false)));
            ticketing.deliverPending();

            assertThat(notifier.delivered()).extracting(Notification::recipient)
                    .contains(new Recipient.PermissionHolders("shelter-north", "ticket.administer"));
            assertThat(vendor.accepted()).singleElement()
                    .isInstanceOfSatisfying(SupportMessage.Escalation.class, escalation -> {
                        assertThat(escalation.escalatedBy()).isEqualTo("Lee Park");
                        assertThat(escalation.sentAt()).isEqualTo(clock.instant());
                    });
        }
        // end testing sample
    }
}
