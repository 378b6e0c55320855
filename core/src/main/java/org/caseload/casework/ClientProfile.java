// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.util.List;
import java.util.Optional;
import org.caseload.clients.Client;

/**
 * A client and their casework at a glance, as far as the caller may see it.
 *
 * @param client          the client
 * @param households      the households the client belongs to, oldest first
 * @param openEnrollments the enrollments not exited yet, latest entry first
 * @param recentNotes     the most recent case notes of the caller's organization, latest first
 * @param recentServices  the most recent services delivered, latest first
 */
public record ClientProfile(
        Client client,
        List<Household> households,
        List<Enrollment> openEnrollments,
        List<CaseNote> recentNotes,
        List<ServiceDelivery> recentServices) {

    public ClientProfile {
        households = List.copyOf(households);
        openEnrollments = List.copyOf(openEnrollments);
        recentNotes = List.copyOf(recentNotes);
        recentServices = List.copyOf(recentServices);
    }

    /** The client's primary household, if the caller may see one. */
    public Optional<Household> primaryHousehold() {
        return households.stream()
                .filter(household -> household.member(client.id()).orElseThrow().primary())
                .findFirst();
    }
}
