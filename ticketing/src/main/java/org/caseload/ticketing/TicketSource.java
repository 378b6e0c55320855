// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where the user was when they opened a ticket. The host supplies it; the user never types it.
 * Immutable. Blank optional fields are stored as absent.
 *
 * @param screenId           the stable id of the screen; required, at most {@value #ID_MAX_LENGTH} characters
 * @param formId             the form on the screen; may be null, at most {@value #ID_MAX_LENGTH} characters
 * @param recordReference    the record the screen showed, as the host names it (such as
 *                           {@code client:42}, never a name); may be null, at most
 *                           {@value #ID_MAX_LENGTH} characters
 * @param applicationVersion the host application's version; may be null, at most
 *                           {@value #VERSION_MAX_LENGTH} characters
 * @param userAgent          the user's browser or client software; may be null, at most
 *                           {@value #USER_AGENT_MAX_LENGTH} characters
 */
public record TicketSource(
        @NotBlank @Size(max = ID_MAX_LENGTH) String screenId,
        @Size(max = ID_MAX_LENGTH) String formId,
        @Size(max = ID_MAX_LENGTH) String recordReference,
        @Size(max = VERSION_MAX_LENGTH) String applicationVersion,
        @Size(max = USER_AGENT_MAX_LENGTH) String userAgent) {

    /** The longest screen id, form id or record reference accepted. */
    public static final int ID_MAX_LENGTH = 200;
    /** The longest application version accepted. */
    public static final int VERSION_MAX_LENGTH = 100;
    /** The longest user agent accepted. */
    public static final int USER_AGENT_MAX_LENGTH = 500;

    /** A screen with nothing else known about where the user was. */
    public static TicketSource screen(String screenId) {
        return new TicketSource(screenId, null, null, null, null);
    }
}
