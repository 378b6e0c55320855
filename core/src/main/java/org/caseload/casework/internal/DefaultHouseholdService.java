// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.caseload.casework.internal.VisibleRecords.CLIENT;
import static org.caseload.casework.internal.VisibleRecords.HOUSEHOLD;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caseload.casework.AddHouseholdMember;
import org.caseload.casework.ChangeHeadOfHousehold;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.Household;
import org.caseload.casework.HouseholdService;
import org.caseload.casework.MakePrimaryHousehold;
import org.caseload.casework.RemoveHouseholdMember;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.casework.HouseholdRecord;

/** The household service over a runtime's {@link Kernel}. */
public final class DefaultHouseholdService implements HouseholdService {

    private static final Operation CREATE = new Operation("household.create", Permission.CLIENT_WRITE);
    private static final Operation ADD_MEMBER = new Operation("household.addMember", Permission.CLIENT_WRITE);
    private static final Operation REMOVE_MEMBER = new Operation("household.removeMember", Permission.CLIENT_WRITE);
    private static final Operation CHANGE_HEAD = new Operation("household.changeHead", Permission.CLIENT_WRITE);
    private static final Operation MAKE_PRIMARY = new Operation("household.makePrimary", Permission.CLIENT_WRITE);
    private static final Operation GET = Operation.reading("household.get", Permission.CLIENT_READ);
    private static final Operation LIST_FOR_CLIENT = Operation.reading("household.listForClient", Permission.CLIENT_READ);
    private static final Operation PRIMARY_OF = Operation.reading("household.primaryOf", Permission.CLIENT_READ);

    private final Kernel kernel;

    public DefaultHouseholdService(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public Household create(CreateHousehold command) {
        return kernel.call(CREATE, command, context -> {
            String headId = VisibleRecords.client(context, command.headClientId()).id();
            HouseholdMembership head = new HouseholdMembership(headId, RelationshipToHeadOfHousehold.SELF,
                    !hasPrimaryHousehold(context, context.principal().organizationId(), headId));
            HouseholdRecord stored = context.session().households().insert(new HouseholdRecord(context.newId(),
                    context.principal().organizationId(), List.of(head), context.now(), context.now(), 1));
            context.auditRecord(HOUSEHOLD, stored.id());
            return Views.household(stored);
        });
    }

    @Override
    public Household addMember(AddHouseholdMember command) {
        return kernel.call(ADD_MEMBER, command, context -> {
            HouseholdRecord household = read(context, command.householdId(), command.expectedVersion());
            VisibleRecords.client(context, command.clientId());
            List<HouseholdMembership> members = HouseholdRules.adding(household.members(), command,
                    !hasPrimaryHousehold(context, household.organizationId(), command.clientId()));
            return write(context, household, members);
        });
    }

    @Override
    public Household removeMember(RemoveHouseholdMember command) {
        return kernel.call(REMOVE_MEMBER, command, context -> {
            HouseholdRecord household = read(context, command.householdId(), command.expectedVersion());
            return write(context, household, HouseholdRules.removing(household.members(), command));
        });
    }

    @Override
    public Household changeHead(ChangeHeadOfHousehold command) {
        return kernel.call(CHANGE_HEAD, command, context -> {
            HouseholdRecord household = read(context, command.householdId(), command.expectedVersion());
            return write(context, household, HouseholdRules.changingHead(household.members(), command));
        });
    }

    @Override
    public Household makePrimary(MakePrimaryHousehold command) {
        return kernel.call(MAKE_PRIMARY, command, context -> {
            HouseholdRecord household = read(context, command.householdId(), command.expectedVersion());
            List<HouseholdMembership> members = HouseholdRules.withPrimary(household.members(), command.clientId(),
                    true, command);
            // The former primary household of the same organization lets go first: a client is primary
            // in one household per organization, which the store enforces at every write. Another
            // organization's households are neither changed nor looked at.
            for (HouseholdRecord former : context.session().households().findByMember(command.clientId())) {
                if (!former.id().equals(household.id()) && former.organizationId().equals(household.organizationId())
                        && isPrimaryIn(former, command.clientId())) {
                    context.session().households().update(former.withMembers(
                            HouseholdRules.withPrimary(former.members(), command.clientId(), false, command),
                            context.now()));
                }
            }
            return write(context, household, members);
        });
    }

    @Override
    public Household get(String householdId) {
        return kernel.call(GET, null, context -> {
            context.auditRecord(HOUSEHOLD, householdId);
            return Views.household(VisibleRecords.household(context, householdId));
        });
    }

    @Override
    public List<Household> householdsOf(String clientId) {
        return kernel.call(LIST_FOR_CLIENT, null, context -> {
            context.auditRecord(CLIENT, clientId);
            VisibleRecords.client(context, clientId);
            List<Household> households = CaseworkReads.householdsOf(context, clientId);
            context.auditDetail(households.size() + " households");
            return households;
        });
    }

    @Override
    public Optional<Household> primaryHouseholdOf(String clientId) {
        return kernel.call(PRIMARY_OF, null, context -> {
            context.auditRecord(CLIENT, clientId);
            VisibleRecords.client(context, clientId);
            // Each organization has its own primary household for a client: the caller's own comes first.
            String caller = context.principal().organizationId();
            return CaseworkReads.householdsOf(context, clientId).stream()
                    .filter(household -> household.member(clientId).orElseThrow().primary())
                    .min(Comparator.comparing(household -> !household.organizationId().equals(caller)));
        });
    }

    /** The household the command names, at the version it names. */
    private static HouseholdRecord read(CallContext context, String householdId, long expectedVersion) {
        context.auditRecord(HOUSEHOLD, householdId);
        HouseholdRecord household = VisibleRecords.householdToChange(context, householdId);
        Versions.require(HOUSEHOLD, householdId, household.version(), expectedVersion);
        return household;
    }

    private static Household write(CallContext context, HouseholdRecord household, List<HouseholdMembership> members) {
        return Views.household(context.session().households().update(household.withMembers(members, context.now())));
    }

    /**
     * Whether the client is primary in a household of this organization: the store's rule, per
     * organization, so that no other organization's households (which the caller may not see)
     * decide a flag the caller reads.
     */
    private static boolean hasPrimaryHousehold(CallContext context, String organizationId, String clientId) {
        return context.session().households().findByMember(clientId).stream()
                .anyMatch(household -> household.organizationId().equals(organizationId)
                        && isPrimaryIn(household, clientId));
    }

    private static boolean isPrimaryIn(HouseholdRecord household, String clientId) {
        return household.members().stream().anyMatch(member -> member.clientId().equals(clientId) && member.primary());
    }
}
