// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.core.internal.CallContext;
import org.caseload.core.Permission;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.sharing.ConsentRecord;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.spi.storage.sharing.SharingAgreementRecord;
import org.caseload.spi.storage.StorageSession;

/**
 * What one call's caller may see of other organizations' records: the one place that combines
 * organization, system administration, agreements, consent and restricted intake. Built per call
 * ({@link #of}); it reads the caller's organization's agreements once and each client's decisions
 * once: a call that changes agreements or decisions does not read them again afterwards. Not
 * thread-safe, like the call it serves.
 *
 * <p>The rules, for a caller of organization C on the call's day:
 * <ul>
 *   <li>a record owned by C is seen (the owner always sees its own records);</li>
 *   <li>a client of another organization O is seen when it is not restricted and either the
 *       caller is a system administrator, or an agreement shares O's client identity with C and
 *       the client consents to C;</li>
 *   <li>an enrollment, household or service owned by another organization O, about a client, is
 *       seen when the client is seen and either the caller is a system administrator, or an
 *       agreement shares that kind of O's records with C and the client consents to C;</li>
 *   <li>a case note is seen only inside the organization that wrote it.</li>
 * </ul>
 * For a client of another organization, the same reads happen whatever the outcome (the
 * agreements, the client's decisions), so that a restricted client costs what any other hidden
 * client costs.
 */
public final class Visibility {

    private final StorageSession session;
    private final String organizationId;
    private final boolean systemAdmin;
    private final LocalDate today;
    private List<SharingAgreementRecord> agreements;
    private final Map<String, List<ConsentRecord>> decisions = new HashMap<>();

    private Visibility(CallContext context) {
        this.session = context.session();
        this.organizationId = context.principal().organizationId();
        this.systemAdmin = context.principal().hasPermission(Permission.SYSTEM_ADMIN.key());
        this.today = context.today();
    }

    /**
     * The rules for this call's caller, on this call's day: one per call, kept by the call's
     * context, so every check of the call reads the caller's agreements once and nothing of the
     * call outlives it (see ADR 0144).
     */
    public static Visibility of(CallContext context) {
        return context.perCall(Visibility.class, Visibility::new);
    }

    /** Whether the caller may see this client. */
    public boolean canSeeClient(ClientRecord client) {
        if (client.organizationId().equals(organizationId)) {
            return true;
        }
        boolean shared = shares(client.organizationId(), SharedRecordKind.CLIENT_IDENTITY);
        boolean consented = consents(client.id());
        return !client.restricted() && (systemAdmin || shared && consented);
    }

    /**
     * Whether the caller may see a record of this kind about this client, owned by this
     * organization.
     */
    public boolean canSee(SharedRecordKind kind, String ownerOrganizationId, ClientRecord client) {
        if (kind == SharedRecordKind.CASE_NOTES) {
            return ownerOrganizationId.equals(organizationId);
        }
        if (ownerOrganizationId.equals(organizationId)) {
            return true;
        }
        boolean clientSeen = canSeeClient(client);
        boolean shared = shares(ownerOrganizationId, kind);
        boolean consented = consents(client.id());
        return clientSeen && (systemAdmin || shared && consented);
    }

    /**
     * Whether the caller may see a record of this kind owned by this organization that is about
     * several clients (a household): each of them must be seen under the rules of
     * {@link #canSee(SharedRecordKind, String, ClientRecord)}.
     */
    public boolean canSeeAll(SharedRecordKind kind, String ownerOrganizationId, Collection<ClientRecord> clients) {
        if (ownerOrganizationId.equals(organizationId)) {
            return true;
        }
        preload(clients.stream().map(ClientRecord::id).toList());
        boolean all = true;
        for (ClientRecord client : clients) {
            all &= canSee(kind, ownerOrganizationId, client);
        }
        return all;
    }

    /**
     * Whether the caller may change a record owned by this organization that it may see: only
     * inside the owning organization, or as a system administrator. Sharing is for reading.
     */
    public boolean canChange(String ownerOrganizationId) {
        return ownerOrganizationId.equals(organizationId) || systemAdmin;
    }

    /**
     * The organizations whose records of this kind a store query selects for the caller: every one
     * (empty) for a system administrator; else the caller's own and those sharing this kind with
     * it today. Never narrower than what may be seen; results are filtered record by record again.
     */
    public Set<String> organizationsToQuery(SharedRecordKind kind) {
        if (systemAdmin) {
            return Set.of();
        }
        Set<String> organizations = new LinkedHashSet<>();
        organizations.add(organizationId);
        if (kind != SharedRecordKind.CASE_NOTES) {
            for (SharingAgreementRecord agreement : agreements()) {
                String other = agreement.sharingOrganizationId().equals(organizationId)
                        ? agreement.receivingOrganizationId() : agreement.sharingOrganizationId();
                if (SharingRules.shares(agreement, other, organizationId, kind, today)) {
                    organizations.add(other);
                }
            }
        }
        return Set.copyOf(organizations);
    }

    /** Reads the decisions of these clients in one query, for a batch of checks that follows. */
    private void preload(Collection<String> clientIds) {
        List<String> missing = clientIds.stream().filter(id -> !decisions.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        missing.forEach(id -> decisions.put(id, new ArrayList<>()));
        for (ConsentRecord decision : session.consents().findByClientsFor(missing, organizationId)) {
            decisions.get(decision.clientId()).add(decision);
        }
    }

    private boolean shares(String owner, SharedRecordKind kind) {
        return SharingRules.anyShares(agreements(), owner, organizationId, kind, today);
    }

    private boolean consents(String clientId) {
        preload(List.of(clientId));
        return SharingRules.consents(decisions.get(clientId), clientId, organizationId, today);
    }

    private List<SharingAgreementRecord> agreements() {
        if (agreements == null) {
            agreements = session.sharingAgreements().findByOrganization(organizationId);
        }
        return agreements;
    }
}
