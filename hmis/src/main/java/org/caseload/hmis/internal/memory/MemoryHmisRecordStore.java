// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.caseload.spi.storage.hmis.HmisRecord;
import org.caseload.spi.storage.hmis.HmisRecordStore;

/**
 * The rows of HMIS CSV exports, one sorted map per file (ids by character code, as the JDBC store
 * orders them); accessed only under the storage's lock. The rows are not versioned: a row imported
 * again replaces the stored one, and a rolled-back unit puts back what it replaced.
 */
final class MemoryHmisRecordStore {

    private final Map<String, NavigableMap<String, HmisRecord>> byFile = new HashMap<>();

    HmisRecordStore bind(List<Runnable> undoLog) {
        return new HmisRecordStore() {
            @Override
            public void put(Collection<HmisRecord> records) {
                for (HmisRecord record : records) {
                    NavigableMap<String, HmisRecord> stored = byFile.get(record.file());
                    HmisRecord replaced = stored == null ? null : stored.get(record.recordId());
                    undoLog.add(() -> {
                        NavigableMap<String, HmisRecord> file = byFile.get(record.file());
                        if (replaced == null) {
                            file.remove(record.recordId());
                        } else {
                            file.put(record.recordId(), replaced);
                        }
                    });
                    byFile.computeIfAbsent(record.file(), f -> new TreeMap<>()).put(record.recordId(), record);
                }
            }

            @Override
            public Optional<HmisRecord> find(String file, String recordId) {
                return Optional.ofNullable(byFile.getOrDefault(file, new TreeMap<>()).get(recordId));
            }

            @Override
            public List<HmisRecord> page(String file, Collection<String> projectIds, String afterRecordId, int limit) {
                NavigableMap<String, HmisRecord> records = byFile.getOrDefault(file, new TreeMap<>());
                Collection<HmisRecord> candidates = afterRecordId == null ? records.values()
                        : records.tailMap(afterRecordId, false).values();
                Set<String> projects = new HashSet<>(projectIds);
                List<HmisRecord> page = new ArrayList<>();
                for (HmisRecord record : candidates) {
                    if (page.size() == limit) {
                        break;
                    }
                    if (projects.isEmpty() || projects.contains(record.projectId())) {
                        page.add(record);
                    }
                }
                return page;
            }

            @Override
            public long count(String file) {
                return byFile.getOrDefault(file, new TreeMap<>()).size();
            }
        };
    }
}
