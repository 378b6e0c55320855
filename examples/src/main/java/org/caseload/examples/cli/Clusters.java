// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows joined into clusters by the probable pairs, transitively (union–find): a row alone is
 * a cluster of its own. A cluster is named by the id of its first row in the input.
 */
final class Clusters {

    private final List<SourceRecord> records;
    private final int[] parent;

    private Clusters(List<SourceRecord> records, int[] parent) {
        this.records = records;
        this.parent = parent;
    }

    /** The clusters of these rows under these pairs. */
    static Clusters of(List<SourceRecord> records, List<DuplicatesCommand.Pair> pairs) {
        Map<Integer, Integer> indexOfLine = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            indexOfLine.put(records.get(i).line(), i);
        }
        int[] parent = new int[records.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (DuplicatesCommand.Pair pair : pairs) {
            int a = root(parent, indexOfLine.get(pair.lineA()));
            int b = root(parent, indexOfLine.get(pair.lineB()));
            // The earlier row becomes the root, so that a cluster is named by its first row.
            if (a < b) {
                parent[b] = a;
            } else if (b < a) {
                parent[a] = b;
            }
        }
        return new Clusters(records, parent);
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) {
            int next = parent[i];
            parent[i] = r;
            i = next;
        }
        return r;
    }

    /** The number of clusters holding two rows or more. */
    long multiRecordClusters() {
        int[] sizes = sizes();
        long count = 0;
        for (int size : sizes) {
            count += size > 1 ? 1 : 0;
        }
        return count;
    }

    /** The number of rows in clusters of two rows or more. */
    long recordsInClusters() {
        long count = 0;
        for (int size : sizes()) {
            count += size > 1 ? size : 0;
        }
        return count;
    }

    private int[] sizes() {
        int[] sizes = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            sizes[root(parent, i)]++;
        }
        return sizes;
    }

    /** Writes {@code id,cluster} for every row, in input order, RFC 4180 with CRLF. */
    void write(Path file) throws IOException {
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            writer.write("id,cluster\r\n");
            for (int i = 0; i < records.size(); i++) {
                writer.write(CsvRows.field(records.get(i).sourceId()) + ','
                        + CsvRows.field(records.get(root(parent, i)).sourceId()) + "\r\n");
            }
        }
    }
}
