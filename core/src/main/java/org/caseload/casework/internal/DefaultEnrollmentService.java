// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.caseload.casework.internal.Violations.invalid;
import static org.caseload.casework.internal.VisibleRecords.CLIENT;
import static org.caseload.casework.internal.VisibleRecords.ENROLLMENT;
import static org.caseload.casework.internal.VisibleRecords.PROJECT;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.EnrollmentService;
import org.caseload.casework.ExitEnrollment;
import org.caseload.casework.Project;
import org.caseload.casework.RegisterProject;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.core.forms.internal.FormEntries;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.casework.HouseholdRecord;
import org.caseload.spi.storage.casework.ProjectRecord;

/** The enrollment service over a runtime's {@link Kernel}. */
public final class DefaultEnrollmentService implements EnrollmentService {

    private static final Operation REGISTER_PROJECT = new Operation("project.register", Permission.CASEWORK_ADMINISTER);
    private static final Operation LIST_PROJECTS = Operation.reading("project.list", Permission.CLIENT_READ);
    private static final Operation ENROLL = new Operation("enrollment.enroll", Permission.CLIENT_WRITE);
    private static final Operation EXIT = new Operation("enrollment.exit", Permission.CLIENT_WRITE);
    private static final Operation GET = Operation.reading("enrollment.get", Permission.CLIENT_READ);
    private static final Operation LIST_FOR_CLIENT = Operation.reading("enrollment.listForClient", Permission.CLIENT_READ);

    private final Kernel kernel;

    public DefaultEnrollmentService(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public Project registerProject(RegisterProject command) {
        return kernel.call(REGISTER_PROJECT, command, context -> {
            ProjectRecord stored = context.session().projects().insert(new ProjectRecord(context.newId(),
                    context.principal().organizationId(), command.name().strip(), context.now(), 1));
            context.auditRecord(PROJECT, stored.id());
            return Views.project(stored);
        });
    }

    @Override
    public List<Project> projects() {
        return kernel.call(LIST_PROJECTS, null, context -> {
            List<Project> projects = context.session().projects()
                    .findByOrganization(context.principal().organizationId()).stream()
                    .map(Views::project)
                    .toList();
            context.auditDetail(projects.size() + " projects");
            return projects;
        });
    }

    @Override
    public Enrollment enroll(EnrollClient command) {
        return kernel.call(ENROLL, command, context -> {
            VisibleRecords.client(context, command.clientId());
            // The project's lock comes before any read the rules depend on.
            ProjectRecord project = VisibleRecords.projectForUpdate(context, command.projectId());
            HouseholdRecord household = VisibleRecords.household(context, command.householdId());
            HouseholdMembership membership = household.members().stream()
                    .filter(member -> member.clientId().equals(command.clientId()))
                    .findFirst()
                    .orElseThrow(() -> invalid(command, "householdId", "caseload.enrollment.notHouseholdMember",
                            "household " + household.id()));
            EnrollmentRecord candidate = new EnrollmentRecord(context.newId(), context.principal().organizationId(),
                    command.clientId(), project.id(), household.id(), membership.relationship(), command.entryDate(),
                    null, null, context.now(), context.now(), 1,
                    FormEntries.completeAll(kernel.forms(), context.principal().organizationId(), command.forms()));
            Optional<EnrollmentRecord> head = EnrollmentRules.checkEntry(command, candidate,
                    inProject(context.session().enrollments().findByClient(command.clientId()), project.id()),
                    inProject(context.session().enrollments().findByHousehold(household.id()), project.id()));
            // HMIS's HouseholdID: a head's enrollment begins a stay of the household, its members join it.
            String stayId = head.isPresent() ? head.get().householdStayId() : context.newId();
            EnrollmentRecord stored = context.session().enrollments().insert(candidate.withHouseholdStayId(stayId));
            context.auditRecord(ENROLLMENT, stored.id());
            return Views.enrollment(stored);
        });
    }

    @Override
    public Enrollment exit(ExitEnrollment command) {
        return kernel.call(EXIT, command, context -> {
            context.auditRecord(ENROLLMENT, command.enrollmentId());
            EnrollmentRecord enrollment = VisibleRecords.enrollmentToChange(context, command.enrollmentId());
            // A head's exit is checked against the household's other enrollments, under the same
            // lock that enrolling takes.
            context.session().projects().findForUpdate(enrollment.projectId());
            Versions.require(ENROLLMENT, enrollment.id(), enrollment.version(), command.expectedVersion());
            Optional<EnrollmentRecord> successor = EnrollmentRules.checkExit(command, enrollment,
                    inProject(context.session().enrollments().findByHousehold(enrollment.householdId()),
                            enrollment.projectId()));
            EnrollmentRecord exited = enrollment.withExit(command.exitDate(), command.destination(), context.now());
            if (successor.isPresent()) {
                // One head per household, as HMIS counts them: the exiting head becomes a member of
                // the new head's household.
                exited = exited.withRelationship(Objects.requireNonNullElse(command.formerHeadRelationship(),
                        RelationshipToHeadOfHousehold.DATA_NOT_COLLECTED), context.now());
            }
            EnrollmentRecord stored = context.session().enrollments().update(exited);
            // In the same unit as the exit: the household is never without its head.
            successor.ifPresent(member -> {
                context.auditDetail("new head: enrollment " + member.id());
                context.session().enrollments().update(
                        member.withRelationship(RelationshipToHeadOfHousehold.SELF, context.now()));
            });
            return Views.enrollment(stored);
        });
    }

    @Override
    public Enrollment get(String enrollmentId) {
        return kernel.call(GET, null, context -> {
            context.auditRecord(ENROLLMENT, enrollmentId);
            return Views.enrollment(VisibleRecords.enrollment(context, enrollmentId));
        });
    }

    @Override
    public List<Enrollment> enrollmentsOf(String clientId) {
        return kernel.call(LIST_FOR_CLIENT, null, context -> {
            context.auditRecord(CLIENT, clientId);
            List<Enrollment> enrollments = CaseworkReads.enrollmentsOf(context, VisibleRecords.client(context, clientId));
            context.auditDetail(enrollments.size() + " enrollments");
            return enrollments;
        });
    }

    private static List<EnrollmentRecord> inProject(List<EnrollmentRecord> enrollments, String projectId) {
        return enrollments.stream().filter(enrollment -> enrollment.projectId().equals(projectId)).toList();
    }
}
