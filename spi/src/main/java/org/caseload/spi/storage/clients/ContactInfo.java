// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import java.util.List;
import java.util.Objects;

/**
 * How to reach a client, and where the client has lived.
 *
 * @param phone     null when not given
 * @param email     null when not given
 * @param addresses the address history, newest first: the current address (without an end date),
 *                  if any, then the earlier ones; required, may be empty
 */
public record ContactInfo(String phone, String email, List<ClientAddress> addresses) {

    /** No phone, no email, no address. */
    public static final ContactInfo NONE = new ContactInfo(null, null, List.of());

    public ContactInfo {
        addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
    }
}
