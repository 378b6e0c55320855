// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One file of an HMIS CSV export, as a version of the specification defines it.
 *
 * @param name       the file's name without extension, such as {@code Client}
 * @param primaryKey the column that identifies a row, such as {@code PersonalID}
 * @param columns    its columns in the specification's order
 */
public record HmisFile(String name, String primaryKey, List<HmisColumn> columns) {

    /** Checks the components and copies the columns. */
    public HmisFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(primaryKey, "primaryKey");
        columns = List.copyOf(columns);
    }

    /** The file's name in an export folder: {@code Client.csv}. */
    public String fileName() {
        return name + ".csv";
    }

    /** The column of this name, whatever its letter case. */
    public Optional<HmisColumn> column(String columnName) {
        String key = key(columnName);
        return columns.stream().filter(column -> key(column.name()).equals(key)).findFirst();
    }

    /** The names of the columns in order, spelled as the specification spells them. */
    public List<String> columnNames() {
        return columns.stream().map(HmisColumn::name).toList();
    }

    /**
     * Compares a header with this file's columns, names regardless of letter case and surrounding
     * spaces.
     *
     * @param header the names of a file's first row, in order
     * @return the unknown, missing and repeated names and whether the order is the specification's
     */
    public HmisHeaderMatch match(List<String> header) {
        Map<String, Integer> orderByKey = new HashMap<>();
        columns.forEach(column -> orderByKey.put(key(column.name()), column.order()));
        List<String> unknown = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lastOrder = 0;
        boolean inOrder = true;
        for (String name : header) {
            String key = key(name);
            Integer order = orderByKey.get(key);
            if (order == null) {
                unknown.add(name.strip());
                continue;
            }
            if (!seen.add(key)) {
                duplicated.add(name.strip());
                continue;
            }
            inOrder &= order > lastOrder;
            lastOrder = order;
        }
        List<String> missing = columns.stream().map(HmisColumn::name).filter(name -> !seen.contains(key(name)))
                .toList();
        return new HmisHeaderMatch(unknown, missing, duplicated, inOrder);
    }

    /** A header name as names compare: stripped, lower case. */
    static String key(String name) {
        String stripped = name.strip();
        if (!stripped.isEmpty() && stripped.charAt(0) == '\uFEFF') {
            stripped = stripped.substring(1);
        }
        return stripped.toLowerCase(Locale.ROOT);
    }
}
