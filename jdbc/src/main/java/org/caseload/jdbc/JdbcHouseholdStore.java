// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.casework.HouseholdRecord;
import org.caseload.spi.storage.casework.HouseholdStore;

/**
 * Households in the {@code household} table, their members in {@code household_member}, rewritten
 * as a whole on every update. The unique pair {@code (primary_client_id, primary_organization_id)}
 * keeps each client primary in one household of each organization only.
 */
final class JdbcHouseholdStore implements HouseholdStore {

    private static final String COLUMNS = "id, organization_id, created_at_epoch_ns, updated_at_epoch_ns, version";

    private static final String INSERT = "INSERT INTO household (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE household SET organization_id = ?, created_at_epoch_ns = ?,"
            + " updated_at_epoch_ns = ?, version = version + 1 WHERE id = ? AND version = ?";

    private static final String EXISTS = "SELECT 1 FROM household WHERE id = ?";

    private static final String SELECT_BY_IDS = "SELECT " + COLUMNS + " FROM household WHERE id = ANY(?)"
            + " ORDER BY created_at_epoch_ns, id";

    private static final String SELECT_IDS_BY_MEMBER = "SELECT household_id FROM household_member WHERE client_id = ?";

    private static final String INSERT_MEMBER = "INSERT INTO household_member (household_id, member_order, client_id,"
            + " relationship_code, primary_client_id, primary_organization_id) VALUES (?, ?, ?, ?, ?, ?)";

    private static final String DELETE_MEMBERS = "DELETE FROM household_member WHERE household_id = ?";

    private static final String SELECT_MEMBERS = "SELECT household_id, client_id, relationship_code, primary_client_id"
            + " FROM household_member WHERE household_id = ANY(?) ORDER BY household_id, member_order";

    private final JdbcSession session;

    JdbcHouseholdStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public HouseholdRecord insert(HouseholdRecord household) {
        HouseholdRecord stored = household.withVersion(1);
        session.update("insert household " + household.id(), INSERT, statement -> {
            statement.setString(1, stored.id());
            statement.setString(2, stored.organizationId());
            statement.setLong(3, EpochNanos.of(stored.createdAt()));
            statement.setLong(4, EpochNanos.of(stored.updatedAt()));
            statement.setLong(5, stored.version());
        });
        insertMembers(stored);
        return stored;
    }

    @Override
    public HouseholdRecord update(HouseholdRecord household) {
        int changed = session.update("update household " + household.id(), UPDATE, statement -> {
            statement.setString(1, household.organizationId());
            statement.setLong(2, EpochNanos.of(household.createdAt()));
            statement.setLong(3, EpochNanos.of(household.updatedAt()));
            statement.setString(4, household.id());
            statement.setLong(5, household.version());
        });
        VersionedRows.requireChanged(changed, "household", household.id(), household.version(),
                () -> exists(household.id()));
        session.update("replace the members of household " + household.id(), DELETE_MEMBERS,
                statement -> statement.setString(1, household.id()));
        HouseholdRecord stored = household.withVersion(household.version() + 1);
        insertMembers(stored);
        return stored;
    }

    @Override
    public Optional<HouseholdRecord> findById(String id) {
        return load(List.of(id)).stream().findFirst();
    }

    @Override
    public List<HouseholdRecord> findByMember(String clientId) {
        List<String> ids = session.query("find the households of client " + clientId, SELECT_IDS_BY_MEMBER,
                statement -> statement.setString(1, clientId), row -> row.getString("household_id"));
        return load(ids);
    }

    private boolean exists(String id) {
        return !session.query("look up household " + id, EXISTS, statement -> statement.setString(1, id),
                row -> Boolean.TRUE).isEmpty();
    }

    private void insertMembers(HouseholdRecord household) {
        List<HouseholdMembership> members = household.members();
        if (members.isEmpty()) {
            return;
        }
        session.updateEach("store the members of household " + household.id(), INSERT_MEMBER,
                IntStream.range(0, members.size()).boxed().toList(), (statement, index) -> {
                    HouseholdMembership member = members.get(index);
                    statement.setString(1, household.id());
                    statement.setInt(2, index);
                    statement.setString(3, member.clientId());
                    statement.setInt(4, member.relationship().code());
                    statement.setString(5, member.primary() ? member.clientId() : null);
                    statement.setString(6, member.primary() ? household.organizationId() : null);
                });
    }

    /** The households with these ids, oldest first; unknown ids are left out. */
    private List<HouseholdRecord> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, List<HouseholdMembership>> membersById = new HashMap<>();
        session.query("read the members of households", SELECT_MEMBERS,
                statement -> statement.setArray(1, session.textArray(ids)),
                row -> Map.entry(row.getString("household_id"), readMember(row)))
                .forEach(member -> membersById.computeIfAbsent(member.getKey(), id -> new ArrayList<>())
                        .add(member.getValue()));
        return session.query("read households", SELECT_BY_IDS,
                statement -> statement.setArray(1, session.textArray(ids)),
                row -> new HouseholdRecord(
                        row.getString("id"),
                        row.getString("organization_id"),
                        membersById.getOrDefault(row.getString("id"), List.of()),
                        EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                        EpochNanos.toInstant(row.getLong("updated_at_epoch_ns")),
                        row.getLong("version")));
    }

    private static HouseholdMembership readMember(ResultSet row) throws SQLException {
        return new HouseholdMembership(row.getString("client_id"),
                RelationshipToHeadOfHousehold.fromCode(row.getInt("relationship_code")),
                row.getString("primary_client_id") != null);
    }
}
