// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.caseload.tck.TckFixtures.T0;
import static org.caseload.tck.TckFixtures.unique;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.casework.HouseholdRecord;
import org.caseload.spi.storage.casework.ProjectRecord;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.casework.ServiceGroupRecord;
import org.caseload.spi.storage.casework.ServiceTypeRecord;
import org.caseload.spi.storage.casework.ServiceUnit;

/**
 * Valid casework records for the contract tests, each with fresh ids, as in {@link TckFixtures}.
 * Dates count from {@link #D0}.
 */
public final class CaseworkFixtures {

    /** The date the fixtures' dates count from. */
    public static final LocalDate D0 = LocalDate.of(2025, 1, 6);

    private CaseworkFixtures() {
    }

    /** {@link #D0} plus {@code days}. */
    public static LocalDate day(int days) {
        return D0.plusDays(days);
    }

    /** A member who is primary in the household. */
    public static HouseholdMembership primary(String clientId, RelationshipToHeadOfHousehold relationship) {
        return new HouseholdMembership(clientId, relationship, true);
    }

    /** A member for whom the household is not primary. */
    public static HouseholdMembership secondary(String clientId, RelationshipToHeadOfHousehold relationship) {
        return new HouseholdMembership(clientId, relationship, false);
    }

    /** A household of {@code organizationId} with a fresh id, created at {@code createdAt}. */
    public static HouseholdRecord household(String organizationId, Instant createdAt, HouseholdMembership... members) {
        return household(unique("household"), organizationId, createdAt, members);
    }

    /** A household at version 1. */
    public static HouseholdRecord household(String id, String organizationId, Instant createdAt,
                                            HouseholdMembership... members) {
        return new HouseholdRecord(id, organizationId, List.of(members), createdAt, createdAt, 1);
    }

    /** A project of {@code organizationId} with a fresh id. */
    public static ProjectRecord project(String organizationId, String name) {
        return project(unique("project"), organizationId, name);
    }

    /** A project at version 1. */
    public static ProjectRecord project(String id, String organizationId, String name) {
        return new ProjectRecord(id, organizationId, name, T0, 1);
    }

    /** An open enrollment of a household's head, with a fresh id. */
    public static EnrollmentRecord enrollment(String clientId, String projectId, String householdId, LocalDate entry) {
        return enrollment(unique("enrollment"), clientId, projectId, householdId, entry);
    }

    /** An open enrollment of a household's head at version 1. */
    public static EnrollmentRecord enrollment(String id, String clientId, String projectId, String householdId,
                                              LocalDate entry) {
        return new EnrollmentRecord(id, unique("org"), clientId, projectId, householdId,
                RelationshipToHeadOfHousehold.SELF, entry, null, null, T0, T0, 1);
    }

    /** {@code enrollment} exited, at the version it was read. */
    public static EnrollmentRecord exited(EnrollmentRecord enrollment, LocalDate exit, Destination destination) {
        return enrollment.withExit(exit, destination, enrollment.updatedAt().plusSeconds(60));
    }

    /** A note of {@code organizationId} about {@code clientId}, with a fresh id. */
    public static CaseNoteRecord caseNote(String organizationId, String clientId, LocalDate noteDate, Instant createdAt) {
        return caseNote(unique("note"), organizationId, clientId, noteDate, createdAt);
    }

    /** An editable note with every optional field filled in, at version 1. */
    public static CaseNoteRecord caseNote(String id, String organizationId, String clientId, LocalDate noteDate,
                                          Instant createdAt) {
        return new CaseNoteRecord(id, organizationId, clientId, unique("enrollment"), noteDate, unique("user"),
                "Dana Reyes", "Housing search", "Viewed two apartments; follow up on Friday.", false,
                createdAt, createdAt, 1);
    }

    /** A service group of {@code organizationId} with a fresh id. */
    public static ServiceGroupRecord serviceGroup(String organizationId, String name) {
        return new ServiceGroupRecord(unique("group"), organizationId, name, T0, 1);
    }

    /** A service type of the group, with a fresh id. */
    public static ServiceTypeRecord serviceType(ServiceGroupRecord group, String name, ServiceUnit unit) {
        return new ServiceTypeRecord(unique("type"), group.organizationId(), group.id(), name, unit, T0, 1);
    }

    /** A delivery of {@code organizationId} to {@code clientId}, with a fresh id. */
    public static ServiceDeliveryRecord delivery(String organizationId, String clientId, LocalDate deliveredOn,
                                                 Instant createdAt) {
        return delivery(unique("delivery"), organizationId, clientId, deliveredOn, createdAt);
    }

    /** A delivery with every optional field filled in, at version 1. */
    public static ServiceDeliveryRecord delivery(String id, String organizationId, String clientId,
                                                 LocalDate deliveredOn, Instant createdAt) {
        return new ServiceDeliveryRecord(id, organizationId, clientId, unique("enrollment"), unique("type"),
                new BigDecimal("12.50"), deliveredOn, unique("user"), createdAt, createdAt, 1);
    }
}
