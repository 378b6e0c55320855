// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.util.List;
import java.util.Objects;
import org.caseload.clients.ClientDetails;

/**
 * One row of an input file, mapped to the details of a client.
 *
 * @param line     the line the row starts on, from 1 (the header is line 1)
 * @param sourceId the row's own id (HMIS {@code PersonalID}, FEBRL {@code rec_id}), as written in
 *                 the output
 * @param details  the client to register
 * @param notes    what the mapping changed to make the row fit the client record (a value that
 *                 was dropped, a data-quality code that was derived), naming columns, never values
 */
public record SourceRecord(int line, String sourceId, ClientDetails details, List<String> notes) {
    public SourceRecord {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(details, "details");
        notes = List.copyOf(notes);
    }
}
