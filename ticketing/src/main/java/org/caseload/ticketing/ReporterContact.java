// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;

/**
 * How the reporter of a ticket wants to be reached. Immutable. Blank optional fields are stored as
 * absent. The preferred method must be one the contact can be reached by: {@code EMAIL} needs an
 * e-mail address and {@code PHONE} a phone number (checked on submission, with the other rules).
 *
 * @param name            required, at most {@value #NAME_MAX_LENGTH} characters
 * @param email           may be null; a well-formed address with a domain when given
 * @param phone           may be null; digits with an optional leading {@code +} and spaces,
 *                        dots, dashes or parentheses, at most {@value #PHONE_MAX_LENGTH} characters
 * @param preferredMethod required
 */
public record ReporterContact(
        @NotBlank @Size(max = NAME_MAX_LENGTH) String name,
        @Email(regexp = "\\s*|.+@[^@\\s]+\\.[^@\\s]+") @Size(max = EMAIL_MAX_LENGTH) String email,
        @Pattern(regexp = "\\s*|\\+?[ ().-]*[0-9][0-9 ().-]*",
                message = "{caseload.ticket.contact.phone.format}") @Size(max = PHONE_MAX_LENGTH) String phone,
        @NotNull ContactMethod preferredMethod) {

    /** The longest name accepted. */
    public static final int NAME_MAX_LENGTH = 200;
    /** The longest e-mail address accepted. */
    public static final int EMAIL_MAX_LENGTH = 320;
    /** The longest phone number accepted. */
    public static final int PHONE_MAX_LENGTH = 50;
}
