// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.clients.ClientLinkRecord;
import org.caseload.spi.storage.clients.ClientLinkStore;

/** Client links in {@code client_link}; a unique constraint keeps one link per pair of clients. */
final class JdbcClientLinkStore implements ClientLinkStore {

    private static final String COLUMNS = "id, organization_id, client_id_a, client_id_b, reason, linked_by,"
            + " linked_at_epoch_ns";

    private static final String INSERT = "INSERT INTO client_link (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String DELETE = "DELETE FROM client_link WHERE id = ?";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM client_link WHERE id = ?";

    private static final String SELECT_BY_CLIENT = "SELECT " + COLUMNS + " FROM client_link"
            + " WHERE client_id_a = ? OR client_id_b = ? ORDER BY id";

    private static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM client_link ORDER BY id";

    private static final String SELECT_BY_ORGANIZATIONS = "SELECT " + COLUMNS + " FROM client_link"
            + " WHERE organization_id = ANY(?) ORDER BY id";

    private final JdbcSession session;

    JdbcClientLinkStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void insert(ClientLinkRecord link) {
        session.update("insert client link " + link.id(), INSERT, statement -> {
            statement.setString(1, link.id());
            statement.setString(2, link.organizationId());
            statement.setString(3, link.clientIdA());
            statement.setString(4, link.clientIdB());
            statement.setString(5, link.reason());
            statement.setString(6, link.linkedBy());
            statement.setLong(7, EpochNanos.of(link.linkedAt()));
        });
    }

    @Override
    public void delete(String id) {
        if (session.update("delete client link " + id, DELETE, statement -> statement.setString(1, id)) == 0) {
            throw new NotFoundException("clientLink", id);
        }
    }

    @Override
    public Optional<ClientLinkRecord> findById(String id) {
        return session.query("read client link " + id, SELECT, statement -> statement.setString(1, id),
                JdbcClientLinkStore::read).stream().findFirst();
    }

    @Override
    public List<ClientLinkRecord> findByClient(String clientId) {
        return session.query("read the links of client " + clientId, SELECT_BY_CLIENT, statement -> {
            statement.setString(1, clientId);
            statement.setString(2, clientId);
        }, JdbcClientLinkStore::read);
    }

    @Override
    public List<ClientLinkRecord> findByOrganizations(Set<String> organizationIds) {
        if (organizationIds.isEmpty()) {
            return session.query("read every client link", SELECT_ALL, statement -> { }, JdbcClientLinkStore::read);
        }
        return session.query("read the client links of organizations", SELECT_BY_ORGANIZATIONS,
                statement -> statement.setArray(1, session.textArray(organizationIds)), JdbcClientLinkStore::read);
    }

    private static ClientLinkRecord read(ResultSet row) throws SQLException {
        return new ClientLinkRecord(row.getString("id"), row.getString("organization_id"),
                row.getString("client_id_a"), row.getString("client_id_b"), row.getString("reason"),
                row.getString("linked_by"), EpochNanos.toInstant(row.getLong("linked_at_epoch_ns")));
    }
}
