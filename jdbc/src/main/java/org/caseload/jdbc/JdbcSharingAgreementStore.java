// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.spi.storage.sharing.SharingAgreementRecord;
import org.caseload.spi.storage.sharing.SharingAgreementStore;

/** Sharing agreements in the {@code sharing_agreement} table; the kinds as their names joined by commas. */
final class JdbcSharingAgreementStore implements SharingAgreementStore {

    private static final String COLUMNS = "id, sharing_organization_id, receiving_organization_id, two_way, kinds,"
            + " effective_from, effective_to, created_by, created_at_epoch_ns, ended_by, ended_at_epoch_ns, version";

    private static final String INSERT = "INSERT INTO sharing_agreement (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Sets every column but the id, then the version; the id and the version read come last. */
    private static final String UPDATE = "UPDATE sharing_agreement SET sharing_organization_id = ?,"
            + " receiving_organization_id = ?, two_way = ?, kinds = ?, effective_from = ?, effective_to = ?,"
            + " created_by = ?, created_at_epoch_ns = ?, ended_by = ?, ended_at_epoch_ns = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM sharing_agreement WHERE id = ?";

    /** Two index range reads, one per side. */
    private static final String SELECT_BY_ORGANIZATION = "SELECT " + COLUMNS + " FROM sharing_agreement"
            + " WHERE sharing_organization_id = ? UNION SELECT " + COLUMNS + " FROM sharing_agreement"
            + " WHERE receiving_organization_id = ? ORDER BY effective_from, id";

    private final JdbcSession session;
    private final VersionedRowWrites<SharingAgreementRecord> writes;

    JdbcSharingAgreementStore(JdbcSession session) {
        this.session = session;
        this.writes = new VersionedRowWrites<>(session, "sharing agreement", "sharingAgreement", INSERT, UPDATE,
                JdbcSharingAgreementStore::bindContent,
                SharingAgreementRecord::id, SharingAgreementRecord::version, id -> findById(id).isPresent());
    }

    @Override
    public SharingAgreementRecord insert(SharingAgreementRecord agreement) {
        SharingAgreementRecord stored = agreement.withVersion(1);
        writes.insert(stored);
        return stored;
    }

    @Override
    public SharingAgreementRecord update(SharingAgreementRecord agreement) {
        writes.update(agreement);
        return agreement.withVersion(agreement.version() + 1);
    }

    @Override
    public Optional<SharingAgreementRecord> findById(String id) {
        return session.query("read sharing agreement " + id, SELECT_BY_ID, statement -> statement.setString(1, id),
                JdbcSharingAgreementStore::read).stream().findFirst();
    }

    @Override
    public List<SharingAgreementRecord> findByOrganization(String organizationId) {
        return session.query("list the sharing agreements of organization " + organizationId, SELECT_BY_ORGANIZATION,
                statement -> {
                    statement.setString(1, organizationId);
                    statement.setString(2, organizationId);
                }, JdbcSharingAgreementStore::read);
    }

    /** Binds every column from sharing_organization_id to ended_at_epoch_ns; returns the next index. */
    private static int bindContent(PreparedStatement statement, int first, SharingAgreementRecord agreement)
            throws SQLException {
        int index = first;
        statement.setString(index++, agreement.sharingOrganizationId());
        statement.setString(index++, agreement.receivingOrganizationId());
        statement.setBoolean(index++, agreement.twoWay());
        statement.setString(index++, EnumSet.copyOf(agreement.kinds()).stream().map(Enum::name)
                .collect(Collectors.joining(",")));
        statement.setObject(index++, agreement.effectiveFrom(), Types.DATE);
        statement.setObject(index++, agreement.effectiveTo(), Types.DATE);
        statement.setString(index++, agreement.createdBy());
        statement.setLong(index++, EpochNanos.of(agreement.createdAt()));
        statement.setString(index++, agreement.endedBy());
        if (agreement.endedAt() == null) {
            statement.setNull(index++, Types.BIGINT);
        } else {
            statement.setLong(index++, EpochNanos.of(agreement.endedAt()));
        }
        return index;
    }

    private static SharingAgreementRecord read(ResultSet row) throws SQLException {
        Set<SharedRecordKind> kinds = Arrays.stream(row.getString("kinds").split(","))
                .map(SharedRecordKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SharedRecordKind.class)));
        long endedAt = row.getLong("ended_at_epoch_ns");
        boolean ended = !row.wasNull();
        return new SharingAgreementRecord(
                row.getString("id"),
                row.getString("sharing_organization_id"),
                row.getString("receiving_organization_id"),
                row.getBoolean("two_way"),
                kinds,
                row.getObject("effective_from", LocalDate.class),
                row.getObject("effective_to", LocalDate.class),
                row.getString("created_by"),
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                row.getString("ended_by"),
                ended ? EpochNanos.toInstant(endedAt) : null,
                row.getLong("version"));
    }
}
