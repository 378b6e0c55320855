// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.clients;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.casework.Household;
import org.caseload.casework.HouseholdMember;
import org.caseload.core.Caseload;
import org.caseload.spi.error.NotFoundException;

/** The names of the members of households, for display; a member the user may not see shows as such. */
final class ClientNames {

    private ClientNames() {
    }

    static Map<String, String> of(Caseload caseload, List<Household> households) {
        Map<String, String> names = new HashMap<>();
        for (Household household : households) {
            for (HouseholdMember member : household.members()) {
                names.computeIfAbsent(member.clientId(), id -> {
                    try {
                        return caseload.clients().get(id).fullName();
                    } catch (NotFoundException hidden) {
                        return "A client of another organization";
                    }
                });
            }
        }
        return names;
    }
}
