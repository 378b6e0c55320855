// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.ProjectRecord;
import org.caseload.spi.storage.hmis.HmisRecord;

/**
 * The library's organization, exporting user, projects, enrollments and exits as records of
 * Organization.csv, User.csv, Project.csv, Enrollment.csv and Exit.csv, named as the store names
 * columns. A required value the library does not keep is the code HUD's list has for it: 99 (data
 * not collected) in {@code VictimServiceProvider}, {@code ContinuumProject} and
 * {@code DisablingCondition}; a project's {@code OperatingStartDate} is the day it was registered.
 */
final class CaseworkRows {

    private static final String NOT_COLLECTED = "99";

    private CaseworkRows() {
    }

    /** The exported organization; it has no times of its own, so the export's are written. */
    static HmisRecord organization(String organizationId, String name, Instant exportedAt, RowStamps stamps) {
        String id = LibraryIds.of("Organization", "OrganizationID", organizationId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("OrganizationID", id);
        values.put("OrganizationName", name);
        values.put("VictimServiceProvider", NOT_COLLECTED);
        stamps.put(values, exportedAt, exportedAt);
        return record("Organization", id, null, null, null, values);
    }

    /** The user every row of the library's records names; no name, the export's times. */
    static HmisRecord user(Instant exportedAt, RowStamps stamps) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("UserID", stamps.userId());
        values.put("DateCreated", stamps.datetime(exportedAt));
        values.put("DateUpdated", stamps.datetime(exportedAt));
        return record("User", stamps.userId(), null, null, null, values);
    }

    /** A project; it is not changed once registered, so it was last updated when created. */
    static HmisRecord project(ProjectRecord project, RowStamps stamps) {
        String id = LibraryIds.of("Project", "ProjectID", project.id());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ProjectID", id);
        values.put("OrganizationID", LibraryIds.of("Project", "OrganizationID", project.organizationId()));
        values.put("ProjectName", project.name());
        values.put("OperatingStartDate", stamps.date(project.createdAt()));
        values.put("ContinuumProject", NOT_COLLECTED);
        stamps.put(values, project.createdAt(), project.createdAt());
        return record("Project", id, null, id, null, values);
    }

    /**
     * An enrollment. Its {@code HouseholdID} is the household's stay; an enrollment recorded
     * before stays had ids names the household itself. A head's {@code EnrollmentCoC} is the
     * export's CoC, when it has one.
     */
    static HmisRecord enrollment(EnrollmentRecord enrollment, String continuumOfCare, RowStamps stamps) {
        String id = LibraryIds.of("Enrollment", "EnrollmentID", enrollment.id());
        String personalId = LibraryIds.of("Enrollment", "PersonalID", enrollment.clientId());
        String projectId = LibraryIds.of("Enrollment", "ProjectID", enrollment.projectId());
        String stay = enrollment.householdStayId() != null ? enrollment.householdStayId() : enrollment.householdId();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("EnrollmentID", id);
        values.put("PersonalID", personalId);
        values.put("ProjectID", projectId);
        values.put("EntryDate", enrollment.entryDate().toString());
        values.put("HouseholdID", LibraryIds.of("Enrollment", "HouseholdID", stay));
        values.put("RelationshipToHoH", Integer.toString(enrollment.relationship().code()));
        if (continuumOfCare != null && enrollment.relationship() == RelationshipToHeadOfHousehold.SELF) {
            values.put("EnrollmentCoC", continuumOfCare);
        }
        values.put("DisablingCondition", NOT_COLLECTED);
        stamps.put(values, enrollment.createdAt(), enrollment.updatedAt());
        return new HmisRecord("Enrollment", id, personalId, projectId, id, enrollment.entryDate(), RowStamps.VERSION,
                values);
    }

    /**
     * The exit of an exited enrollment: one per enrollment, so its {@code ExitID} is the
     * enrollment's id; written as last changed when the enrollment was.
     */
    static HmisRecord exit(EnrollmentRecord enrollment, RowStamps stamps) {
        String id = LibraryIds.of("Exit", "ExitID", enrollment.id());
        String personalId = LibraryIds.of("Exit", "PersonalID", enrollment.clientId());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ExitID", id);
        values.put("EnrollmentID", id);
        values.put("PersonalID", personalId);
        values.put("ExitDate", enrollment.exitDate().toString());
        values.put("Destination", Integer.toString(enrollment.destination().code()));
        stamps.put(values, enrollment.updatedAt(), enrollment.updatedAt());
        return new HmisRecord("Exit", id, personalId, null, id, enrollment.exitDate(), RowStamps.VERSION, values);
    }

    private static HmisRecord record(String file, String id, String personalId, String projectId, String enrollmentId,
            Map<String, String> values) {
        return new HmisRecord(file, id, personalId, projectId, enrollmentId, null, RowStamps.VERSION, values);
    }
}
