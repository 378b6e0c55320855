// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.casework.CaseNote;
import org.caseload.casework.Enrollment;
import org.caseload.casework.Household;
import org.caseload.casework.ServiceDelivery;
import org.caseload.core.internal.CallContext;
import org.caseload.sharing.internal.Visibility;
import org.caseload.spi.storage.casework.ClientHistoryQuery;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.casework.ServiceTypeRecord;
import org.caseload.spi.storage.sharing.SharedRecordKind;

/**
 * A client's casework records as the caller may see them, shared by the services and the profile.
 * The client itself is checked by the caller of these methods.
 */
final class CaseworkReads {

    private CaseworkReads() {
    }

    /** The households of a client that the caller may see, oldest first. */
    static List<Household> householdsOf(CallContext context, String clientId) {
        return context.session().households().findByMember(clientId).stream()
                .filter(household -> CaseworkVisibility.canSeeHousehold(context, household))
                .map(Views::household)
                .toList();
    }

    /** The enrollments of a client, whom the caller may see, that the caller may see too, latest entry first. */
    static List<Enrollment> enrollmentsOf(CallContext context, ClientRecord client) {
        Visibility visibility = Visibility.of(context);
        return context.session().enrollments().findByClient(client.id()).stream()
                .filter(enrollment -> visibility.canSee(SharedRecordKind.ENROLLMENTS, enrollment.organizationId(),
                        client))
                .map(Views::enrollment)
                .toList();
    }

    /** The most recent case notes of a client written in the caller's organization. */
    static List<CaseNote> caseNotesOf(CallContext context, String clientId, int limit) {
        return context.session().caseNotes()
                .findByClient(new ClientHistoryQuery(clientId, CaseworkVisibility.caseNoteOrganizations(context), limit))
                .stream()
                .filter(note -> CaseworkVisibility.canSeeCaseNotesOf(context, note.organizationId()))
                .map(Views::caseNote)
                .toList();
    }

    /** The most recent services delivered to a client, whom the caller may see, that the caller may see too. */
    static List<ServiceDelivery> deliveriesOf(CallContext context, ClientRecord client, int limit) {
        Visibility visibility = Visibility.of(context);
        Map<String, ServiceTypeRecord> types = new HashMap<>();
        return context.session().serviceDeliveries()
                .findByClient(new ClientHistoryQuery(client.id(),
                        visibility.organizationsToQuery(SharedRecordKind.SERVICES), limit))
                .stream()
                .filter(delivery -> visibility.canSee(SharedRecordKind.SERVICES, delivery.organizationId(), client))
                .map(delivery -> Views.serviceDelivery(delivery, types.computeIfAbsent(delivery.serviceTypeId(),
                        id -> typeOf(context, id))))
                .toList();
    }

    /** The type of a stored delivery; it exists, since types are never removed. */
    static ServiceTypeRecord typeOf(CallContext context, String serviceTypeId) {
        return context.session().serviceCatalog().findType(serviceTypeId).orElseThrow(() ->
                new IllegalStateException("service type " + serviceTypeId + " of a stored delivery is missing"));
    }
}
