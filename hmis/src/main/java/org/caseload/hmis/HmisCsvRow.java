// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of an HMIS CSV file: the line it starts on and its fields, which a column's name finds
 * whatever its letter case.
 */
public final class HmisCsvRow {

    private final long line;
    private final List<String> values;
    private final Map<String, Integer> indexByKey;

    HmisCsvRow(long line, List<String> values, Map<String, Integer> indexByKey) {
        this.line = line;
        this.values = List.copyOf(values);
        this.indexByKey = indexByKey;
    }

    /** The line the row starts on, from 1 (the header's); a quoted line break makes a row longer than a line. */
    public long line() {
        return line;
    }

    /** The fields as they were written (unquoted), in the file's order. */
    public List<String> values() {
        return values;
    }

    /** The number of fields: the header's count in a well-formed row. */
    public int size() {
        return values.size();
    }

    /**
     * The value of a column, stripped of surrounding spaces.
     *
     * @param column the column's name, in any letter case
     * @return the value; null when it is empty, or the header or the row has no such column
     */
    public String get(String column) {
        Objects.requireNonNull(column, "column");
        Integer index = indexByKey.get(HmisFile.key(column));
        if (index == null || index >= values.size()) {
            return null;
        }
        String value = values.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** The line and the number of fields; never the values, which may be a client's data. */
    @Override
    public String toString() {
        return "row at line " + line + " (" + values.size() + " fields)";
    }
}
