// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.EnrollmentStore;

/**
 * Enrollments in the {@code enrollment} table, HUD codes kept as their published numbers; their
 * custom form values through {@link JdbcFormValues}. An update replaces the form values whole.
 */
final class JdbcEnrollmentStore implements EnrollmentStore {

    private static final String COLUMNS = "id, organization_id, client_id, project_id, household_id,"
            + " relationship_code, entry_date, exit_date, destination_code, created_at_epoch_ns, updated_at_epoch_ns,"
            + " household_stay_id, version";

    private static final String INSERT = "INSERT INTO enrollment (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Sets every column but the id, then the version; the id and the version read come last. */
    private static final String UPDATE = "UPDATE enrollment SET organization_id = ?, client_id = ?, project_id = ?,"
            + " household_id = ?, relationship_code = ?, entry_date = ?, exit_date = ?, destination_code = ?,"
            + " created_at_epoch_ns = ?, updated_at_epoch_ns = ?, household_stay_id = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";

    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM enrollment WHERE id = ?";

    private static final String SELECT_BY_CLIENT = "SELECT " + COLUMNS + " FROM enrollment WHERE client_id = ?"
            + " ORDER BY entry_date DESC, id";

    private static final String SELECT_BY_HOUSEHOLD = "SELECT " + COLUMNS + " FROM enrollment WHERE household_id = ?"
            + " ORDER BY entry_date DESC, id";

    private static final String FORM_OWNER_TYPE = "enrollment";

    private final JdbcSession session;
    private final JdbcFormValues forms;
    private final VersionedRowWrites<EnrollmentRecord> writes;

    JdbcEnrollmentStore(JdbcSession session) {
        this.session = session;
        this.writes = new VersionedRowWrites<>(session, "enrollment", "enrollment", INSERT, UPDATE,
                JdbcEnrollmentStore::bindContent,
                EnrollmentRecord::id, EnrollmentRecord::version, id -> findById(id).isPresent());
        this.forms = new JdbcFormValues(session, FORM_OWNER_TYPE);
    }

    @Override
    public EnrollmentRecord insert(EnrollmentRecord enrollment) {
        EnrollmentRecord stored = enrollment.withVersion(1);
        writes.insert(stored);
        forms.insert(stored.id(), stored.forms());
        return stored;
    }

    @Override
    public EnrollmentRecord update(EnrollmentRecord enrollment) {
        writes.update(enrollment);
        forms.delete(enrollment.id());
        forms.insert(enrollment.id(), enrollment.forms());
        return enrollment.withVersion(enrollment.version() + 1);
    }

    @Override
    public Optional<EnrollmentRecord> findById(String id) {
        return withForms(session.query("read enrollment " + id, SELECT_BY_ID,
                statement -> statement.setString(1, id), JdbcEnrollmentStore::read)).stream().findFirst();
    }

    @Override
    public List<EnrollmentRecord> findByClient(String clientId) {
        return withForms(session.query("list the enrollments of client " + clientId, SELECT_BY_CLIENT,
                statement -> statement.setString(1, clientId), JdbcEnrollmentStore::read));
    }

    @Override
    public List<EnrollmentRecord> findByHousehold(String householdId) {
        return withForms(session.query("list the enrollments of household " + householdId, SELECT_BY_HOUSEHOLD,
                statement -> statement.setString(1, householdId), JdbcEnrollmentStore::read));
    }

    /** These enrollments with their form values, read in one batch. */
    private List<EnrollmentRecord> withForms(List<EnrollmentRecord> enrollments) {
        if (enrollments.isEmpty()) {
            return enrollments;
        }
        Map<String, List<FormValues>> stored =
                forms.load(enrollments.stream().map(EnrollmentRecord::id).toList());
        return enrollments.stream()
                .map(enrollment -> enrollment.withForms(stored.getOrDefault(enrollment.id(), List.of())))
                .toList();
    }

    /** Binds every column from organization_id to household_stay_id; returns the next index. */
    private static int bindContent(PreparedStatement statement, int first, EnrollmentRecord enrollment)
            throws SQLException {
        int index = first;
        statement.setString(index++, enrollment.organizationId());
        statement.setString(index++, enrollment.clientId());
        statement.setString(index++, enrollment.projectId());
        statement.setString(index++, enrollment.householdId());
        statement.setInt(index++, enrollment.relationship().code());
        statement.setObject(index++, enrollment.entryDate(), Types.DATE);
        statement.setObject(index++, enrollment.exitDate(), Types.DATE);
        if (enrollment.destination() == null) {
            statement.setNull(index++, Types.INTEGER);
        } else {
            statement.setInt(index++, enrollment.destination().code());
        }
        statement.setLong(index++, EpochNanos.of(enrollment.createdAt()));
        statement.setLong(index++, EpochNanos.of(enrollment.updatedAt()));
        statement.setString(index++, enrollment.householdStayId());
        return index;
    }

    private static EnrollmentRecord read(ResultSet row) throws SQLException {
        int destinationCode = row.getInt("destination_code");
        Destination destination = row.wasNull() ? null : Destination.fromCode(destinationCode);
        return new EnrollmentRecord(
                row.getString("id"),
                row.getString("organization_id"),
                row.getString("client_id"),
                row.getString("project_id"),
                row.getString("household_id"),
                RelationshipToHeadOfHousehold.fromCode(row.getInt("relationship_code")),
                row.getObject("entry_date", LocalDate.class),
                row.getObject("exit_date", LocalDate.class),
                destination,
                EpochNanos.toInstant(row.getLong("created_at_epoch_ns")),
                EpochNanos.toInstant(row.getLong("updated_at_epoch_ns")),
                row.getLong("version")).withHouseholdStayId(row.getString("household_stay_id"));
    }
}
