package org.caseload.spi.storage;

import java.util.Objects;

/**
 * Where the user was when they opened a ticket; supplied by the host, never typed by the user.
 *
 * @param screenId           the stable id of the screen; required
 * @param formId             the form on the screen; may be null
 * @param applicationVersion the host application's version; may be null
 */
public record TicketContext(String screenId, String formId, String applicationVersion) {
    public TicketContext {
        Objects.requireNonNull(screenId, "screenId");
    }
}
