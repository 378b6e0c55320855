// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.util.List;

/** An input file format: how its header and rows become clients. */
public interface ClientFileFormat {

    /**
     * The mapper of this file's rows, from its header.
     *
     * @throws IllegalArgumentException naming the required columns the header lacks
     */
    RowMapper mapper(List<String> header);

    /** Maps the rows of one file, whose columns it knows by name. */
    @FunctionalInterface
    interface RowMapper {
        /**
         * The client of one row.
         *
         * @param line   the row's first line number
         * @param values its fields, in header order
         * @throws RejectedRow when the row cannot become a client
         */
        SourceRecord map(int line, List<String> values) throws RejectedRow;
    }
}
