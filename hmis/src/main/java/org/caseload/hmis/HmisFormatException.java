// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;

/**
 * An HMIS CSV file cannot be read as its format says: a header with unknown or missing columns,
 * broken quoting, an export whose version cannot be told; or a record cannot be written in it (an
 * id of the library's that no export's ids can hold). The message names the file and, where
 * there is one, the line and column, and says what is wrong; it never holds a value read from the
 * file, so it is safe to log. Its code is {@link ErrorCode#INVALID_DATA_FILE}.
 */
public class HmisFormatException extends CaseloadException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String column;
    private final String reason;

    /**
     * A problem of a file.
     *
     * @param file   the file's name, such as {@code Client.csv}
     * @param line   the line the problem is on, from 1; 0 for the file as a whole
     * @param column the column's name; null when the problem is not one column's
     * @param reason what is wrong, without any value read from the file
     * @param cause  the parser's or the JDK's exception; may be null
     */
    public HmisFormatException(String file, long line, String column, String reason, Throwable cause) {
        super(ErrorCode.INVALID_DATA_FILE, describe(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The file's name, such as {@code Client.csv}. */
    public String file() {
        return file;
    }

    /** The line of the problem, from 1; 0 when it concerns the file as a whole. */
    public long line() {
        return line;
    }

    /** The column of the problem; null when it is not one column's. */
    public String column() {
        return column;
    }

    /** What is wrong, without the file, line and column. */
    public String reason() {
        return reason;
    }

    private static String describe(String file, long line, String column, String reason) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(" line ").append(line);
        }
        if (column != null) {
            where.append(line > 0 ? ", column " : " column ").append(column);
        }
        return where.append(": ").append(reason).toString();
    }
}
