package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.ClientHistoryQuery;
import org.caseload.spi.storage.ServiceDeliveryRecord;
import org.caseload.spi.storage.ServiceDeliveryStore;

/** Services delivered, in the {@code service_delivery} table. */
final class JdbcServiceDeliveryStore implements ServiceDeliveryStore {

    private static final String COLUMNS = "id, organization_id, client_id, enrollment_id, service_type_id,"
            + " delivered_value, delivered_on, recorded_by, created_at_epoch_ns, updated_at_epoch_ns, version";

    private static final String INSERT = "INSERT INTO service_delivery (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Sets every column but the id, then the version; the id and the version read come last. */
    private static final String UPDATE = "UPDATE service_delivery SET organization_id = ?, client_id = ?,"
            + " enrollment_id = ?, service_type_id = ?, delivered_value = ?, delivered_on = ?, recorded_by = ?,"
            + " created_at_epoch_ns = ?, updated_at_epoch_ns = ?, version = version + 1 WHERE id = ? AND version = ?";

    private static final String DELETE = "DELETE FROM service_delivery WHERE id = ? AND version = ?";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM service_delivery WHERE id = ?";

    private static final String NEWEST_FIRST = " ORDER BY delivered_on DESC, created_at_epoch_ns DESC, id"
            + " FETCH FIRST ? ROWS ONLY";

    private static final String SELECT_BY_CLIENT = "SELECT " + COLUMNS + " FROM service_delivery WHERE client_id = ?"
            + NEWEST_FIRST;

    private static final String SELECT_BY_CLIENT_IN_ORGANIZATIONS = "SELECT " + COLUMNS + " FROM service_delivery"
            + " WHERE client_id = ? AND organization_id = ANY(?)" + NEWEST_FIRST;

    private final JdbcSession session;

    JdbcServiceDeliveryStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public ServiceDeliveryRecord insert(ServiceDeliveryRecord delivery) {
        ServiceDeliveryRecord stored = delivery.withVersion(1);
        session.update("insert service delivery " + delivery.id(), INSERT, statement -> {
            statement.setString(1, stored.id());
            int next = bindContent(statement, 2, stored);
            statement.setLong(next, stored.version());
        });
        return stored;
    }

    @Override
    public ServiceDeliveryRecord update(ServiceDeliveryRecord delivery) {
        int changed = session.update("update service delivery " + delivery.id(), UPDATE, statement -> {
            int next = bindContent(statement, 1, delivery);
            statement.setString(next, delivery.id());
            statement.setLong(next + 1, delivery.version());
        });
        if (changed == 0) {
            throw missingOrChanged(delivery.id(), delivery.version());
        }
        return delivery.withVersion(delivery.version() + 1);
    }

    @Override
    public void delete(String id, long expectedVersion) {
        int deleted = session.update("delete service delivery " + id, DELETE, statement -> {
            statement.setString(1, id);
            statement.setLong(2, expectedVersion);
        });
        if (deleted == 0) {
            throw missingOrChanged(id, expectedVersion);
        }
    }

    @Override
    public Optional<ServiceDeliveryRecord> findById(String id) {
        return session.query("read service delivery " + id, SELECT_BY_ID, statement -> statement.setString(1, id),
                JdbcServiceDeliveryStore::read).stream().findFirst();
    }

    @Override
    public List<ServiceDeliveryRecord> findByClient(ClientHistoryQuery query) {
        boolean inOrganizations = !query.organizationIds().isEmpty();
        return session.query("list the services delivered to client " + query.clientId(),
                inOrganizations ? SELECT_BY_CLIENT_IN_ORGANIZATIONS : SELECT_BY_CLIENT,
                statement -> {
                    int index = 1;
                    statement.setString(index++, query.clientId());
                    if (inOrganizations) {
                        statement.setArray(index++, session.textArray(query.organizationIds()));
                    }
                    statement.setInt(index, query.limit());
                },
                JdbcServiceDeliveryStore::read);
    }

    private RuntimeException missingOrChanged(String id, long expectedVersion) {
        return findById(id).isPresent()
                ? new ConcurrentModificationException("serviceDelivery", id, expectedVersion)
                : new NotFoundException("serviceDelivery", id);
    }

    /** Binds every column from organization_id to updated_at_epoch_ns; returns the next index. */
    private static int bindContent(PreparedStatement statement, int first, ServiceDeliveryRecord delivery)
            throws SQLException {
        int index = first;
        statement.setString(index++, delivery.organizationId());
        statement.setString(index++, delivery.clientId());
        statement.setString(index++, delivery.enrollmentId());
        statement.setString(index++, delivery.serviceTypeId());
        statement.setBigDecimal(index++, delivery.value());
        statement.setObject(index++, delivery.deliveredOn(), Types.DATE);
        statement.setString(index++, delivery.recordedBy());
        statement.setLong(index++, EpochNanos.of(delivery.createdAt()));
        statement.setLong(index++, EpochNanos.of(delivery.updatedAt()));
        return index;
    }

    private static ServiceDeliveryRecord read(ResultSet row) throws SQLException {
        return new ServiceDeliveryRecord(
                row.getString("id"),
                row.getString("organization_id"),
                row.getString("client_id"),
                row.getString("enrollment_id"),
                row.getString("service_type_id"),
                row.getBigDecimal("delivered_value"),
                row.getObject("delivered_on", LocalDate.class),
                row.getString("recorded_by"),
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                EpochNanos.toInstant(row.getLong("updated_at_epoch_ns")),
                row.getLong("version"));
    }
}
