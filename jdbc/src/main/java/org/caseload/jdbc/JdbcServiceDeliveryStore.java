// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.casework.ServiceDeliveryStore;

/** Services delivered, in the {@code service_delivery} table. */
final class JdbcServiceDeliveryStore extends ClientHistoryStore<ServiceDeliveryRecord>
        implements ServiceDeliveryStore {

    JdbcServiceDeliveryStore(JdbcSession session) {
        super(new ClientHistoryTable<>(session, "serviceDelivery", "service delivery", "service_delivery",
                List.of(
                "organization_id", "client_id", "enrollment_id", "service_type_id", "delivered_value",
                "delivered_on", "recorded_by", "created_at_epoch_ns", "updated_at_epoch_ns"),
                "delivered_on", ServiceDeliveryRecord::id, ServiceDeliveryRecord::version,
                JdbcServiceDeliveryStore::bindContent, JdbcServiceDeliveryStore::read),
                ServiceDeliveryRecord::withVersion, "services delivered to client");
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
