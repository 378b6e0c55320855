// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.storage.channel.ChannelCredentialRecord;
import org.caseload.spi.storage.channel.ChannelCredentialStore;

/** The support channel's credentials in the {@code channel_credential} table, their secrets sealed. */
final class JdbcChannelCredentialStore implements ChannelCredentialStore {

    private static final String COLUMNS = "id, organization_id, key_id, sealed_secret, issued_at_epoch_ns,"
            + " first_used_at_epoch_ns, revoked_at_epoch_ns, version";

    private static final String INSERT = "INSERT INTO channel_credential (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE channel_credential SET organization_id = ?, key_id = ?,"
            + " sealed_secret = ?, issued_at_epoch_ns = ?, first_used_at_epoch_ns = ?, revoked_at_epoch_ns = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM channel_credential WHERE id = ?";

    private static final String SELECT_BY_ORGANIZATION = "SELECT " + COLUMNS + " FROM channel_credential"
            + " WHERE organization_id = ? ORDER BY issued_at_epoch_ns, id";

    private final JdbcSession session;
    private final VersionedRowWrites<ChannelCredentialRecord> writes;

    JdbcChannelCredentialStore(JdbcSession session) {
        this.session = session;
        this.writes = new VersionedRowWrites<>(session, "channel credential", "channelCredential", INSERT, UPDATE,
                JdbcChannelCredentialStore::bindContent, ChannelCredentialRecord::id, ChannelCredentialRecord::version,
                id -> findById(id).isPresent());
    }

    @Override
    public ChannelCredentialRecord insert(ChannelCredentialRecord credential) {
        ChannelCredentialRecord stored = credential.withVersion(1);
        writes.insert(stored);
        return stored;
    }

    @Override
    public ChannelCredentialRecord update(ChannelCredentialRecord credential) {
        writes.update(credential);
        return credential.withVersion(credential.version() + 1);
    }

    @Override
    public Optional<ChannelCredentialRecord> findById(String id) {
        return session.query("read channel credential " + id, SELECT_BY_ID, statement -> statement.setString(1, id),
                JdbcChannelCredentialStore::read).stream().findFirst();
    }

    @Override
    public List<ChannelCredentialRecord> findByOrganization(String organizationId) {
        return session.query("list the channel credentials of organization " + organizationId, SELECT_BY_ORGANIZATION,
                statement -> statement.setString(1, organizationId), JdbcChannelCredentialStore::read);
    }

    /** Binds every column from organization_id to revoked_at_epoch_ns; returns the next index. */
    private static int bindContent(PreparedStatement statement, int first, ChannelCredentialRecord credential)
            throws SQLException {
        int index = first;
        statement.setString(index++, credential.organizationId());
        statement.setString(index++, credential.keyId());
        statement.setString(index++, credential.sealedSecret());
        statement.setLong(index++, EpochNanos.of(credential.issuedAt()));
        bindInstant(statement, index++, credential.firstUsedAt());
        bindInstant(statement, index++, credential.revokedAt());
        return index;
    }

    private static void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, EpochNanos.of(instant));
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : EpochNanos.toInstant(value);
    }

    private static ChannelCredentialRecord read(ResultSet row) throws SQLException {
        return new ChannelCredentialRecord(
                row.getString("id"),
                row.getString("organization_id"),
                row.getString("key_id"),
                row.getString("sealed_secret"),
                EpochNanos.toInstant(row.getLong("issued_at_epoch_ns")),
                instant(row, "first_used_at_epoch_ns"),
                instant(row, "revoked_at_epoch_ns"),
                row.getLong("version"));
    }
}
