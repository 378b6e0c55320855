// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;

/**
 * A stored enrollment: a client in a project from an entry date, until an exit date.
 *
 * @param id             required
 * @param organizationId the organization that enrolled the client; required
 * @param clientId       required
 * @param projectId      required
 * @param householdId    the household the client entered with; required
 * @param relationship   the client's relationship to the head of that household; required
 * @param entryDate      required
 * @param exitDate       null while the client is enrolled
 * @param destination    where the client went; present exactly when {@code exitDate} is
 * @param createdAt      required
 * @param updatedAt      required
 * @param version        the optimistic-locking version; 1 when first inserted
 * @param forms          values entered through custom forms, at most one entry per form, in the
 *                       order they were entered; null means none
 * @param householdStayId the household's stay in the project this enrollment is part of (HMIS's
 *                       {@code HouseholdID}): new for each enrollment of a head, shared by the
 *                       members who enter during that stay; null for enrollments recorded before
 *                       stays had ids
 */
public record EnrollmentRecord(
        String id,
        String organizationId,
        String clientId,
        String projectId,
        String householdId,
        RelationshipToHeadOfHousehold relationship,
        LocalDate entryDate,
        LocalDate exitDate,
        Destination destination,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<FormValues> forms,
        String householdStayId) {

    public EnrollmentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(entryDate, "entryDate");
        if ((exitDate == null) != (destination == null)) {
            throw new IllegalArgumentException("enrollment " + id + " needs both an exit date and a destination, or neither");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    /** An enrollment without an id of its household's stay. */
    public EnrollmentRecord(String id, String organizationId, String clientId, String projectId, String householdId,
                            RelationshipToHeadOfHousehold relationship, LocalDate entryDate, LocalDate exitDate,
                            Destination destination, Instant createdAt, Instant updatedAt, long version,
                            List<FormValues> forms) {
        this(id, organizationId, clientId, projectId, householdId, relationship, entryDate, exitDate, destination,
                createdAt, updatedAt, version, forms, null);
    }

    /** This enrollment as part of a stay of its household, still at the version it was read. */
    public EnrollmentRecord withHouseholdStayId(String stayId) {
        return new EnrollmentRecord(id, organizationId, clientId, projectId, householdId, relationship, entryDate,
                exitDate, destination, createdAt, updatedAt, version, forms, stayId);
    }

    /** An enrollment without form values. */
    public EnrollmentRecord(String id, String organizationId, String clientId, String projectId, String householdId,
                            RelationshipToHeadOfHousehold relationship, LocalDate entryDate, LocalDate exitDate,
                            Destination destination, Instant createdAt, Instant updatedAt, long version) {
        this(id, organizationId, clientId, projectId, householdId, relationship, entryDate, exitDate, destination,
                createdAt, updatedAt, version, List.of());
    }

    /** Whether the client is still enrolled. */
    public boolean isOpen() {
        return exitDate == null;
    }

    /** This enrollment exited on {@code date} to {@code to}, changed at {@code at}, still at the version it was read. */
    public EnrollmentRecord withExit(LocalDate date, Destination to, Instant at) {
        return new EnrollmentRecord(id, organizationId, clientId, projectId, householdId, relationship, entryDate,
                date, to, createdAt, at, version, forms, householdStayId);
    }

    /** This enrollment with another relationship to the head (a member who became the head), changed at {@code at}. */
    public EnrollmentRecord withRelationship(RelationshipToHeadOfHousehold newRelationship, Instant at) {
        return new EnrollmentRecord(id, organizationId, clientId, projectId, householdId, newRelationship, entryDate,
                exitDate, destination, createdAt, at, version, forms, householdStayId);
    }

    /** This record with another version, as a store returns it after a write. */
    public EnrollmentRecord withVersion(long newVersion) {
        return new EnrollmentRecord(id, organizationId, clientId, projectId, householdId, relationship, entryDate,
                exitDate, destination, createdAt, updatedAt, newVersion, forms, householdStayId);
    }

    /** This record with other form values, still at the version it was read. */
    public EnrollmentRecord withForms(List<FormValues> newForms) {
        return new EnrollmentRecord(id, organizationId, clientId, projectId, householdId, relationship, entryDate,
                exitDate, destination, createdAt, updatedAt, version, newForms, householdStayId);
    }

    /** This enrollment moved to another client, as a merge moves it; nothing else changes. */
    public EnrollmentRecord withClientId(String newClientId) {
        return new EnrollmentRecord(id, organizationId, newClientId, projectId, householdId, relationship, entryDate,
                exitDate, destination, createdAt, updatedAt, version, forms, householdStayId);
    }
}
