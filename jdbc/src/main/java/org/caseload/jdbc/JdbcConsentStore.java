// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.storage.sharing.ConsentDecision;
import org.caseload.spi.storage.sharing.ConsentRecord;
import org.caseload.spi.storage.sharing.ConsentStore;

/** Clients' consent decisions in the {@code client_consent} table. */
final class JdbcConsentStore implements ConsentStore {

    private static final String COLUMNS = "id, client_id, organization_id, decision, valid_until,"
            + " recorded_by_organization_id, recorded_by, recorded_at_epoch_ns, revoked_by, revoked_at_epoch_ns,"
            + " version";

    private static final String INSERT = "INSERT INTO client_consent (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Sets every column but the id, then the version; the id and the version read come last. */
    private static final String UPDATE = "UPDATE client_consent SET client_id = ?, organization_id = ?, decision = ?,"
            + " valid_until = ?, recorded_by_organization_id = ?, recorded_by = ?, recorded_at_epoch_ns = ?,"
            + " revoked_by = ?, revoked_at_epoch_ns = ?, version = version + 1 WHERE id = ? AND version = ?";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM client_consent WHERE id = ?";

    private static final String ORDER = " ORDER BY recorded_at_epoch_ns, id";

    private static final String SELECT_BY_CLIENT = "SELECT " + COLUMNS + " FROM client_consent WHERE client_id = ?"
            + ORDER;

    private static final String SELECT_BY_CLIENTS_FOR = "SELECT " + COLUMNS + " FROM client_consent"
            + " WHERE client_id = ANY(?) AND organization_id = ?" + ORDER;

    private final JdbcSession session;
    private final VersionedRowWrites<ConsentRecord> writes;

    JdbcConsentStore(JdbcSession session) {
        this.session = session;
        this.writes = new VersionedRowWrites<>(session, "consent", "consent", INSERT, UPDATE,
                JdbcConsentStore::bindContent,
                ConsentRecord::id, ConsentRecord::version, id -> findById(id).isPresent());
    }

    @Override
    public ConsentRecord insert(ConsentRecord consent) {
        ConsentRecord stored = consent.withVersion(1);
        writes.insert(stored);
        return stored;
    }

    @Override
    public ConsentRecord update(ConsentRecord consent) {
        writes.update(consent);
        return consent.withVersion(consent.version() + 1);
    }

    @Override
    public Optional<ConsentRecord> findById(String id) {
        return session.query("read consent " + id, SELECT_BY_ID, statement -> statement.setString(1, id),
                JdbcConsentStore::read).stream().findFirst();
    }

    @Override
    public List<ConsentRecord> findByClient(String clientId) {
        return session.query("list the consents of client " + clientId, SELECT_BY_CLIENT,
                statement -> statement.setString(1, clientId), JdbcConsentStore::read);
    }

    @Override
    public List<ConsentRecord> findByClientsFor(Collection<String> clientIds, String organizationId) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return session.query("list the consents of " + clientIds.size() + " clients for organization " + organizationId,
                SELECT_BY_CLIENTS_FOR, statement -> {
                    statement.setArray(1, session.textArray(Set.copyOf(clientIds)));
                    statement.setString(2, organizationId);
                }, JdbcConsentStore::read);
    }

    /** Binds every column from client_id to revoked_at_epoch_ns; returns the next index. */
    private static int bindContent(PreparedStatement statement, int first, ConsentRecord consent) throws SQLException {
        int index = first;
        statement.setString(index++, consent.clientId());
        statement.setString(index++, consent.organizationId());
        statement.setString(index++, consent.decision().name());
        statement.setObject(index++, consent.validUntil(), Types.DATE);
        statement.setString(index++, consent.recordedByOrganizationId());
        statement.setString(index++, consent.recordedBy());
        statement.setLong(index++, EpochNanos.of(consent.recordedAt()));
        statement.setString(index++, consent.revokedBy());
        if (consent.revokedAt() == null) {
            statement.setNull(index++, Types.BIGINT);
        } else {
            statement.setLong(index++, EpochNanos.of(consent.revokedAt()));
        }
        return index;
    }

    private static ConsentRecord read(ResultSet row) throws SQLException {
        long revokedAt = row.getLong("revoked_at_epoch_ns");
        boolean revoked = !row.wasNull();
        return new ConsentRecord(
                row.getString("id"),
                row.getString("client_id"),
                row.getString("organization_id"),
                ConsentDecision.valueOf(row.getString("decision")),
                row.getObject("valid_until", LocalDate.class),
                row.getString("recorded_by_organization_id"),
                row.getString("recorded_by"),
                EpochNanos.toInstant(row.getLong("recorded_at_epoch_ns")),
                row.getString("revoked_by"),
                revoked ? EpochNanos.toInstant(revokedAt) : null,
                row.getLong("version"));
    }
}
