// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.core.internal.CallContext;
import org.caseload.sharing.internal.Visibility;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.casework.HouseholdRecord;
import org.caseload.spi.storage.sharing.SharedRecordKind;

/**
 * Which casework records a caller may see and change. Every casework service asks here; the rules
 * that combine organization, agreements, consent and restricted intake are {@link Visibility}'s.
 * Households and enrollments are shared as {@link SharedRecordKind#ENROLLMENTS}, services as
 * {@link SharedRecordKind#SERVICES}; case notes never leave the organization that wrote them; a
 * record another organization shares is read, never changed.
 */
final class CaseworkVisibility {

    private CaseworkVisibility() {
    }

    /**
     * Whether the caller may use a project or service type of this organization: the
     * organization's own catalog, or any as a system administrator. Not personal; never shared.
     */
    static boolean canUseCatalogOf(CallContext context, String organizationId) {
        return context.canSeeOrganization(organizationId);
    }

    /** Whether the caller may see this client. */
    static boolean canSeeClient(CallContext context, ClientRecord client) {
        return Visibility.of(context).canSeeClient(client);
    }

    /** Whether the caller may see a record of this kind about this client, owned by this organization. */
    static boolean canSee(CallContext context, SharedRecordKind kind, String organizationId, String clientId) {
        if (organizationId.equals(context.principal().organizationId())) {
            return true;
        }
        Optional<ClientRecord> client = context.session().clients().findById(clientId);
        return client.isPresent() && Visibility.of(context).canSee(kind, organizationId, client.get());
    }

    /** Whether the caller may see this household: each of its members must be seen. */
    static boolean canSeeHousehold(CallContext context, HouseholdRecord household) {
        if (household.organizationId().equals(context.principal().organizationId())) {
            return true;
        }
        List<ClientRecord> members = new ArrayList<>();
        for (HouseholdMembership member : household.members()) {
            Optional<ClientRecord> client = context.session().clients().findById(member.clientId());
            if (client.isEmpty()) {
                return false;
            }
            members.add(client.get());
        }
        return Visibility.of(context).canSeeAll(SharedRecordKind.ENROLLMENTS, household.organizationId(), members);
    }

    /** Whether the caller may change a record of this organization that it may see. */
    static boolean canChange(CallContext context, String organizationId) {
        return Visibility.of(context).canChange(organizationId);
    }

    /**
     * Whether the caller may see a case note written in this organization: only inside it, whatever
     * else the caller may see.
     */
    static boolean canSeeCaseNotesOf(CallContext context, String organizationId) {
        return context.principal().organizationId().equals(organizationId);
    }

    /**
     * The organizations whose records of this kind a store query selects: every one (empty) for a
     * system administrator, else the caller's own and those sharing this kind with it today. Never
     * narrower than what may be seen; results are filtered record by record again.
     */
    static Set<String> organizationsToQuery(CallContext context, SharedRecordKind kind) {
        return Visibility.of(context).organizationsToQuery(kind);
    }

    /** The organizations whose case notes a store query selects: the caller's own. */
    static Set<String> caseNoteOrganizations(CallContext context) {
        return Set.of(context.principal().organizationId());
    }
}
