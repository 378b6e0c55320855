// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.linkage.internal.NameNormalizer;

/**
 * Which given names are nicknames of each other. A row relates two names both ways (the order of
 * the names in a row carries no meaning) and relations are not transitive: bill is a nickname of
 * william and of robert, but william and robert are not related through it.
 *
 * <p>{@link #standard()} is the English list of the nicknames project (Apache License 2.0; see the
 * NOTICE file). A host adds its own rows with {@link #withAdditionalRows}. Immutable and
 * thread-safe; names are compared after case, accent and punctuation folding.
 */
public final class NicknameTable {

    private static final String RESOURCE = "nicknames.csv";

    private final Map<String, Set<String>> related;

    private NicknameTable(Map<String, Set<String>> related) {
        this.related = related;
    }

    /** The shipped English list; loaded once. */
    public static NicknameTable standard() {
        return StandardHolder.TABLE;
    }

    /** A table without rows, for hosts that supply every row themselves. */
    public static NicknameTable empty() {
        return new NicknameTable(Map.of());
    }

    /**
     * This table with more rows. Each row holds exactly two names.
     *
     * @throws NullPointerException     when {@code rows} or a row is null
     * @throws IllegalArgumentException when a row does not hold two non-blank names
     */
    public NicknameTable withAdditionalRows(Collection<? extends List<String>> rows) {
        Map<String, Set<String>> builder = mutableCopy(related);
        int index = 0;
        for (List<String> row : rows) {
            if (row.size() != 2) {
                throw new IllegalArgumentException("nickname row " + index + " must hold 2 names, held " + row.size());
            }
            if (!addRow(builder, row.get(0), row.get(1))) {
                throw new IllegalArgumentException("nickname row " + index + " holds a blank name");
            }
            index++;
        }
        return new NicknameTable(freeze(builder));
    }

    /** Whether a row relates the two names; a name is not its own nickname. Nulls are never related. */
    public boolean areNicknames(String name, String otherName) {
        String first = NameNormalizer.compact(name);
        String second = NameNormalizer.compact(otherName);
        return !first.isEmpty() && !first.equals(second) && nicknamesOfFolded(first).contains(second);
    }

    /** The names a row relates to this one, folded; empty when none or null. */
    public Set<String> nicknamesOf(String name) {
        return nicknamesOfFolded(NameNormalizer.compact(name));
    }

    private Set<String> nicknamesOfFolded(String folded) {
        return related.getOrDefault(folded, Set.of());
    }

    private static boolean addRow(Map<String, Set<String>> builder, String name, String otherName) {
        String first = NameNormalizer.compact(name);
        String second = NameNormalizer.compact(otherName);
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        if (!first.equals(second)) {
            builder.computeIfAbsent(first, key -> new HashSet<>()).add(second);
            builder.computeIfAbsent(second, key -> new HashSet<>()).add(first);
        }
        return true;
    }

    private static Map<String, Set<String>> mutableCopy(Map<String, Set<String>> source) {
        Map<String, Set<String>> copy = new HashMap<>();
        source.forEach((name, names) -> copy.put(name, new HashSet<>(names)));
        return copy;
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> builder) {
        Map<String, Set<String>> frozen = new HashMap<>();
        builder.forEach((name, names) -> frozen.put(name, Set.copyOf(names)));
        return Map.copyOf(frozen);
    }

    private static NicknameTable load() {
        InputStream stream = NicknameTable.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("nickname list " + RESOURCE + " is missing from the classpath");
        }
        Map<String, Set<String>> builder = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split(",");
                if (columns.length == 3) {
                    addRow(builder, columns[0], columns[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("nickname list " + RESOURCE + " could not be read", e);
        }
        return new NicknameTable(freeze(builder));
    }

    /** Loads the shipped list on first use only. */
    private static final class StandardHolder {
        private static final NicknameTable TABLE = load();
    }
}
