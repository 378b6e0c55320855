// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseload.clients.Address;
import org.caseload.spi.storage.clients.ClientAddress;

/** Keeps a client's address history as the current address changes. Stateless. */
final class AddressHistory {

    private AddressHistory() {
    }

    /**
     * The history after the client's current address became {@code current} (null for none) on
     * {@code today}. An unchanged address leaves it as it is. Otherwise the current entry ends
     * today and the new address goes first, from today; but a current entry recorded today is
     * replaced, since changing it on the same day corrects it rather than moving house.
     *
     * @param history the history, newest first; at most its first entry is current
     * @param current the new current address, already cleaned; null for none
     */
    static List<ClientAddress> apply(List<ClientAddress> history, Address current, LocalDate today) {
        ClientAddress open = history.isEmpty() || history.get(0).to() != null ? null : history.get(0);
        if (open != null && current != null && address(open).equals(current)) {
            return history;
        }
        List<ClientAddress> changed = new ArrayList<>(history);
        if (open != null) {
            changed.remove(0);
            if (open.from().isBefore(today)) {
                changed.add(0, new ClientAddress(open.line1(), open.line2(), open.city(), open.region(),
                        open.postalCode(), open.from(), today));
            }
        }
        if (current != null) {
            changed.add(0, new ClientAddress(current.line1(), current.line2(), current.city(), current.region(),
                    current.postalCode(), today, null));
        }
        return changed;
    }

    /** The address of a history entry. */
    static Address address(ClientAddress entry) {
        return new Address(entry.line1(), entry.line2(), entry.city(), entry.region(), entry.postalCode());
    }
}
