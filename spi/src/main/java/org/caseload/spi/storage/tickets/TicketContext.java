// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import java.util.Objects;

/**
 * Where the user was when they opened a ticket; supplied by the host, never typed by the user.
 *
 * @param screenId           the stable id of the screen; required
 * @param formId             the form on the screen; may be null
 * @param recordReference    the record the screen showed, as the host names it (such as
 *                           {@code client:42}); may be null
 * @param applicationVersion the host application's version; may be null
 * @param userAgent          the user's browser or client software; may be null
 */
public record TicketContext(String screenId, String formId, String recordReference, String applicationVersion,
                            String userAgent) {
    public TicketContext {
        Objects.requireNonNull(screenId, "screenId");
    }
}
