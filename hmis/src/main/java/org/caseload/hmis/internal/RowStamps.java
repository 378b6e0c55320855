// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What every row of the library's own records carries besides its data: {@code DateCreated} and
 * {@code DateUpdated} from the record's own times, as {@code yyyy-MM-dd HH:mm:ss} in the export's
 * time zone, and the exporting user's id as {@code UserID} (the library's records do not say who
 * last changed them).
 *
 * @param zone   the zone the times are written in
 * @param userId the {@code UserID} of every row, as written
 */
record RowStamps(ZoneId zone, String userId) {

    /** The version the library's records are shaped in: FY2026's column names. */
    static final String VERSION = "2026";

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** Puts {@code DateCreated}, {@code DateUpdated} and {@code UserID}. */
    void put(Map<String, String> values, Instant created, Instant updated) {
        values.put("DateCreated", datetime(created));
        values.put("DateUpdated", datetime(updated));
        values.put("UserID", userId);
    }

    /** A time as the CSV writes it, to the second. */
    String datetime(Instant at) {
        return DATETIME.format(at.atZone(zone));
    }

    /** The day of a time, in the export's zone. */
    String date(Instant at) {
        return at.atZone(zone).toLocalDate().toString();
    }
}
