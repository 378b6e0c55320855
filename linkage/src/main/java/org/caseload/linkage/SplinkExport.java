// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.caseload.linkage.internal.PreparedColumns;
import org.caseload.linkage.internal.PreparedSubject;
import org.caseload.linkage.internal.SplinkSettings;

/**
 * A fitted model and its records handed to Splink 4, to link on Spark or DuckDB records too many
 * for one machine with the same model: the settings (each scoring variable a comparison whose
 * levels are SQL on prepared columns, with the fitted m and u; the bulk blocking keys as blocking
 * rules; the fitted prior), the term-frequency tables of first names and surnames, and the
 * records with the columns the SQL reads (normalized names, Double Metaphone codes, nicknames,
 * date parts, keyed SSN digests). Neither engine has a Double Metaphone of its own, hence the
 * derived columns. No SSN is written: only HMAC-SHA256 digests under the caller's key. See
 * {@code docs/decisions/0106-splink-handoff.md} for what the SQL does not express exactly.
 *
 * <p>The settings are plain JSON values, for any JSON library to write. Immutable; the writers
 * may be called from one thread at a time.
 */
public final class SplinkExport {

    private final MatchModel model;
    private final List<MatchSubject> subjects;
    private final PreparedColumns columns;

    private SplinkExport(MatchModel model, List<MatchSubject> subjects, PreparedColumns columns) {
        this.model = model;
        this.subjects = subjects;
        this.columns = columns;
    }

    /**
     * The export of a model fitted on these subjects (as a {@link MatchEngine.ModelListener} is
     * told them).
     *
     * @param engine   the engine that fitted the model: its nickname relations become a column
     * @param model    the fitted model
     * @param subjects the records
     * @param ssnKey   the key of the SSN digests, at least 16 bytes: digests made under one key
     *                 compare equal, so records to be linked together need the same key; a key
     *                 kept secret keeps anyone from recomputing them from guessed numbers
     * @throws IllegalArgumentException when the key is shorter than 16 bytes
     */
    public static SplinkExport of(MatchEngine engine, MatchModel model, List<MatchSubject> subjects, byte[] ssnKey) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(ssnKey, "ssnKey");
        return new SplinkExport(model, List.copyOf(Objects.requireNonNull(subjects, "subjects")),
                new PreparedColumns(engine.nicknames(), ssnKey.clone()));
    }

    /**
     * The Splink 4 settings: {@code link_type}, {@code unique_id_column_name},
     * {@code probability_two_random_records_match}, {@code blocking_rules_to_generate_predictions}
     * and {@code comparisons}, as maps in key order, lists, strings, numbers and booleans.
     */
    public Map<String, Object> settings() {
        return SplinkSettings.of(model.parameters(), model.nameFrequencies());
    }

    /** The columns whose exact agreement the model adjusts by term frequency; empty when none. */
    public List<String> termFrequencyColumns() {
        return model.nameFrequencies() ? SplinkSettings.TERM_FREQUENCY_COLUMNS : List.of();
    }

    /** The names of the prepared columns, {@code unique_id} first: the header of {@link #writePrepared}. */
    public List<String> preparedColumns() {
        return PreparedColumns.NAMES;
    }

    /**
     * Writes the term-frequency table of one column as CSV in Splink's form: a header
     * {@code <column>,tf_<column>}, then each value and its share among the records that have
     * one, values in order. Lines end with CRLF.
     *
     * @throws IllegalArgumentException when the column is not one of {@link #termFrequencyColumns}
     */
    public void writeTermFrequencies(String column, Appendable out) throws IOException {
        Function<PreparedSubject, String> value = switch (Objects.requireNonNull(column, "column")) {
            case "first" -> PreparedSubject::first;
            case "last" -> PreparedSubject::last;
            default -> null;
        };
        if (value == null || !termFrequencyColumns().contains(column)) {
            throw new IllegalArgumentException("no term-frequency adjustment on column " + column);
        }
        Map<String, Long> counts = new TreeMap<>();
        long withValue = 0;
        for (MatchSubject subject : subjects) {
            String v = value.apply(PreparedSubject.of(subject));
            if (!v.isEmpty()) {
                counts.merge(v, 1L, Long::sum);
                withValue++;
            }
        }
        writeRow(out, List.of(column, "tf_" + column));
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            writeRow(out, List.of(entry.getKey(), Double.toString((double) entry.getValue() / withValue)));
        }
    }

    /**
     * Writes every record as CSV with the {@link #preparedColumns}: the header, then one row per
     * subject in order, missing values empty. Lines end with CRLF.
     *
     * @param uniqueIds turns a subject's id into the {@code unique_id} written
     */
    public void writePrepared(Appendable out, UnaryOperator<String> uniqueIds) throws IOException {
        Objects.requireNonNull(uniqueIds, "uniqueIds");
        writeRow(out, PreparedColumns.NAMES);
        for (MatchSubject subject : subjects) {
            writeRow(out, columns.values(uniqueIds.apply(subject.id()), PreparedSubject.of(subject)));
        }
    }

    private static void writeRow(Appendable out, List<String> values) throws IOException {
        List<String> fields = new ArrayList<>(values.size());
        for (String value : values) {
            fields.add(field(value));
        }
        out.append(String.join(",", fields)).append("\r\n");
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    private static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return "SplinkExport[" + subjects.size() + " subjects, " + model + "]";
    }
}
