// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import java.util.Objects;

/**
 * How the reporter of a ticket wants to be reached.
 *
 * @param name            required
 * @param email           may be null
 * @param phone           may be null
 * @param preferredMethod required
 */
public record TicketContact(String name, String email, String phone, ContactMethod preferredMethod) {
    public TicketContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(preferredMethod, "preferredMethod");
    }

    /** The reporter's preferred way to be contacted. */
    public enum ContactMethod { EMAIL, PHONE, IN_APP }
}
