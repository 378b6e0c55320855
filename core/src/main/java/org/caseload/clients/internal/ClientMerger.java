// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.caseload.clients.ClientMerge;
import org.caseload.clients.MergeClients;
import org.caseload.clients.UnmergeClients;
import org.caseload.core.internal.CallContext;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.casework.ClientHistoryQuery;
import org.caseload.spi.storage.clients.ClientMergeRecord;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.casework.HouseholdRecord;
import org.caseload.spi.storage.clients.MovedRecord;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.StorageSession;
import org.caseload.core.internal.Messages;

/**
 * Merging a client into another and undoing it, inside the caller's unit of work.
 *
 * <p>A merge moves the caller's organization's records only: another organization's enrollments,
 * case notes, services and households stay with the source, where their owner put them (moving
 * them would change records the caller may not change, and reveal notes it may not see); the
 * result counts them. It moves the source's enrollments, case notes and services to the target (their client
 * id changes, nothing else), and puts the target in the source's place in its households (or, where
 * the target is a member already, removes the source). Each moved record's version after the move
 * is kept, and a household's members before it: undoing puts back exactly what was there, and is
 * refused when a moved record changed since, rather than guess how to combine the change.
 */
final class ClientMerger {

    static final String ENROLLMENT = "enrollment";
    static final String CASE_NOTE = "caseNote";
    static final String SERVICE_DELIVERY = "serviceDelivery";
    static final String HOUSEHOLD = "household";
    private static final String MERGE_TYPE = "clientMerge";
    /** More history than one client has; the history stores page by a limit only. */
    private static final int ALL_HISTORY = 1_000_000;

    private ClientMerger() {
    }

    static ClientMerge merge(CallContext context, MergeClients command) {
        if (command.sourceClientId().equals(command.targetClientId())) {
            throw new ValidationException("MergeClients", List.of(Messages.violation("targetClientId",
                    "caseload.client.merge.self", "the same id as sourceClientId")));
        }
        ClientRecord source = ownClient(context, command.sourceClientId());
        ClientRecord target = ownClient(context, command.targetClientId());
        for (ClientRecord client : List.of(source, target)) {
            if (client.mergedInto() != null) {
                throw new InvalidTransitionException(DefaultClientService.RECORD_TYPE, client.id(), "merged", "merged");
            }
        }
        StorageSession session = context.session();
        String caller = context.principal().organizationId();
        List<MovedRecord> moved = new ArrayList<>();
        int leftInPlace = 0;
        for (EnrollmentRecord enrollment : session.enrollments().findByClient(source.id())) {
            if (!enrollment.organizationId().equals(caller)) {
                leftInPlace++;
                continue;
            }
            EnrollmentRecord stored = session.enrollments().update(enrollment.withClientId(target.id()));
            moved.add(new MovedRecord(ENROLLMENT, stored.id(), stored.version(), List.of()));
        }
        ClientHistoryQuery history = new ClientHistoryQuery(source.id(), Set.of(), ALL_HISTORY);
        for (CaseNoteRecord note : session.caseNotes().findByClient(history)) {
            if (!note.organizationId().equals(caller)) {
                leftInPlace++;
                continue;
            }
            CaseNoteRecord stored = session.caseNotes().update(note.withClientId(target.id()));
            moved.add(new MovedRecord(CASE_NOTE, stored.id(), stored.version(), List.of()));
        }
        for (ServiceDeliveryRecord delivery : session.serviceDeliveries().findByClient(history)) {
            if (!delivery.organizationId().equals(caller)) {
                leftInPlace++;
                continue;
            }
            ServiceDeliveryRecord stored = session.serviceDeliveries().update(delivery.withClientId(target.id()));
            moved.add(new MovedRecord(SERVICE_DELIVERY, stored.id(), stored.version(), List.of()));
        }
        boolean targetHasPrimary = session.households().findByMember(target.id()).stream()
                .filter(household -> household.organizationId().equals(caller))
                .flatMap(household -> household.members().stream())
                .anyMatch(member -> member.clientId().equals(target.id()) && member.primary());
        for (HouseholdRecord household : session.households().findByMember(source.id())) {
            if (!household.organizationId().equals(caller)) {
                leftInPlace++;
                continue;
            }
            boolean targetIsMember = household.members().stream().anyMatch(m -> m.clientId().equals(target.id()));
            List<HouseholdMembership> members = new ArrayList<>();
            for (HouseholdMembership member : household.members()) {
                if (!member.clientId().equals(source.id())) {
                    members.add(member);
                } else if (!targetIsMember) {
                    boolean primary = member.primary() && !targetHasPrimary;
                    targetHasPrimary |= primary;
                    members.add(new HouseholdMembership(target.id(), member.relationship(), primary));
                }
            }
            HouseholdRecord stored = session.households().update(household.withMembers(members, household.updatedAt()));
            moved.add(new MovedRecord(HOUSEHOLD, stored.id(), stored.version(), household.members()));
        }
        session.clients().update(source.withMergedInto(target.id(), context.now()));
        ClientMergeRecord merge = session.clientMerges().insert(new ClientMergeRecord(context.newId(),
                source.organizationId(), source.id(), target.id(), moved, command.reason(),
                context.principal().userId(), context.now(), null, null, 1));
        context.auditDetail("merged into client " + target.id() + " by merge " + merge.id() + ", " + moved.size()
                + " records moved, " + leftInPlace + " of other organizations left in place");
        return DefaultDuplicateService.toMerge(merge, leftInPlace);
    }

    static ClientMerge unmerge(CallContext context, UnmergeClients command) {
        StorageSession session = context.session();
        ClientMergeRecord merge = session.clientMerges().findById(command.mergeId())
                .filter(found -> found.organizationId().equals(context.principal().organizationId()))
                .orElseThrow(() -> new NotFoundException(MERGE_TYPE, command.mergeId()));
        if (merge.unmergedAt() != null) {
            throw new InvalidTransitionException(MERGE_TYPE, merge.id(), "undone", "undone");
        }
        ClientRecord source = ownClient(context, merge.sourceClientId());
        ClientRecord target = ownClient(context, merge.targetClientId());
        if (target.mergedInto() != null) {
            throw new InvalidTransitionException(MERGE_TYPE, merge.id(), "target merged on", "undone");
        }
        // Backwards, so that a household's members come back as they were before every later move.
        for (int i = merge.moved().size() - 1; i >= 0; i--) {
            MovedRecord moved = merge.moved().get(i);
            switch (moved.type()) {
                case ENROLLMENT -> session.enrollments().update(unchanged(moved,
                        session.enrollments().findById(moved.id()).orElse(null), EnrollmentRecord::version)
                        .withClientId(source.id()));
                case CASE_NOTE -> session.caseNotes().update(unchanged(moved,
                        session.caseNotes().findById(moved.id()).orElse(null), CaseNoteRecord::version)
                        .withClientId(source.id()));
                case SERVICE_DELIVERY -> session.serviceDeliveries().update(unchanged(moved,
                        session.serviceDeliveries().findById(moved.id()).orElse(null), ServiceDeliveryRecord::version)
                        .withClientId(source.id()));
                case HOUSEHOLD -> {
                    HouseholdRecord household = unchanged(moved, session.households().findById(moved.id()).orElse(null),
                            HouseholdRecord::version);
                    session.households().update(household.withMembers(moved.membersBefore(), household.updatedAt()));
                }
                default -> throw new IllegalStateException("merge " + merge.id() + " moved an unknown record type "
                        + moved.type());
            }
        }
        session.clients().update(source.withMergedInto(null, source.updatedAt()));
        ClientMergeRecord undone = session.clientMerges().update(merge.undone(context.principal().userId(), context.now()));
        context.auditDetail("unmerged client " + source.id() + " from client " + target.id() + ", "
                + merge.moved().size() + " records moved back");
        return DefaultDuplicateService.toMerge(undone, 0);
    }

    /** A client of the caller's own organization: only it may merge its clients. */
    private static ClientRecord ownClient(CallContext context, String clientId) {
        ClientRecord client = ClientVisibility.visibleClient(context, clientId);
        if (!client.organizationId().equals(context.principal().organizationId())) {
            throw new NotFoundException(DefaultClientService.RECORD_TYPE, clientId);
        }
        return client;
    }

    /** The moved record, refusing the undo when it is gone or changed since the merge. */
    private static <R> R unchanged(MovedRecord moved, R current, ToLongFunction<R> version) {
        if (current == null) {
            throw new NotFoundException(moved.type(), moved.id());
        }
        if (version.applyAsLong(current) != moved.versionAfterMerge()) {
            throw new ConcurrentModificationException(moved.type(), moved.id(), moved.versionAfterMerge());
        }
        return current;
    }
}
