package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where the user was when they opened a ticket. The host supplies it; the user never types it.
 * Immutable.
 *
 * @param screenId           the stable id of the screen; required, at most {@value #ID_MAX_LENGTH} characters
 * @param formId             the form on the screen; may be null, at most {@value #ID_MAX_LENGTH} characters
 * @param applicationVersion the host application's version; may be null, at most
 *                           {@value #VERSION_MAX_LENGTH} characters
 */
public record TicketSource(
        @NotBlank @Size(max = ID_MAX_LENGTH) String screenId,
        @Size(max = ID_MAX_LENGTH) String formId,
        @Size(max = VERSION_MAX_LENGTH) String applicationVersion) {

    /** The longest screen or form id accepted. */
    public static final int ID_MAX_LENGTH = 200;
    /** The longest application version accepted. */
    public static final int VERSION_MAX_LENGTH = 100;
}
