// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.caseload.spi.forms.FieldType;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;

/**
 * The custom form values of one kind of record (clients, enrollments), in the tables
 * {@code form_entry} and {@code form_entry_value} that every kind shares, told apart by
 * {@code owner_type}. A store owns one per kind of record and calls it in the same unit of work as
 * its own statements.
 */
final class JdbcFormValues {

    private static final String INSERT_ENTRY = "INSERT INTO form_entry (owner_type, owner_id, form_id, ordinal,"
            + " form_version) VALUES (?, ?, ?, ?, ?)";

    private static final String INSERT_VALUE = "INSERT INTO form_entry_value (owner_type, owner_id, form_id,"
            + " field_id, value_ordinal, value_kind, value_text) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String DELETE_VALUES = "DELETE FROM form_entry_value WHERE owner_type = ? AND owner_id = ?";

    private static final String DELETE_ENTRIES = "DELETE FROM form_entry WHERE owner_type = ? AND owner_id = ?";

    /**
     * Each entry with its values, one statement for both: an entry without values is one row with
     * null value columns, a value of several options one row per option.
     */
    private static final String SELECT_ENTRIES_WITH_VALUES = "SELECT e.owner_id, e.form_id, e.form_version,"
            + " v.field_id, v.value_ordinal, v.value_kind, v.value_text"
            + " FROM form_entry e LEFT JOIN form_entry_value v"
            + " ON v.owner_type = e.owner_type AND v.owner_id = e.owner_id AND v.form_id = e.form_id"
            + " WHERE e.owner_type = ? AND e.owner_id = ANY(?)"
            + " ORDER BY e.owner_id, e.ordinal, v.field_id, v.value_ordinal";

    /** One stored value row; {@code ordinal} orders the options of a multiple choice. */
    private record ValueRow(String ownerId, String formId, String fieldId, int ordinal, FieldType kind, String text) {
    }

    private final JdbcSession session;
    private final String ownerType;

    /** @param ownerType the kind of record the values belong to, such as {@code client} */
    JdbcFormValues(JdbcSession session, String ownerType) {
        this.session = session;
        this.ownerType = ownerType;
    }

    /** Stores the entries of a record that has none stored. */
    void insert(String ownerId, List<FormValues> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<ValueRow> rows = new ArrayList<>();
        entries.forEach(entry -> entry.values().forEach((fieldId, value) ->
                rows.addAll(rows(ownerId, entry.formId(), fieldId, value))));
        session.updateEach("store the form entries of " + ownerType + " " + ownerId, INSERT_ENTRY,
                IntStream.range(0, entries.size()).boxed().toList(), (statement, ordinal) -> {
                    statement.setString(1, ownerType);
                    statement.setString(2, ownerId);
                    statement.setString(3, entries.get(ordinal).formId());
                    statement.setInt(4, ordinal);
                    statement.setInt(5, entries.get(ordinal).formVersion());
                });
        if (!rows.isEmpty()) {
            session.updateEach("store the form values of " + ownerType + " " + ownerId, INSERT_VALUE, rows,
                    (statement, row) -> {
                        statement.setString(1, ownerType);
                        statement.setString(2, ownerId);
                        statement.setString(3, row.formId());
                        statement.setString(4, row.fieldId());
                        statement.setInt(5, row.ordinal());
                        statement.setString(6, row.kind().name());
                        statement.setString(7, row.text());
                    });
        }
    }

    /** Removes every entry of a record. */
    void delete(String ownerId) {
        session.update("remove the form values of " + ownerType + " " + ownerId, DELETE_VALUES, statement -> {
            statement.setString(1, ownerType);
            statement.setString(2, ownerId);
        });
        session.update("remove the form entries of " + ownerType + " " + ownerId, DELETE_ENTRIES, statement -> {
            statement.setString(1, ownerType);
            statement.setString(2, ownerId);
        });
    }

    /** The entries of each of these records that has any, in the order they were stored. */
    Map<String, List<FormValues>> load(Collection<String> ownerIds) {
        List<EntryRow> rows = session.query("read the form entries of " + ownerType + "s", SELECT_ENTRIES_WITH_VALUES,
                statement -> {
                    statement.setString(1, ownerType);
                    statement.setArray(2, session.textArray(ownerIds));
                },
                row -> {
                    String fieldId = row.getString("field_id");
                    ValueRow value = fieldId == null ? null : new ValueRow(row.getString("owner_id"),
                            row.getString("form_id"), fieldId, row.getInt("value_ordinal"),
                            FieldType.valueOf(row.getString("value_kind")), row.getString("value_text"));
                    return new EntryRow(row.getString("owner_id"), row.getString("form_id"),
                            row.getInt("form_version"), value);
                });
        Map<String, List<FormValues>> entries = new HashMap<>();
        int first = 0;
        while (first < rows.size()) {
            EntryRow entry = rows.get(first);
            int end = first;
            Map<String, FieldValue> values = new HashMap<>();
            Map<String, List<String>> choices = new HashMap<>();
            while (end < rows.size() && rows.get(end).sameEntryAs(entry)) {
                ValueRow row = rows.get(end++).value();
                if (row == null) {
                    continue;
                }
                if (row.kind() == FieldType.MULTIPLE_CHOICE) {
                    List<String> chosen = choices.computeIfAbsent(row.fieldId(), id -> new ArrayList<>());
                    chosen.add(row.text());
                    values.put(row.fieldId(), new FieldValue.ChoicesValue(chosen));
                } else {
                    values.put(row.fieldId(), value(row.kind(), row.text()));
                }
            }
            entries.computeIfAbsent(entry.ownerId(), id -> new ArrayList<>())
                    .add(new FormValues(entry.formId(), entry.formVersion(), values));
            first = end;
        }
        return entries;
    }

    /** One row of {@link #SELECT_ENTRIES_WITH_VALUES}: an entry and one of its values, or none. */
    private record EntryRow(String ownerId, String formId, int formVersion, ValueRow value) {
        boolean sameEntryAs(EntryRow other) {
            return ownerId.equals(other.ownerId) && formId.equals(other.formId);
        }
    }

    /** The rows of one value: one, or one per chosen option of a multiple choice. */
    private static List<ValueRow> rows(String ownerId, String formId, String fieldId, FieldValue value) {
        if (value instanceof FieldValue.ChoicesValue choices) {
            List<String> options = choices.options();
            return IntStream.range(0, options.size())
                    .mapToObj(ordinal -> new ValueRow(ownerId, formId, fieldId, ordinal, FieldType.MULTIPLE_CHOICE,
                            options.get(ordinal)))
                    .toList();
        }
        return List.of(new ValueRow(ownerId, formId, fieldId, 0, value.type(), text(value)));
    }

    private static String text(FieldValue value) {
        if (value instanceof FieldValue.TextValue text) {
            return text.text();
        }
        if (value instanceof FieldValue.NumberValue number) {
            // toString, not toPlainString: it is the form BigDecimal parses back to the same scale.
            return number.number().toString();
        }
        if (value instanceof FieldValue.DateValue date) {
            return date.date().toString();
        }
        if (value instanceof FieldValue.BooleanValue bool) {
            return Boolean.toString(bool.value());
        }
        return ((FieldValue.ChoiceValue) value).option();
    }

    private static FieldValue value(FieldType kind, String text) {
        return switch (kind) {
            case TEXT -> FieldValue.text(text);
            case NUMBER -> FieldValue.number(new BigDecimal(text));
            case DATE -> FieldValue.date(LocalDate.parse(text));
            case BOOLEAN -> FieldValue.bool(Boolean.parseBoolean(text));
            case SINGLE_CHOICE -> FieldValue.choice(text);
            case MULTIPLE_CHOICE -> throw new IllegalArgumentException("a multiple choice is read row by row");
        };
    }
}
