// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
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

    HouseholdStore bind(List<Runnable> undoLog) {
        return new HouseholdStore() {
            @Override
            public HouseholdRecord insert(HouseholdRecord household) {
                if (byId.containsKey(household.id())) {
                    throw new StorageException("a household with id " + household.id() + " already exists");
                }
                HouseholdRecord stored = household.withVersion(1);
                refuseSecondPrimary(stored);
                put(stored);
                undoLog.add(() -> remove(stored));
                return stored;
            }

            @Override
            public HouseholdRecord update(HouseholdRecord household) {
                HouseholdRecord previous = byId.get(household.id());
                if (previous == null) {
                    throw new NotFoundException("household", household.id());
                }
                if (previous.version() != household.version()) {
                    throw new ConcurrentModificationException("household", household.id(), household.version());
                }
                HouseholdRecord stored = household.withVersion(household.version() + 1);
                refuseSecondPrimary(stored);
                remove(previous);
                put(stored);
                undoLog.add(() -> {
                    remove(stored);
                    put(previous);
                });
                return stored;
            }

            @Override
            public Optional<HouseholdRecord> findById(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<HouseholdRecord> findByMember(String clientId) {
                return idsByMember.getOrDefault(clientId, Set.of()).stream()
                        .map(byId::get)
                        .sorted(OLDEST_FIRST)
                        .toList();
            }
        };
    }

    private void refuseSecondPrimary(HouseholdRecord household) {
        for (HouseholdMembership member : household.members()) {
            String primary = primaryHouseholdByClient.get(member.clientId());
            if (member.primary() && primary != null && !primary.equals(household.id())) {
                throw new StorageException("client " + member.clientId() + " is already primary in household " + primary);
            }
        }
    }

    private void put(HouseholdRecord household) {
        byId.put(household.id(), household);
        for (HouseholdMembership member : household.members()) {
            idsByMember.computeIfAbsent(member.clientId(), id -> new HashSet<>()).add(household.id());
            if (member.primary()) {
                primaryHouseholdByClient.put(member.clientId(), household.id());
            }
        }
    }

    private void remove(HouseholdRecord household) {
        byId.remove(household.id());
        for (HouseholdMembership member : household.members()) {
            Set<String> ids = idsByMember.get(member.clientId());
            ids.remove(household.id());
            if (ids.isEmpty()) {
                idsByMember.remove(member.clientId());
            }
            if (member.primary()) {
                primaryHouseholdByClient.remove(member.clientId());
            }
        }
    }
}
