// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.storage.tickets.SlaClockRecord;
import org.caseload.spi.storage.tickets.SlaClockStore;
import org.caseload.spi.storage.tickets.SlaMetric;

/**
 * Service-level clocks in the {@code sla_clock} table. Durations are kept as nanoseconds, instants
 * as epoch nanoseconds. {@link #findDue} is a range scan of the index on the next check, which
 * holds no paused, stopped or breached clock within the range (their next check is NULL).
 */
final class JdbcSlaClockStore implements SlaClockStore {

    private static final String RECORD_TYPE = "SLA clock";

    private static final String CONTENT_COLUMNS = "organization_id, priority, started_at_epoch_ns, target_ns,"
            + " warn_after_ns, paused_for_ns, paused_at_epoch_ns, warn_at_epoch_ns, due_at_epoch_ns,"
            + " stopped_at_epoch_ns, warned, breached, next_check_at_epoch_ns";

    private static final String COLUMNS = "ticket_id, metric, " + CONTENT_COLUMNS + ", version";

    private static final String INSERT = "INSERT INTO sla_clock (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    private static final String UPDATE = "UPDATE sla_clock SET organization_id = ?, priority = ?,"
            + " started_at_epoch_ns = ?, target_ns = ?, warn_after_ns = ?, paused_for_ns = ?, paused_at_epoch_ns = ?,"
            + " warn_at_epoch_ns = ?, due_at_epoch_ns = ?, stopped_at_epoch_ns = ?, warned = ?, breached = ?,"
            + " next_check_at_epoch_ns = ?, version = version + 1"
            + " WHERE ticket_id = ? AND metric = ? AND version = ?";

    private static final String SELECT_ONE = "SELECT " + COLUMNS + " FROM sla_clock WHERE ticket_id = ? AND metric = ?";

    private static final String SELECT_TICKET = "SELECT " + COLUMNS + " FROM sla_clock WHERE ticket_id = ?";

    /** The sweep's query; package-private so that a test can read the database's plan of it. */
    static final String SELECT_DUE = "SELECT " + COLUMNS + " FROM sla_clock"
            + " WHERE next_check_at_epoch_ns <= ?"
            + " ORDER BY next_check_at_epoch_ns, ticket_id, metric LIMIT ?";

    private final JdbcSession session;

    JdbcSlaClockStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public SlaClockRecord insert(SlaClockRecord clock) {
        session.update("store the " + clock.metric() + " clock of ticket " + clock.ticketId(), INSERT, statement -> {
            statement.setString(1, clock.ticketId());
            statement.setString(2, clock.metric().name());
            bindContent(statement, 3, clock);
        });
        return clock.withVersion(1);
    }

    @Override
    public SlaClockRecord update(SlaClockRecord clock) {
        String key = clock.ticketId() + "/" + clock.metric();
        int changed = session.update("update the " + clock.metric() + " clock of ticket " + clock.ticketId(), UPDATE,
                statement -> {
                    int next = bindContent(statement, 1, clock);
                    statement.setString(next++, clock.ticketId());
                    statement.setString(next++, clock.metric().name());
                    statement.setLong(next, clock.version());
                });
        VersionedRows.requireChanged(changed, RECORD_TYPE, key, clock.version(),
                () -> find(clock.ticketId(), clock.metric()).isPresent());
        return clock.withVersion(clock.version() + 1);
    }

    @Override
    public Optional<SlaClockRecord> find(String ticketId, SlaMetric metric) {
        return session.query("read the " + metric + " clock of ticket " + ticketId, SELECT_ONE, statement -> {
            statement.setString(1, ticketId);
            statement.setString(2, metric.name());
        }, JdbcSlaClockStore::read).stream().findFirst();
    }

    @Override
    public List<SlaClockRecord> clocks(String ticketId) {
        return session.query("read the clocks of ticket " + ticketId, SELECT_TICKET,
                        statement -> statement.setString(1, ticketId), JdbcSlaClockStore::read).stream()
                .sorted((a, b) -> a.metric().compareTo(b.metric()))
                .toList();
    }

    @Override
    public List<SlaClockRecord> findDue(Instant upTo, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return session.query("find the clocks due", SELECT_DUE, statement -> {
            statement.setLong(1, EpochNanos.of(upTo));
            statement.setInt(2, limit);
        }, JdbcSlaClockStore::read);
    }

    /** Binds every column from organization_id to next_check_at_epoch_ns; returns the next index. */
    private static int bindContent(PreparedStatement statement, int first, SlaClockRecord clock) throws SQLException {
        int index = first;
        statement.setString(index++, clock.organizationId());
        statement.setString(index++, clock.priority());
        statement.setLong(index++, EpochNanos.of(clock.startedAt()));
        statement.setLong(index++, clock.target().toNanos());
        statement.setLong(index++, clock.warnAfter().toNanos());
        statement.setLong(index++, clock.pausedFor().toNanos());
        setInstant(statement, index++, clock.pausedAt());
        statement.setLong(index++, EpochNanos.of(clock.warnAt()));
        statement.setLong(index++, EpochNanos.of(clock.dueAt()));
        setInstant(statement, index++, clock.stoppedAt());
        statement.setBoolean(index++, clock.warned());
        statement.setBoolean(index++, clock.breached());
        setInstant(statement, index++, clock.nextCheckAt());
        return index;
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, EpochNanos.of(instant));
        }
    }

    private static SlaClockRecord read(ResultSet row) throws SQLException {
        return new SlaClockRecord(
                row.getString("ticket_id"),
                SlaMetric.valueOf(row.getString("metric")),
                row.getString("organization_id"),
                row.getString("priority"),
                EpochNanos.toInstant(row.getLong("started_at_epoch_ns")),
                Duration.ofNanos(row.getLong("target_ns")),
                Duration.ofNanos(row.getLong("warn_after_ns")),
                Duration.ofNanos(row.getLong("paused_for_ns")),
                instant(row, "paused_at_epoch_ns"),
                EpochNanos.toInstant(row.getLong("warn_at_epoch_ns")),
                EpochNanos.toInstant(row.getLong("due_at_epoch_ns")),
                instant(row, "stopped_at_epoch_ns"),
                row.getBoolean("warned"),
                row.getBoolean("breached"),
                instant(row, "next_check_at_epoch_ns"),
                row.getLong("version"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : EpochNanos.toInstant(value);
    }
}
