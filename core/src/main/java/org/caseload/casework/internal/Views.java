// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import org.caseload.casework.CaseNote;
import org.caseload.casework.Enrollment;
import org.caseload.casework.Household;
import org.caseload.casework.HouseholdMember;
import org.caseload.casework.Project;
import org.caseload.casework.ServiceDelivery;
import org.caseload.casework.ServiceType;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.HouseholdRecord;
import org.caseload.spi.storage.casework.ProjectRecord;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.casework.ServiceTypeRecord;

/** Stored casework records as callers see them. */
final class Views {

    private Views() {
    }

    static Household household(HouseholdRecord record) {
        return new Household(record.id(), record.organizationId(),
                record.members().stream()
                        .map(member -> new HouseholdMember(member.clientId(), member.relationship(), member.primary()))
                        .toList(),
                record.createdAt(), record.updatedAt(), record.version());
    }

    static Project project(ProjectRecord record) {
        return new Project(record.id(), record.organizationId(), record.name(), record.createdAt());
    }

    static Enrollment enrollment(EnrollmentRecord record) {
        return new Enrollment(record.id(), record.organizationId(), record.clientId(), record.projectId(),
                record.householdId(), record.relationship(), record.entryDate(), record.exitDate(),
                record.destination(), record.createdAt(), record.updatedAt(), record.version(), record.forms(),
                record.householdStayId());
    }

    static CaseNote caseNote(CaseNoteRecord record) {
        return new CaseNote(record.id(), record.organizationId(), record.clientId(), record.enrollmentId(),
                record.noteDate(), record.authorUserId(), record.authorName(), record.regarding(), record.text(),
                record.readOnly(), record.createdAt(), record.updatedAt(), record.version());
    }

    static ServiceType serviceType(ServiceTypeRecord record) {
        return new ServiceType(record.id(), record.groupId(), record.name(), record.unit());
    }

    static ServiceDelivery serviceDelivery(ServiceDeliveryRecord record, ServiceTypeRecord type) {
        return new ServiceDelivery(record.id(), record.organizationId(), record.clientId(), record.enrollmentId(),
                serviceType(type), record.value(), record.deliveredOn(), record.recordedBy(), record.createdAt(),
                record.updatedAt(), record.version());
    }
}
