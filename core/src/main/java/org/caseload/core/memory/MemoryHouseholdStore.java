// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.casework.HouseholdRecord;
import org.caseload.spi.storage.casework.HouseholdStore;

/** Households, indexed by member and by primary member; accessed only under the storage's lock. */
final class MemoryHouseholdStore {

    private static final Comparator<HouseholdRecord> OLDEST_FIRST = Comparator
            .comparing(HouseholdRecord::createdAt)
            .thenComparing(HouseholdRecord::id);

    private final Map<String, HouseholdRecord> byId = new HashMap<>();
    private final Map<String, Set<String>> idsByMember = new HashMap<>();
    private final Map<String, String> primaryHouseholdByClient = new HashMap<>();
    private final VersionedRecords<String, HouseholdRecord> records = VersionedRecords.byId("household",
            "a household", HouseholdRecord::id, HouseholdRecord::version, HouseholdRecord::withVersion, byId,
            List.of(new MemberIndex()));

    HouseholdStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<HouseholdRecord> implements HouseholdStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public List<HouseholdRecord> findByMember(String clientId) {
            return idsByMember.getOrDefault(clientId, Set.of()).stream()
                    .map(byId::get)
                    .sorted(OLDEST_FIRST)
                    .toList();
        }
    }

    /** The key of the one household of an organization a client may be primary in. */
    private static String primaryKey(HouseholdRecord household, HouseholdMembership member) {
        return member.clientId() + '\n' + household.organizationId();
    }

    /** The households of each member, and the one household of each organization each client may be primary in. */
    private final class MemberIndex implements VersionedRecords.Index<HouseholdRecord> {
        @Override
        public void check(HouseholdRecord household) {
            for (HouseholdMembership member : household.members()) {
                String primary = primaryHouseholdByClient.get(primaryKey(household, member));
                if (member.primary() && primary != null && !primary.equals(household.id())) {
                    throw new StorageException("client " + member.clientId() + " is already primary in household " + primary);
                }
            }
        }

        @Override
        public void add(HouseholdRecord household) {
            for (HouseholdMembership member : household.members()) {
                idsByMember.computeIfAbsent(member.clientId(), id -> new HashSet<>()).add(household.id());
                if (member.primary()) {
                    primaryHouseholdByClient.put(primaryKey(household, member), household.id());
                }
            }
        }

        @Override
        public void remove(HouseholdRecord household) {
            for (HouseholdMembership member : household.members()) {
                Set<String> ids = idsByMember.get(member.clientId());
                ids.remove(household.id());
                if (ids.isEmpty()) {
                    idsByMember.remove(member.clientId());
                }
                if (member.primary()) {
                    primaryHouseholdByClient.remove(primaryKey(household, member));
                }
            }
        }
    }
}
