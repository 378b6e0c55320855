// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.casework.ServiceCatalogStore;
import org.caseload.spi.storage.casework.ServiceGroupRecord;
import org.caseload.spi.storage.casework.ServiceTypeRecord;
import org.caseload.spi.storage.casework.ServiceUnit;

/** Service groups in the {@code service_group} table, service types in {@code service_type}. */
final class JdbcServiceCatalogStore implements ServiceCatalogStore {

    private static final String GROUP_COLUMNS = "id, organization_id, name, created_at_epoch_ns, version";

    private static final String TYPE_COLUMNS = "id, organization_id, group_id, name, unit, created_at_epoch_ns, version";

    private static final String INSERT_GROUP = "INSERT INTO service_group (" + GROUP_COLUMNS + ") VALUES (?, ?, ?, ?, ?)";

    private static final String INSERT_TYPE = "INSERT INTO service_type (" + TYPE_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String SELECT_GROUP = "SELECT " + GROUP_COLUMNS + " FROM service_group WHERE id = ?";

    private static final String SELECT_TYPE = "SELECT " + TYPE_COLUMNS + " FROM service_type WHERE id = ?";

    private static final String SELECT_GROUPS = "SELECT " + GROUP_COLUMNS + " FROM service_group"
            + " WHERE organization_id = ? ORDER BY name, id";

    private static final String SELECT_TYPES = "SELECT " + TYPE_COLUMNS + " FROM service_type"
            + " WHERE organization_id = ? ORDER BY name, id";

    private final JdbcSession session;

    JdbcServiceCatalogStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public ServiceGroupRecord insertGroup(ServiceGroupRecord group) {
        ServiceGroupRecord stored = group.withVersion(1);
        session.update("insert service group " + group.id(), INSERT_GROUP, statement -> {
            statement.setString(1, stored.id());
            statement.setString(2, stored.organizationId());
            statement.setString(3, stored.name());
            statement.setLong(4, EpochNanos.of(stored.createdAt()));
            statement.setLong(5, stored.version());
        });
        return stored;
    }

    @Override
    public ServiceTypeRecord insertType(ServiceTypeRecord type) {
        // Checked first rather than left to the foreign key, so that the unit of work can go on.
        if (findGroup(type.groupId()).isEmpty()) {
            throw new NotFoundException("serviceGroup", type.groupId());
        }
        ServiceTypeRecord stored = type.withVersion(1);
        session.update("insert service type " + type.id(), INSERT_TYPE, statement -> {
            statement.setString(1, stored.id());
            statement.setString(2, stored.organizationId());
            statement.setString(3, stored.groupId());
            statement.setString(4, stored.name());
            statement.setString(5, stored.unit().name());
            statement.setLong(6, EpochNanos.of(stored.createdAt()));
            statement.setLong(7, stored.version());
        });
        return stored;
    }

    @Override
    public Optional<ServiceGroupRecord> findGroup(String id) {
        return session.query("read service group " + id, SELECT_GROUP, statement -> statement.setString(1, id),
                JdbcServiceCatalogStore::readGroup).stream().findFirst();
    }

    @Override
    public Optional<ServiceTypeRecord> findType(String id) {
        return session.query("read service type " + id, SELECT_TYPE, statement -> statement.setString(1, id),
                JdbcServiceCatalogStore::readType).stream().findFirst();
    }

    @Override
    public List<ServiceGroupRecord> groupsOf(String organizationId) {
        return session.query("list the service groups of organization " + organizationId, SELECT_GROUPS,
                statement -> statement.setString(1, organizationId), JdbcServiceCatalogStore::readGroup);
    }

    @Override
    public List<ServiceTypeRecord> typesOf(String organizationId) {
        return session.query("list the service types of organization " + organizationId, SELECT_TYPES,
                statement -> statement.setString(1, organizationId), JdbcServiceCatalogStore::readType);
    }

    private static ServiceGroupRecord readGroup(ResultSet row) throws SQLException {
        return new ServiceGroupRecord(
                row.getString("id"),
                row.getString("organization_id"),
                row.getString("name"),
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                row.getLong("version"));
    }

    private static ServiceTypeRecord readType(ResultSet row) throws SQLException {
        return new ServiceTypeRecord(
                row.getString("id"),
                row.getString("organization_id"),
                row.getString("group_id"),
                row.getString("name"),
                ServiceUnit.valueOf(row.getString("unit")),
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                row.getLong("version"));
    }
}
