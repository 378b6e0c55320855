package org.caseload.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.ClientRecord;
import org.caseload.spi.storage.ClientStore;
import org.caseload.spi.storage.MatchKeyQuery;

/** Clients in the {@code client} table, their match keys in the indexed {@code client_match_key}. */
final class JdbcClientStore implements ClientStore {

    private static final String COLUMNS = "id, organization_id, first_name, middle_name, last_name, suffix,"
            + " date_of_birth, created_at_epoch_ns, updated_at_epoch_ns, version";

    private static final String INSERT = "INSERT INTO client (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE client SET organization_id = ?, first_name = ?, middle_name = ?,"
            + " last_name = ?, suffix = ?, date_of_birth = ?, created_at_epoch_ns = ?, updated_at_epoch_ns = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    private static final String EXISTS = "SELECT 1 FROM client WHERE id = ?";

    private static final String SELECT_BY_IDS = "SELECT " + COLUMNS + " FROM client WHERE id = ANY(?)";

    private static final String INSERT_KEY = "INSERT INTO client_match_key (match_key, client_id) VALUES (?, ?)";

    private static final String DELETE_KEYS = "DELETE FROM client_match_key WHERE client_id = ?";

    private static final String SELECT_KEYS =
            "SELECT client_id, match_key FROM client_match_key WHERE client_id = ANY(?)";

    /** Ranks the clients having any of the keys by how many they have; an index lookup by key. */
    private static final String RANK_BY_KEYS = "SELECT k.client_id, COUNT(*) AS hits FROM client_match_key k"
            + " WHERE k.match_key = ANY(?)"
            + " GROUP BY k.client_id ORDER BY hits DESC, k.client_id FETCH FIRST ? ROWS ONLY";

    private static final String RANK_BY_KEYS_IN_ORGANIZATIONS = "SELECT k.client_id, COUNT(*) AS hits"
            + " FROM client_match_key k JOIN client c ON c.id = k.client_id"
            + " WHERE k.match_key = ANY(?) AND c.organization_id = ANY(?)"
            + " GROUP BY k.client_id ORDER BY hits DESC, k.client_id FETCH FIRST ? ROWS ONLY";

    private final JdbcSession session;

    JdbcClientStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public ClientRecord insert(ClientRecord client) {
        ClientRecord stored = client.withVersion(1);
        session.update("insert client " + client.id(), INSERT, statement -> {
            statement.setString(1, stored.id());
            statement.setString(2, stored.organizationId());
            statement.setString(3, stored.firstName());
            statement.setString(4, stored.middleName());
            statement.setString(5, stored.lastName());
            statement.setString(6, stored.suffix());
            statement.setObject(7, stored.dateOfBirth(), Types.DATE);
            statement.setLong(8, EpochNanos.of(stored.createdAt()));
            statement.setLong(9, EpochNanos.of(stored.updatedAt()));
            statement.setLong(10, stored.version());
        });
        insertKeys(stored);
        return stored;
    }

    @Override
    public ClientRecord update(ClientRecord client) {
        int changed = session.update("update client " + client.id(), UPDATE, statement -> {
            statement.setString(1, client.organizationId());
            statement.setString(2, client.firstName());
            statement.setString(3, client.middleName());
            statement.setString(4, client.lastName());
            statement.setString(5, client.suffix());
            statement.setObject(6, client.dateOfBirth(), Types.DATE);
            statement.setLong(7, EpochNanos.of(client.createdAt()));
            statement.setLong(8, EpochNanos.of(client.updatedAt()));
            statement.setString(9, client.id());
            statement.setLong(10, client.version());
        });
        if (changed == 0) {
            throw exists(client.id())
                    ? new ConcurrentModificationException("client", client.id(), client.version())
                    : new NotFoundException("client", client.id());
        }
        session.update("replace the match keys of client " + client.id(), DELETE_KEYS,
                statement -> statement.setString(1, client.id()));
        ClientRecord stored = client.withVersion(client.version() + 1);
        insertKeys(stored);
        return stored;
    }

    @Override
    public Optional<ClientRecord> findById(String id) {
        return load(List.of(id)).stream().findFirst();
    }

    @Override
    public List<ClientRecord> findByMatchKeys(MatchKeyQuery query) {
        boolean inOrganizations = !query.organizationIds().isEmpty();
        List<String> ranked = session.query("find clients by match keys",
                inOrganizations ? RANK_BY_KEYS_IN_ORGANIZATIONS : RANK_BY_KEYS,
                statement -> {
                    int index = 1;
                    statement.setArray(index++, session.textArray(query.matchKeys()));
                    if (inOrganizations) {
                        statement.setArray(index++, session.textArray(query.organizationIds()));
                    }
                    statement.setInt(index, query.limit());
                },
                row -> row.getString("client_id"));
        return load(ranked);
    }

    private boolean exists(String id) {
        return !session.query("look up client " + id, EXISTS, statement -> statement.setString(1, id),
                row -> Boolean.TRUE).isEmpty();
    }

    private void insertKeys(ClientRecord client) {
        if (!client.matchKeys().isEmpty()) {
            session.updateEach("store the match keys of client " + client.id(), INSERT_KEY, client.matchKeys(),
                    (statement, key) -> {
                        statement.setString(1, key);
                        statement.setString(2, client.id());
                    });
        }
    }

    /** The clients with these ids, in the order of the ids; unknown ids are left out. */
    private List<ClientRecord> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> keysById = new HashMap<>();
        session.query("read the match keys of clients", SELECT_KEYS,
                statement -> statement.setArray(1, session.textArray(ids)),
                row -> Map.entry(row.getString("client_id"), row.getString("match_key")))
                .forEach(key -> keysById.computeIfAbsent(key.getKey(), id -> new HashSet<>()).add(key.getValue()));
        Map<String, ClientRecord> byId = new HashMap<>();
        session.query("read clients", SELECT_BY_IDS, statement -> statement.setArray(1, session.textArray(ids)),
                row -> read(row, keysById))
                .forEach(client -> byId.put(client.id(), client));
        List<ClientRecord> inOrder = new ArrayList<>(ids.size());
        for (String id : ids) {
            ClientRecord client = byId.get(id);
            if (client != null) {
                inOrder.add(client);
            }
        }
        return inOrder;
    }

    private static ClientRecord read(ResultSet row, Map<String, Set<String>> keysById) throws SQLException {
        String id = row.getString("id");
        return new ClientRecord(
                id,
                row.getString("organization_id"),
                row.getString("first_name"),
                row.getString("middle_name"),
                row.getString("last_name"),
                row.getString("suffix"),
                row.getObject("date_of_birth", LocalDate.class),
                keysById.getOrDefault(id, Set.of()),
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                EpochNanos.toInstant(row.getLong("updated_at_epoch_ns")),
                row.getLong("version"));
    }
}
