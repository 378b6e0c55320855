// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.IOException;

/** The rows of a CSV file, header first, each knowing the line it starts on. */
interface CsvRowSource extends AutoCloseable {

    /** The next row, or null at the end of the input. */
    CsvRows.Row next() throws IOException;

    @Override
    void close() throws IOException;
}
