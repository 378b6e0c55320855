// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.HudCode;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.clients.ContactInfo;
import org.caseload.spi.storage.clients.Demographics;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.caseload.spi.storage.clients.PersonName;

/**
 * Clients in the {@code client} table, their match keys both in its {@code match_keys} array (read
 * with the row, counted by the ranking) and in the indexed {@code client_match_key} (looked up by
 * key), their aliases and address history through {@link JdbcClientLists}, their custom form values
 * through {@link JdbcFormValues}. An update replaces every list whole.
 */
final class JdbcClientStore implements ClientStore {

    static final String FORM_OWNER_TYPE = "client";

    private static final String COLUMNS = "id, organization_id, first_name, middle_name, last_name, suffix,"
            + " name_quality, ssn, ssn_quality, date_of_birth, dob_quality, race_and_ethnicity, gender,"
            + " veteran_status, phone, email, other_id, restricted, merged_into, created_at_epoch_ns,"
            + " updated_at_epoch_ns, version";

    private static final String INSERT = "INSERT INTO client (" + COLUMNS + ", match_keys)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE client SET match_keys = ?, organization_id = ?,"
            + " first_name = ?, middle_name = ?, last_name = ?, suffix = ?, name_quality = ?, ssn = ?, ssn_quality = ?,"
            + " date_of_birth = ?, dob_quality = ?, race_and_ethnicity = ?, gender = ?, veteran_status = ?,"
            + " phone = ?, email = ?, other_id = ?, restricted = ?, merged_into = ?, created_at_epoch_ns = ?,"
            + " updated_at_epoch_ns = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";

    private static final String EXISTS = "SELECT 1 FROM client WHERE id = ?";

    private static final String SELECT_BY_IDS = "SELECT " + COLUMNS + ", match_keys FROM client WHERE id = ANY(?)";

    /**
     * The candidate's columns a ranking returns, {@code %s} of {@link #RANK_BY_KEYS} and
     * {@link #RANK_SELECTED}: the row the visibility check reads, returned with its rank rather
     * than read again by id in a second statement.
     */
    private static final String RANKED_COLUMNS = "c." + COLUMNS.replace(", ", ", c.");

    private static final String INSERT_KEY = "INSERT INTO client_match_key (match_key, client_id) VALUES (?, ?)";

    private static final String DELETE_KEYS = "DELETE FROM client_match_key WHERE client_id = ?";

    /**
     * Ranks the clients having any of the keys by how many they have: an index lookup by key,
     * counted by client before each client's row is read once for the visibility check (joined
     * first, the row was read once for each key the client holds). {@code %s} is the columns
     * returned.
     */
    private static final String RANK_BY_KEYS = "SELECT %s, s.hits"
            + " FROM (SELECT k.client_id, COUNT(*) AS hits FROM client_match_key k WHERE k.match_key = ANY(?)"
            + " GROUP BY k.client_id) s"
            + " JOIN client c ON c.id = s.client_id"
            + " WHERE (c.restricted = FALSE OR c.organization_id = ?)"
            + " ORDER BY s.hits DESC, s.client_id FETCH FIRST ? ROWS ONLY";

    private static final String RANK_BY_KEYS_IN_ORGANIZATIONS = RANK_BY_KEYS.replace(" WHERE (c.restricted",
            " WHERE c.organization_id = ANY(?) AND (c.restricted");

    /**
     * Ranks the clients the selecting keys find by how many of the ranking keys they have: the
     * selecting keys are looked up in the index by key, which counts those each client holds; the
     * other ranking keys are looked for only in the rows of the clients found, which the visibility
     * check reads anyway (ADR 0147), so a key held by many clients is never read whole. The first
     * {@code %s} is the columns returned, the second one {@link #HIT} per ranking key that does not
     * select, joined by {@code +}.
     */
    private static final String RANK_SELECTED = "SELECT %s, s.held + %s AS hits"
            + " FROM (SELECT m.client_id, COUNT(*) AS held FROM client_match_key m WHERE m.match_key = ANY(?)"
            + " GROUP BY m.client_id) s"
            + " JOIN client c ON c.id = s.client_id"
            + " WHERE (c.restricted = FALSE OR c.organization_id = ?)"
            + " ORDER BY hits DESC, s.client_id FETCH FIRST ? ROWS ONLY";

    private static final String RANK_SELECTED_IN_ORGANIZATIONS = RANK_SELECTED.replace(" WHERE (c.restricted",
            " WHERE c.organization_id = ANY(?) AND (c.restricted");

    /** One ranking key's hit: a scan of the row's own keys, without an index probe or a set-returning call. */
    private static final String HIT = "CASE WHEN ? = ANY(c.match_keys) THEN 1 ELSE 0 END";

    /** One key's holders, counted up to a limit: reads at most that many index entries. */
    private static final String COUNT_KEY = "SELECT %d AS ordinal, COUNT(*) AS holders FROM"
            + " (SELECT 1 AS one FROM client_match_key WHERE match_key = ? FETCH FIRST ? ROWS ONLY) counted%d";

    private static final String SCAN = "SELECT id FROM client WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY";

    private static final String SCAN_IN_ORGANIZATIONS = "SELECT id FROM client"
            + " WHERE organization_id = ANY(?) AND id > ? ORDER BY id FETCH FIRST ? ROWS ONLY";

    private final JdbcSession session;
    private final JdbcClientLists lists;
    private final JdbcFormValues forms;

    JdbcClientStore(JdbcSession session) {
        this.session = session;
        this.lists = new JdbcClientLists(session);
        this.forms = new JdbcFormValues(session, FORM_OWNER_TYPE);
    }

    @Override
    public ClientRecord insert(ClientRecord client) {
        return insertAll(List.of(client)).get(0);
    }

    /**
     * Each table's rows of every client in one batch: with the PostgreSQL driver's
     * {@code reWriteBatchedInserts}, a few multi-row statements for the whole list.
     */
    @Override
    public List<ClientRecord> insertAll(List<ClientRecord> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        List<ClientRecord> stored = clients.stream().map(client -> client.withVersion(1)).toList();
        String operation = stored.size() == 1 ? "insert client " + stored.get(0).id()
                : "insert " + stored.size() + " clients";
        session.updateEach(operation, INSERT, stored, (statement, client) -> {
            statement.setString(1, client.id());
            bindColumns(statement, 2, client);
            statement.setLong(22, client.version());
            statement.setArray(23, session.textArray(client.matchKeys()));
        });
        insertParts(stored);
        return stored;
    }

    @Override
    public ClientRecord update(ClientRecord client) {
        int changed = session.update("update client " + client.id(), UPDATE, statement -> {
            statement.setArray(1, session.textArray(client.matchKeys()));
            bindColumns(statement, 2, client);
            statement.setString(22, client.id());
            statement.setLong(23, client.version());
        });
        VersionedRows.requireChanged(changed, "client", client.id(), client.version(), () -> exists(client.id()));
        session.update("replace the match keys of client " + client.id(), DELETE_KEYS,
                statement -> statement.setString(1, client.id()));
        lists.delete(client.id());
        forms.delete(client.id());
        ClientRecord stored = client.withVersion(client.version() + 1);
        insertParts(List.of(stored));
        return stored;
    }

    @Override
    public Optional<ClientRecord> findById(String id) {
        return load(List.of(id)).stream().findFirst();
    }

    @Override
    public List<ClientRecord> findByMatchKeys(MatchKeyQuery query) {
        return rankByMatchKeys(query, true);
    }

    @Override
    public List<ClientRecord> findCandidatesByMatchKeys(MatchKeyQuery query) {
        return rankByMatchKeys(query, false);
    }

    /** The clients {@link #findByMatchKeys} finds, in its order, read by the ranking statement itself. */
    private List<ClientRecord> rankByMatchKeys(MatchKeyQuery query, boolean withMatchKeys) {
        return assembled(session.query("find clients by match keys", rankingSql(query, withMatchKeys),
                statement -> bindRanking(statement, query), row -> read(row, withMatchKeys)));
    }

    /**
     * The statement that ranks a lookup's candidates: {@link #RANK_SELECTED} when some ranking keys
     * do not select, {@link #RANK_BY_KEYS} otherwise; its parameters bound by {@link #bindRanking}.
     */
    static String rankingSql(MatchKeyQuery query, boolean withMatchKeys) {
        boolean inOrganizations = !query.organizationIds().isEmpty();
        List<String> rankingKeys = rankingOnly(query);
        String columns = withMatchKeys ? RANKED_COLUMNS + ", c.match_keys" : RANKED_COLUMNS;
        return rankingKeys.isEmpty()
                ? String.format(Locale.ROOT, inOrganizations ? RANK_BY_KEYS_IN_ORGANIZATIONS : RANK_BY_KEYS, columns)
                : String.format(Locale.ROOT, inOrganizations ? RANK_SELECTED_IN_ORGANIZATIONS : RANK_SELECTED, columns,
                        String.join(" + ", Collections.nCopies(rankingKeys.size(), HIT)));
    }

    /** Binds the parameters of {@link #rankingSql} for the same query. */
    static void bindRanking(PreparedStatement statement, MatchKeyQuery query) throws SQLException {
        int index = 1;
        for (String key : rankingOnly(query)) {
            statement.setString(index++, key);
        }
        Connection connection = statement.getConnection();
        statement.setArray(index++, connection.createArrayOf("VARCHAR", query.matchKeys().toArray()));
        if (!query.organizationIds().isEmpty()) {
            statement.setArray(index++, connection.createArrayOf("VARCHAR", query.organizationIds().toArray()));
        }
        // A null organization equals no row: every restricted client is left out.
        statement.setString(index++, query.restrictedVisibleTo());
        statement.setInt(index, query.limit());
    }

    /** The ranking keys that do not also select: each is one {@link #HIT} of the row's own keys. */
    private static List<String> rankingOnly(MatchKeyQuery query) {
        return query.rankingKeys().stream().filter(key -> !query.matchKeys().contains(key)).toList();
    }

    @Override
    public Map<String, Integer> countByMatchKeys(Set<String> keys, int atMost) {
        if (atMost < 1) {
            throw new IllegalArgumentException("atMost must be at least 1, was " + atMost);
        }
        List<String> ordered = List.copyOf(keys);
        if (ordered.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < ordered.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append(String.format(Locale.ROOT, COUNT_KEY, i, i));
        }
        return session.query("count the holders of match keys", sql.toString(),
                statement -> {
                    for (int i = 0; i < ordered.size(); i++) {
                        statement.setString(2 * i + 1, ordered.get(i));
                        statement.setInt(2 * i + 2, atMost);
                    }
                },
                row -> Map.entry(ordered.get(row.getInt("ordinal")), row.getInt("holders")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public List<ClientRecord> scan(ClientScan scan) {
        boolean inOrganizations = !scan.organizationIds().isEmpty();
        List<String> ids = session.query("scan clients", inOrganizations ? SCAN_IN_ORGANIZATIONS : SCAN,
                statement -> {
                    int index = 1;
                    if (inOrganizations) {
                        statement.setArray(index++, session.textArray(scan.organizationIds()));
                    }
                    // The empty string sorts before every id: the first page.
                    statement.setString(index++, scan.afterId() == null ? "" : scan.afterId());
                    statement.setInt(index, scan.limit());
                },
                row -> row.getString("id"));
        return load(ids);
    }

    /**
     * Binds the columns of the {@code client} row from {@code organization_id} to
     * {@code updated_at_epoch_ns}, in {@link #COLUMNS} order, starting at parameter {@code first}.
     */
    private static void bindColumns(PreparedStatement statement, int first, ClientRecord client) throws SQLException {
        ClientIdentity identity = client.identity();
        Demographics demographics = client.demographics();
        int index = first;
        statement.setString(index++, client.organizationId());
        statement.setString(index++, identity.name().first());
        statement.setString(index++, identity.name().middle());
        statement.setString(index++, identity.name().last());
        statement.setString(index++, identity.name().suffix());
        statement.setInt(index++, identity.nameQuality().code());
        statement.setString(index++, identity.ssn());
        statement.setInt(index++, identity.ssnQuality().code());
        statement.setObject(index++, identity.dateOfBirth(), Types.DATE);
        statement.setInt(index++, identity.dobQuality().code());
        statement.setString(index++, codes(demographics.raceAndEthnicity()));
        statement.setString(index++, codes(demographics.gender()));
        statement.setInt(index++, demographics.veteranStatus().code());
        statement.setString(index++, client.contact().phone());
        statement.setString(index++, client.contact().email());
        statement.setString(index++, identity.otherId());
        statement.setBoolean(index++, client.restricted());
        statement.setString(index++, client.mergedInto());
        statement.setLong(index++, EpochNanos.of(client.createdAt()));
        statement.setLong(index, EpochNanos.of(client.updatedAt()));
    }

    /** The match keys, lists and form values of clients that have none stored. */
    private void insertParts(List<ClientRecord> clients) {
        List<Map.Entry<String, String>> keys = new ArrayList<>();
        clients.forEach(client -> client.matchKeys().forEach(key -> keys.add(Map.entry(client.id(), key))));
        if (!keys.isEmpty()) {
            session.updateEach("store the match keys of " + clients.size() + " clients", INSERT_KEY, keys,
                    (statement, key) -> {
                        statement.setString(1, key.getValue());
                        statement.setString(2, key.getKey());
                    });
        }
        lists.insertAll(clients);
        clients.forEach(client -> forms.insert(client.id(), client.forms()));
    }

    private boolean exists(String id) {
        return !session.query("look up client " + id, EXISTS, statement -> statement.setString(1, id),
                row -> Boolean.TRUE).isEmpty();
    }

    /** The clients with these ids, in the order of the ids; unknown ids are left out. */
    private List<ClientRecord> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, StoredRow> byId = new HashMap<>();
        session.query("read clients", SELECT_BY_IDS, statement -> statement.setArray(1, session.textArray(ids)),
                row -> read(row, true))
                .forEach(stored -> byId.put(stored.id(), stored));
        List<StoredRow> inOrder = new ArrayList<>(ids.size());
        for (String id : ids) {
            StoredRow stored = byId.get(id);
            if (stored != null) {
                inOrder.add(stored);
            }
        }
        return assembled(inOrder);
    }

    /** The clients of these rows, in their order, each with its lists and form values. */
    private List<ClientRecord> assembled(List<StoredRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(StoredRow::id).toList();
        Parts parts = new Parts(lists.read(ids), forms.load(ids));
        List<ClientRecord> clients = new ArrayList<>(rows.size());
        rows.forEach(row -> clients.add(row.assembly().apply(parts)));
        return clients;
    }

    /** What is kept beside the {@code client} rows of the clients being read, by client id. */
    private record Parts(JdbcClientLists.Lists lists, Map<String, List<FormValues>> forms) {
    }

    /**
     * A {@code client} row as read, and how it becomes a client once its lists are read: the
     * lists are read for every row of a result at once, after the result.
     */
    private record StoredRow(String id, Function<Parts, ClientRecord> assembly) {
    }

    private static StoredRow read(ResultSet row, boolean withMatchKeys) throws SQLException {
        String id = row.getString("id");
        PersonName name = new PersonName(row.getString("first_name"), row.getString("middle_name"),
                row.getString("last_name"), row.getString("suffix"));
        NameDataQuality nameQuality = NameDataQuality.fromCode(row.getInt("name_quality"));
        String ssn = row.getString("ssn");
        SsnDataQuality ssnQuality = SsnDataQuality.fromCode(row.getInt("ssn_quality"));
        LocalDate dateOfBirth = row.getObject("date_of_birth", LocalDate.class);
        DobDataQuality dobQuality = DobDataQuality.fromCode(row.getInt("dob_quality"));
        String otherId = row.getString("other_id");
        Demographics demographics = new Demographics(
                responses(RaceAndEthnicity.class, row.getString("race_and_ethnicity")),
                responses(Gender.class, row.getString("gender")),
                NoYesReasons.fromCode(row.getInt("veteran_status")));
        String phone = row.getString("phone");
        String email = row.getString("email");
        String organizationId = row.getString("organization_id");
        Set<String> matchKeys = withMatchKeys ? matchKeys(row) : Set.of();
        boolean restricted = row.getBoolean("restricted");
        String mergedInto = row.getString("merged_into");
        Instant createdAt = EpochNanos.toInstant(row.getLong("created_at_epoch_ns"));
        Instant updatedAt = EpochNanos.toInstant(row.getLong("updated_at_epoch_ns"));
        long version = row.getLong("version");
        return new StoredRow(id, parts -> new ClientRecord(id, organizationId,
                new ClientIdentity(name, nameQuality, parts.lists().aliases().getOrDefault(id, List.of()), ssn, ssnQuality,
                        dateOfBirth, dobQuality, otherId),
                demographics,
                new ContactInfo(phone, email, parts.lists().addresses().getOrDefault(id, List.of())),
                parts.forms().getOrDefault(id, List.of()), matchKeys, restricted, mergedInto, createdAt, updatedAt,
                version));
    }

    /** The keys of the row's {@code match_keys} array. */
    private static Set<String> matchKeys(ResultSet row) throws SQLException {
        Array keys = row.getArray("match_keys");
        try {
            Set<String> read = new HashSet<>();
            for (Object key : (Object[]) keys.getArray()) {
                read.add((String) key);
            }
            return read;
        } finally {
            keys.free();
        }
    }

    /** The published codes of a set of responses, in ascending order, joined by commas. */
    private static String codes(Set<? extends HudCode> responses) {
        return responses.stream()
                .map(HudCode::code)
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    private static <E extends Enum<E> & HudCode> Set<E> responses(Class<E> list, String codes) {
        Set<E> responses = EnumSet.noneOf(list);
        if (!codes.isEmpty()) {
            Arrays.stream(codes.split(",")).map(code -> HudCode.fromCode(list, Integer.parseInt(code)))
                    .forEach(responses::add);
        }
        return responses;
    }
}
