// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.clients.ClientMergeRecord;
import org.caseload.spi.storage.clients.ClientMergeStore;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.clients.MovedRecord;

/**
 * Client merges in {@code client_merge}, what each moved in {@code client_merge_moved}, and the
 * members a moved household had before the merge in {@code client_merge_member}. Only the undoing
 * columns are ever updated.
 */
final class JdbcClientMergeStore implements ClientMergeStore {

    private static final String COLUMNS = "id, organization_id, source_client_id, target_client_id, reason,"
            + " merged_by, merged_at_epoch_ns, unmerged_by, unmerged_at_epoch_ns, version";

    private static final String INSERT = "INSERT INTO client_merge (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_MOVED = "INSERT INTO client_merge_moved (merge_id, move_order, record_type,"
            + " record_id, version_after_merge) VALUES (?, ?, ?, ?, ?)";

    private static final String INSERT_MEMBER = "INSERT INTO client_merge_member (merge_id, move_order, member_order,"
            + " client_id, relationship_code, is_primary) VALUES (?, ?, ?, ?, ?, ?)";

    private static final String UNDO = "UPDATE client_merge SET unmerged_by = ?, unmerged_at_epoch_ns = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM client_merge WHERE id = ?";

    private static final String SELECT_MOVED = "SELECT move_order, record_type, record_id, version_after_merge"
            + " FROM client_merge_moved WHERE merge_id = ? ORDER BY move_order";

    private static final String SELECT_MEMBERS = "SELECT move_order, client_id, relationship_code, is_primary"
            + " FROM client_merge_member WHERE merge_id = ? ORDER BY move_order, member_order";

    private final JdbcSession session;

    JdbcClientMergeStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public ClientMergeRecord insert(ClientMergeRecord merge) {
        session.update("insert client merge " + merge.id(), INSERT, statement -> {
            statement.setString(1, merge.id());
            statement.setString(2, merge.organizationId());
            statement.setString(3, merge.sourceClientId());
            statement.setString(4, merge.targetClientId());
            statement.setString(5, merge.reason());
            statement.setString(6, merge.mergedBy());
            statement.setLong(7, EpochNanos.of(merge.mergedAt()));
            statement.setString(8, merge.unmergedBy());
            statement.setObject(9, merge.unmergedAt() == null ? null : EpochNanos.of(merge.unmergedAt()),
                    java.sql.Types.BIGINT);
            statement.setLong(10, 1);
        });
        List<MovedRecord> moved = merge.moved();
        if (!moved.isEmpty()) {
            session.updateEach("store what client merge " + merge.id() + " moved", INSERT_MOVED,
                    IntStream.range(0, moved.size()).boxed().toList(), (statement, order) -> {
                        statement.setString(1, merge.id());
                        statement.setInt(2, order);
                        statement.setString(3, moved.get(order).type());
                        statement.setString(4, moved.get(order).id());
                        statement.setLong(5, moved.get(order).versionAfterMerge());
                    });
        }
        List<int[]> members = new ArrayList<>();
        for (int order = 0; order < moved.size(); order++) {
            for (int member = 0; member < moved.get(order).membersBefore().size(); member++) {
                members.add(new int[] {order, member});
            }
        }
        if (!members.isEmpty()) {
            session.updateEach("store the households client merge " + merge.id() + " changed", INSERT_MEMBER, members,
                    (statement, position) -> {
                        HouseholdMembership member = moved.get(position[0]).membersBefore().get(position[1]);
                        statement.setString(1, merge.id());
                        statement.setInt(2, position[0]);
                        statement.setInt(3, position[1]);
                        statement.setString(4, member.clientId());
                        statement.setInt(5, member.relationship().code());
                        statement.setBoolean(6, member.primary());
                    });
        }
        return findById(merge.id()).orElseThrow();
    }

    @Override
    public ClientMergeRecord update(ClientMergeRecord merge) {
        int changed = session.update("undo client merge " + merge.id(), UNDO, statement -> {
            statement.setString(1, merge.unmergedBy());
            statement.setObject(2, merge.unmergedAt() == null ? null : EpochNanos.of(merge.unmergedAt()),
                    java.sql.Types.BIGINT);
            statement.setString(3, merge.id());
            statement.setLong(4, merge.version());
        });
        VersionedRows.requireChanged(changed, "clientMerge", merge.id(), merge.version(),
                () -> findById(merge.id()).isPresent());
        return findById(merge.id()).orElseThrow();
    }

    @Override
    public Optional<ClientMergeRecord> findById(String id) {
        Map<Integer, List<HouseholdMembership>> membersByOrder = new HashMap<>();
        session.query("read the households of client merge " + id, SELECT_MEMBERS,
                statement -> statement.setString(1, id),
                row -> Map.entry(row.getInt("move_order"), new HouseholdMembership(row.getString("client_id"),
                        RelationshipToHeadOfHousehold.fromCode(row.getInt("relationship_code")),
                        row.getBoolean("is_primary"))))
                .forEach(member -> membersByOrder.computeIfAbsent(member.getKey(), order -> new ArrayList<>())
                        .add(member.getValue()));
        List<MovedRecord> moved = session.query("read what client merge " + id + " moved", SELECT_MOVED,
                statement -> statement.setString(1, id),
                row -> new MovedRecord(row.getString("record_type"), row.getString("record_id"),
                        row.getLong("version_after_merge"),
                        membersByOrder.getOrDefault(row.getInt("move_order"), List.of())));
        return session.query("read client merge " + id, SELECT, statement -> statement.setString(1, id),
                row -> {
                    long unmergedAt = row.getLong("unmerged_at_epoch_ns");
                    boolean undone = !row.wasNull();
                    return new ClientMergeRecord(row.getString("id"), row.getString("organization_id"),
                            row.getString("source_client_id"), row.getString("target_client_id"), moved,
                            row.getString("reason"), row.getString("merged_by"),
                            EpochNanos.toInstant(row.getLong("merged_at_epoch_ns")), row.getString("unmerged_by"),
                            undone ? EpochNanos.toInstant(unmergedAt) : null, row.getLong("version"));
                }).stream().findFirst();
    }
}
