// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns of a file's header, found by name whatever their order; names compare ignoring case. */
final class Columns {

    private final Map<String, Integer> indexByName = new HashMap<>();
    private final int count;

    Columns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            indexByName.putIfAbsent(key(header.get(i)), i);
        }
        count = header.size();
    }

    boolean has(String name) {
        return indexByName.containsKey(key(name));
    }

    int count() {
        return count;
    }

    /** The value of the named column, stripped; null when the column is absent or the value blank. */
    String value(List<String> values, String name) {
        Integer index = indexByName.get(key(name));
        if (index == null) {
            return null;
        }
        String value = values.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
