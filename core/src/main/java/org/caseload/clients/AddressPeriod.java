// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.time.LocalDate;

/**
 * An entry of a client's address history.
 *
 * @param address the address, never null
 * @param from    the day it was recorded as the client's address, never null
 * @param to      the day another address (or none) replaced it; null while it is the current one
 */
public record AddressPeriod(Address address, LocalDate from, LocalDate to) {

    /** Whether this is the client's current address. */
    public boolean isCurrent() {
        return to == null;
    }
}
