// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.util.List;
import java.util.Objects;
import org.caseload.spi.error.Violation;

/**
 * What a bulk registration did.
 *
 * @param clientIds the ids of the clients registered, in the order of the registrations; a
 *                  refused registration has no id here
 * @param refused   the registrations refused, in order, with the rules they broke
 * @param cancelled whether the load stopped early; the registrations not reached are in neither list
 */
public record RegisteredClients(List<String> clientIds, List<Refused> refused, boolean cancelled) {

    public RegisteredClients {
        clientIds = List.copyOf(Objects.requireNonNull(clientIds, "clientIds"));
        refused = List.copyOf(Objects.requireNonNull(refused, "refused"));
    }

    /**
     * A registration (or a described client) left out.
     *
     * @param index      its position in {@link RegisterClients#clients()} (in
     *                   {@link DetectAmong#clients()} for a {@link DetectedAmong})
     * @param violations every rule it broke, as a single registration would report them
     */
    public record Refused(int index, List<Violation> violations) {
        public Refused {
            violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        }
    }
}
