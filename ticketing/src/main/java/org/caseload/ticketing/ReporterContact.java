package org.caseload.ticketing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caseload.spi.storage.TicketContact.ContactMethod;

/**
 * How the reporter of a ticket wants to be reached. Immutable. Blank optional fields are stored as
 * absent.
 *
 * @param name            required, at most {@value #NAME_MAX_LENGTH} characters
 * @param email           may be null; a well-formed address when given
 * @param phone           may be null, at most {@value #PHONE_MAX_LENGTH} characters
 * @param preferredMethod required
 */
public record ReporterContact(
        @NotBlank @Size(max = NAME_MAX_LENGTH) String name,
        @Email @Size(max = EMAIL_MAX_LENGTH) String email,
        @Size(max = PHONE_MAX_LENGTH) String phone,
        @NotNull ContactMethod preferredMethod) {

    /** The longest name accepted. */
    public static final int NAME_MAX_LENGTH = 200;
    /** The longest e-mail address accepted. */
    public static final int EMAIL_MAX_LENGTH = 320;
    /** The longest phone number accepted. */
    public static final int PHONE_MAX_LENGTH = 50;
}
