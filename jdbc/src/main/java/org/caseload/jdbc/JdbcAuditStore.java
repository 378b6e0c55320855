// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.storage.audit.AuditStore;

/** The audit log in the {@code audit_entry} table. Only ever inserts and selects. */
final class JdbcAuditStore implements AuditStore {

    private static final String COLUMNS = "id, occurred_at_epoch_ns, user_id, organization_id, action, outcome,"
            + " record_type, record_id, detail";

    private static final String INSERT = "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcSession session;

    JdbcAuditStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void append(AuditEntry entry) {
        session.update("append audit entry " + entry.id(), INSERT, statement -> {
            statement.setString(1, entry.id());
            statement.setLong(2, EpochNanos.of(entry.occurredAt()));
            statement.setString(3, entry.userId());
            statement.setString(4, entry.organizationId());
            statement.setString(5, entry.action());
            statement.setString(6, entry.outcome().name());
            statement.setString(7, entry.recordType());
            statement.setString(8, entry.recordId());
            statement.setString(9, entry.detail());
        });
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        // Only the criteria the query sets become conditions, so each query can use its index.
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.organizationId() != null) {
            conditions.add("organization_id = ?");
            values.add(query.organizationId());
        }
        if (query.userId() != null) {
            conditions.add("user_id = ?");
            values.add(query.userId());
        }
        if (query.recordId() != null) {
            conditions.add("record_id = ?");
            values.add(query.recordId());
        }
        if (query.from() != null) {
            conditions.add("occurred_at_epoch_ns >= ?");
            values.add(EpochNanos.of(query.from()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at_epoch_ns < ?");
            values.add(EpochNanos.of(query.to()));
        }
        if (query.afterOccurredAt() != null) {
            // Keyset paging in the order of the indexes: no page ever skips or repeats an entry.
            conditions.add("(occurred_at_epoch_ns > ? OR (occurred_at_epoch_ns = ? AND id > ?))");
            values.add(EpochNanos.of(query.afterOccurredAt()));
            values.add(EpochNanos.of(query.afterOccurredAt()));
            values.add(query.afterId());
        }
        String sql = "SELECT " + COLUMNS + " FROM audit_entry"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY occurred_at_epoch_ns, id FETCH FIRST ? ROWS ONLY";
        values.add(query.limit());
        return session.query("find audit entries", sql,
                statement -> {
                    for (int i = 0; i < values.size(); i++) {
                        statement.setObject(i + 1, values.get(i));
                    }
                },
                row -> new AuditEntry(
                        row.getString("id"),
                        EpochNanos.toInstant(row.getLong("occurred_at_epoch_ns")),
                        row.getString("user_id"),
                        row.getString("organization_id"),
                        row.getString("action"),
                        AuditEntry.Outcome.valueOf(row.getString("outcome")),
                        row.getString("record_type"),
                        row.getString("record_id"),
                        row.getString("detail")));
    }
}
