// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.principal;

import java.time.LocalDate;
import java.util.Map;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Permission;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.SupportMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EscalationRedactionTest {

    private static final Principal INTAKE = principal("u-intake", "Ivy Intake", ORGANIZATION,
            Permission.CLIENT_READ, Permission.CLIENT_WRITE);
    private static final Principal OTHER_INTAKE = principal("u-other-intake", "Oz Intake", OTHER_ORGANIZATION,
            Permission.CLIENT_READ, Permission.CLIENT_WRITE);

    private final TicketingFixture fixture = new TicketingFixture();
    private final TicketService tickets = fixture.tickets;

    @AfterEach
    void close() {
        fixture.close();
    }

    private void register(Principal intake, String first, String last, LocalDate born) {
        fixture.identity.actAs(intake);
        fixture.caseload.clients().register(RegisterClient.of(first, last, born).confirmingDuplicates());
    }

    private EscalationPreview previewOf(String description) {
        Ticket ticket = fixture.submitAsReporter(description);
        fixture.identity.actAs(ADMINISTRATOR);
        return tickets.previewEscalation(ticket.id());
    }

    @Test
    void ssns_with_or_without_dashes_or_spaces_are_redacted() {
        EscalationPreview preview = previewOf("SSN 123-45-6789 fails, so do 123 45 6789 and 123456789.");

        assertThat(preview.summary()).isEqualTo("SSN [SSN] fails, so do [SSN] and [SSN].");
        assertThat(preview.redactions()).isEqualTo(Map.of(RedactionCategory.SSN, 3));
    }

    @Test
    void phone_numbers_and_other_peoples_email_addresses_are_redacted_but_not_the_reporters() {
        EscalationPreview preview = previewOf("Call (555) 123-4567 or +1 555 987 6543, write to pat@clients.example;"
                + " I am riley@example.org.");

        assertThat(preview.summary()).isEqualTo("Call [PHONE] or [PHONE], write to [EMAIL]; I am riley@example.org.");
        assertThat(preview.redactions()).isEqualTo(Map.of(RedactionCategory.PHONE, 2, RedactionCategory.EMAIL, 1));
    }

    @Test
    void the_organizations_client_names_are_redacted_in_any_case_and_with_initials() {
        register(INTAKE, "María", "García", LocalDate.of(1980, 3, 4));

        EscalationPreview preview = previewOf("Opening Maria Garcia's record fails; so does maria garcia, and"
                + " Garcia, María L. too. Ms. Garcia called.");

        assertThat(preview.summary()).isEqualTo("Opening [NAME]'s record fails; so does [NAME], and [NAME]. too."
                + " Ms. [NAME] called.");
        assertThat(preview.redactions()).containsEntry(RedactionCategory.CLIENT_NAME, 4);
    }

    @Test
    void another_organizations_clients_are_not_looked_up() {
        register(OTHER_INTAKE, "Dolores", "Umbridge", LocalDate.of(1950, 1, 1));

        assertThat(previewOf("Dolores Umbridge cannot log in.").summary()).isEqualTo("Dolores Umbridge cannot log in.");
    }

    @Test
    void dates_of_birth_and_dates_next_to_a_name_are_redacted_other_dates_are_kept() {
        register(INTAKE, "Tomás", "Ruiz", LocalDate.of(1975, 12, 1));

        EscalationPreview preview = previewOf("Since 2025-03-01 the form fails for Tomas Ruiz 12/01/1975 and for"
                + " someone born 4 July 1990; Ruiz enrolled 2024-05-06. His card says December 1, 1975.");

        assertThat(preview.summary()).isEqualTo("Since 2025-03-01 the form fails for [NAME] [DATE OF BIRTH] and for"
                + " someone born [DATE OF BIRTH]; [NAME] enrolled [DATE]. His card says [DATE OF BIRTH].");
        assertThat(preview.redactions()).isEqualTo(Map.of(RedactionCategory.CLIENT_NAME, 2,
                RedactionCategory.DATE_OF_BIRTH, 3, RedactionCategory.DATE_NEAR_NAME, 1));
    }

    @Test
    void a_preview_changes_nothing_and_its_audit_entry_holds_no_value() {
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
    void only_an_administrator_previews() {
        Ticket ticket = fixture.submitAsReporter("Nothing personal.");

        assertThatThrownBy(() -> tickets.previewEscalation(ticket.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void what_leaves_is_redacted_again_even_when_the_administrator_edits_the_summary() {
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
    void the_screenshot_goes_only_when_the_administrator_confirms_it_shows_no_client_data() {
        fixture.identity.actAs(REPORTER);
        Ticket ticket = tickets.submit(TicketingFixture.issue("The chart is empty.")
                .withScreenshot(Screenshot.of(Images.pngOfSize(200))));
        fixture.identity.actAs(ADMINISTRATOR);
        EscalationPreview preview = tickets.previewEscalation(ticket.id());
        assertThat(preview.hasScreenshot()).isTrue();

        tickets.escalate(EscalateTicket.of(preview).withScreenshotConfirmedFreeOfClientData());
        fixture.ticketing.deliverPending();

        assertThat(fixture.channel.accepted()).singleElement()
                .isInstanceOfSatisfying(SupportMessage.Escalation.class, escalation -> {
                    assertThat(escalation.screenshot().mediaType()).isEqualTo("image/png");
                    assertThat(escalation.screenshot().content()).isEqualTo(Images.pngOfSize(200));
                });
    }

    @Test
    void without_confirmation_the_screenshot_stays_home() {
        fixture.identity.actAs(REPORTER);
        Ticket ticket = tickets.submit(TicketingFixture.issue("The chart is empty.")
                .withScreenshot(Screenshot.of(Images.pngOfSize(200))));
        fixture.identity.actAs(ADMINISTRATOR);

        tickets.escalate(EscalateTicket.of(tickets.previewEscalation(ticket.id())));
        fixture.ticketing.deliverPending();

        assertThat(fixture.channel.accepted()).singleElement()
                .isInstanceOfSatisfying(SupportMessage.Escalation.class,
                        escalation -> assertThat(escalation.screenshot()).isNull());
    }

    @Test
    void confirming_a_screenshot_the_ticket_does_not_have_is_a_violation() {
        EscalationPreview preview = previewOf("No picture.");

        assertThatThrownBy(() -> tickets.escalate(EscalateTicket.of(preview).withScreenshotConfirmedFreeOfClientData()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey()).containsExactly("caseload.ticket.escalation.noScreenshot"));
        assertThat(tickets.get(preview.ticketId()).status()).isEqualTo(TicketStatus.SUBMITTED);
    }

    @Test
    void phone_numbers_are_redacted_even_the_reporters_own() {
        fixture.identity.actAs(REPORTER);
        Ticket ticket = tickets.submit(SubmitTicket.of(org.caseload.spi.storage.tickets.TicketKind.ISSUE,
                "Reach me at 555-123-4567.", new TicketSource("s", null, null, null, null),
                new ReporterContact("Riley Reporter", null, "555-123-4567", ContactMethod.PHONE)));
        fixture.identity.actAs(ADMINISTRATOR);

        assertThat(tickets.previewEscalation(ticket.id()).summary()).isEqualTo("Reach me at [PHONE].");
    }
}
