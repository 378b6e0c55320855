// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.REPORTER;

import java.time.LocalDate;
import java.util.Map;
import org.caseload.clients.RegisterClient;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.SupportMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

class EscalationRedactionTest {

    private static final Principal INTAKE = TestUsers.builder("u-intake", ORGANIZATION).named("Ivy Intake")
            .roles(Role.CASEWORKER).build();
    private static final Principal OTHER_INTAKE = TestUsers.builder("u-other-intake", OTHER_ORGANIZATION).named("Oz Intake")
            .roles(Role.CASEWORKER).build();

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;

    @AfterEach
    void close() {
        fixture.close();
    }

    private void register(Principal intake, String first, String last, LocalDate born) {
        fixture.identity.as(intake);
        fixture.caseload.clients().register(RegisterClient.of(first, last, born).confirmingDuplicates());
    }

    private EscalationPreview previewOf(String description) {
        Ticket ticket = fixture.submitAsReporter(description);
        fixture.identity.as(ADMINISTRATOR);
        return tickets.previewEscalation(ticket.id());
    }

    @Test
    void ssnsWithOrWithoutDashesOrSpacesAreRedacted() {
        EscalationPreview preview = previewOf("SSN 123-45-6789 fails, so do 123 45 6789 and 123456789.");

        assertThat(preview.summary()).isEqualTo("SSN [SSN] fails, so do [SSN] and [SSN].");
        assertThat(preview.redactions()).isEqualTo(Map.of(RedactionCategory.SSN, 3));
    }

    @Test
    void phoneNumbersAndOtherPeoplesEmailAddressesAreRedactedButNotTheReporters() {
        EscalationPreview preview = previewOf("Call (555) 123-4567 or +1 555 987 6543, write to pat@clients.example;"
                + " I am riley@example.org.");

        assertThat(preview.summary()).isEqualTo("Call [PHONE] or [PHONE], write to [EMAIL]; I am riley@example.org.");
        assertThat(preview.redactions()).isEqualTo(Map.of(RedactionCategory.PHONE, 2, RedactionCategory.EMAIL, 1));
    }

    @Test
    void theOrganizationsClientNamesAreRedactedInAnyCaseAndWithInitials() {
        register(INTAKE, "María", "García", LocalDate.of(1980, 3, 4));

        EscalationPreview preview = previewOf("Opening Maria Garcia's record fails; so does maria garcia, and"
                + " Garcia, María L. too. Ms. Garcia called.");

        assertThat(preview.summary()).isEqualTo("Opening [NAME]'s record fails; so does [NAME], and [NAME]. too."
                + " Ms. [NAME] called.");
        assertThat(preview.redactions()).containsEntry(RedactionCategory.CLIENT_NAME, 4);
    }

    @Test
    void anotherOrganizationsClientsAreNotLookedUp() {
        register(OTHER_INTAKE, "Dolores", "Umbridge", LocalDate.of(1950, 1, 1));

        assertThat(previewOf("Dolores Umbridge cannot log in.").summary()).isEqualTo("Dolores Umbridge cannot log in.");
    }

    @Test
    void datesOfBirthAndDatesNextToANameAreRedactedOtherDatesAreKept() {
        register(INTAKE, "Tomás", "Ruiz", LocalDate.of(1975, 12, 1));

        EscalationPreview preview = previewOf("Since 2025-03-01 the form fails for Tomas Ruiz 12/01/1975 and for"
                + " someone born 4 July 1990; Ruiz enrolled 2024-05-06. His card says December 1, 1975.");

        assertThat(preview.summary()).isEqualTo("Since 2025-03-01 the form fails for [NAME] [DATE OF BIRTH] and for"
                + " someone born [DATE OF BIRTH]; [NAME] enrolled [DATE]. His card says [DATE OF BIRTH].");
        assertThat(preview.redactions()).isEqualTo(Map.of(RedactionCategory.CLIENT_NAME, 2,
                RedactionCategory.DATE_OF_BIRTH, 3, RedactionCategory.DATE_NEAR_NAME, 1));
    }

    @Test
    void aPreviewChangesNothingAndItsAuditEntryHoldsNoValue() {
        EscalationPreview preview = previewOf("SSN 123-45-6789 fails.");
        Ticket ticket = tickets.get(preview.ticketId());

        assertThat(ticket.status()).isEqualTo(TicketStatus.SUBMITTED);
        assertThat(preview.expectedVersion()).isEqualTo(ticket.version());
        assertThat(preview.hasScreenshot()).isFalse();
        fixture.ticketing.deliverPending();
        assertThat(fixture.channel.offered()).isEmpty();
        assertThat(fixture.audit(ORGANIZATION)).filteredOn(entry -> entry.action().equals("ticket.previewEscalation"))
                .singleElement().extracting(AuditEntry::detail).asString()
                .contains("SSN=1").doesNotContain("6789");
    }

    @Test
    void onlyAnAdministratorPreviews() {
        Ticket ticket = fixture.submitAsReporter("Nothing personal.");

        assertThatThrownBy(() -> tickets.previewEscalation(ticket.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whatLeavesIsRedactedAgainEvenWhenTheAdministratorEditsTheSummary() {
        register(INTAKE, "Ana", "Lima", LocalDate.of(1990, 2, 3));
        EscalationPreview preview = previewOf("Ana Lima cannot be saved.");
        EscalateTicket edited = new EscalateTicket(preview.ticketId(), preview.expectedVersion(),
                preview.summary() + " Her SSN is 123-45-6789, Ana Lima, DOB 1990-02-03.", false);

        tickets.escalate(edited);
        fixture.ticketing.deliverPending();

        assertThat(fixture.channel.accepted()).singleElement()
                .isInstanceOfSatisfying(SupportMessage.Escalation.class, escalation -> {
                    assertThat(escalation.summary()).isEqualTo("[NAME] cannot be saved. Her SSN is [SSN], [NAME],"
                            + " DOB [DATE OF BIRTH].");
                    assertThat(escalation.screenshot()).isNull();
                });
    }

    @Test
    void theScreenshotGoesOnlyWhenTheAdministratorConfirmsItShowsNoClientData() {
        fixture.identity.as(REPORTER);
        Ticket ticket = tickets.submit(TicketingFixture.issue("The chart is empty.")
                .withScreenshot(Screenshot.of(Images.pngOfSize(200))));
        fixture.identity.as(ADMINISTRATOR);
        EscalationPreview preview = tickets.previewEscalation(ticket.id());
        assertThat(preview.hasScreenshot()).isTrue();

        tickets.escalate(EscalateTicket.of(preview).withScreenshotConfirmedFreeOfClientData());
        fixture.ticketing.deliverPending();

        assertThat(fixture.channel.accepted()).singleElement()
                .isInstanceOfSatisfying(SupportMessage.Escalation.class, escalation -> {
                    assertThat(escalation.screenshot().mediaType()).isEqualTo("image/png");
                    assertThat(Images.pixels(escalation.screenshot().content()))
                            .isEqualTo(Images.pixels(Images.pngOfSize(200)));
                });
    }

    @Test
    void withoutConfirmationTheScreenshotStaysHome() {
        fixture.identity.as(REPORTER);
        Ticket ticket = tickets.submit(TicketingFixture.issue("The chart is empty.")
                .withScreenshot(Screenshot.of(Images.pngOfSize(200))));
        fixture.identity.as(ADMINISTRATOR);

        tickets.escalate(EscalateTicket.of(tickets.previewEscalation(ticket.id())));
        fixture.ticketing.deliverPending();

        assertThat(fixture.channel.accepted()).singleElement()
                .isInstanceOfSatisfying(SupportMessage.Escalation.class,
                        escalation -> assertThat(escalation.screenshot()).isNull());
    }

    @Test
    void confirmingAScreenshotTheTicketDoesNotHaveIsAViolation() {
        EscalationPreview preview = previewOf("No picture.");

        assertThatThrownBy(() -> tickets.escalate(EscalateTicket.of(preview).withScreenshotConfirmedFreeOfClientData()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey()).containsExactly("caseload.ticket.escalation.noScreenshot"));
        assertThat(tickets.get(preview.ticketId()).status()).isEqualTo(TicketStatus.SUBMITTED);
    }

    @Test
    void phoneNumbersAreRedactedEvenTheReportersOwn() {
        fixture.identity.as(REPORTER);
        Ticket ticket = tickets.submit(SubmitTicket.of(org.caseload.spi.storage.tickets.TicketKind.ISSUE,
                "Reach me at 555-123-4567.", new TicketSource("s", null, null, null, null),
                new ReporterContact("Riley Reporter", null, "555-123-4567", ContactMethod.PHONE)));
        fixture.identity.as(ADMINISTRATOR);

        assertThat(tickets.previewEscalation(ticket.id()).summary()).isEqualTo("Reach me at [PHONE].");
    }

    @Test
    void aRegisteredScreenIdGoesAsItIsAnyOtherScreenTextIsRedacted() {
        try (TicketingFixture withScreens = new TicketingFixture(storage -> storage,
                settings -> settings.registeredScreens(java.util.List.of("client-search")))) {
            withScreens.identity.as(INTAKE);
            withScreens.caseload.clients().register(RegisterClient.of("Ana", "Lima", LocalDate.of(1990, 2, 3))
                    .confirmingDuplicates());
            escalateFrom(withScreens, "client-search");
            escalateFrom(withScreens, "search?q=Ana Lima 123-45-6789");

            assertThat(withScreens.channel.accepted()).extracting(message -> ((SupportMessage.Escalation) message)
                    .screenId()).containsExactly("client-search", "search?q=[NAME] [SSN]");
        }
    }

    private static void escalateFrom(TicketingFixture at, String screenId) {
        at.identity.as(REPORTER);
        Ticket ticket = at.tickets.submit(SubmitTicket.of(org.caseload.spi.storage.tickets.TicketKind.ISSUE,
                "The page is blank.", new TicketSource(screenId, null, null, null, null),
                new ReporterContact("Riley Reporter", "riley@example.org", null, ContactMethod.EMAIL)));
        at.identity.as(ADMINISTRATOR);
        at.tickets.escalate(EscalateTicket.of(at.tickets.previewEscalation(ticket.id())));
        at.ticketing.deliverPending();
    }
}
