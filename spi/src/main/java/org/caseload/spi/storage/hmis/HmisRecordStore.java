// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.hmis;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rows of HMIS CSV exports, one per file and primary key. A row imported again replaces the
 * one stored (exports are imported again as the source's data changes). Records are read in pages
 * ordered by their id (by character code), so that an export of millions of rows reads a page at a
 * time.
 */
public interface HmisRecordStore {

    /** Stores each record, replacing a stored one of the same file and id. */
    void put(Collection<HmisRecord> records);

    /** The record of this file and id. */
    Optional<HmisRecord> find(String file, String recordId);

    /**
     * A page of a file's records, ordered by id.
     *
     * @param file          the file, such as {@code Client}
     * @param projectIds    only records of these projects; empty for every record
     * @param afterRecordId only records whose id comes after this one; null from the first
     * @param limit         at most this many records
     */
    List<HmisRecord> page(String file, Collection<String> projectIds, String afterRecordId, int limit);

    /** The number of a file's records. */
    long count(String file);
}
