// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a client lived, from one date until another; every address part may be null.
 *
 * @param line1      street and number
 * @param line2      apartment, unit, care-of
 * @param city       city or town
 * @param region     state, province or territory
 * @param postalCode ZIP or postal code
 * @param from       the first day at this address; required
 * @param to         the last day at this address; null while it is the current address
 */
public record ClientAddress(String line1, String line2, String city, String region, String postalCode,
                            LocalDate from, LocalDate to) {
    public ClientAddress {
        Objects.requireNonNull(from, "from");
    }
}
