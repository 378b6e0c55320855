// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.storage.casework.ProjectRecord;
import org.caseload.spi.storage.casework.ProjectStore;

/** Projects in the {@code project} table; {@link #findForUpdate} takes the row's lock. */
final class JdbcProjectStore implements ProjectStore {

    private static final String COLUMNS = "id, organization_id, name, created_at_epoch_ns, version";

    private static final String INSERT = "INSERT INTO project (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM project WHERE id = ?";

    private static final String SELECT_BY_ID_FOR_UPDATE = SELECT_BY_ID + " FOR UPDATE";

    private static final String SELECT_BY_ORGANIZATION = "SELECT " + COLUMNS + " FROM project"
            + " WHERE organization_id = ? ORDER BY name, id";

    private final JdbcSession session;

    JdbcProjectStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public ProjectRecord insert(ProjectRecord project) {
        ProjectRecord stored = project.withVersion(1);
        session.update("insert project " + project.id(), INSERT, statement -> {
            statement.setString(1, stored.id());
            statement.setString(2, stored.organizationId());
            statement.setString(3, stored.name());
            statement.setLong(4, EpochNanos.of(stored.createdAt()));
            statement.setLong(5, stored.version());
        });
        return stored;
    }

    @Override
    public Optional<ProjectRecord> findById(String id) {
        return select("read project " + id, SELECT_BY_ID, id);
    }

    @Override
    public Optional<ProjectRecord> findForUpdate(String id) {
        return select("lock project " + id, SELECT_BY_ID_FOR_UPDATE, id);
    }

    @Override
    public List<ProjectRecord> findByOrganization(String organizationId) {
        return session.query("list the projects of organization " + organizationId, SELECT_BY_ORGANIZATION,
                statement -> statement.setString(1, organizationId), JdbcProjectStore::read);
    }

    private Optional<ProjectRecord> select(String operation, String sql, String id) {
        return session.query(operation, sql, statement -> statement.setString(1, id), JdbcProjectStore::read)
                .stream().findFirst();
    }

    private static ProjectRecord read(ResultSet row) throws SQLException {
        return new ProjectRecord(
                row.getString("id"),
                row.getString("organization_id"),
                row.getString("name"),
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                row.getLong("version"));
    }
}
