// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.caseload.casework.internal.Violations.invalid;

import java.util.List;
import java.util.Optional;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.ExitEnrollment;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.casework.EnrollmentRecord;

/**
 * The rules of enrollments: an exit not before the entry and only once; no two overlapping stays
 * of one client in one project; one head at a time among a household's enrollments in a project,
 * who enters first. Pure functions over the enrollments core has read under the project's lock.
 */
final class EnrollmentRules {

    private static final RelationshipToHeadOfHousehold HEAD = RelationshipToHeadOfHousehold.SELF;

    private EnrollmentRules() {
    }

    /**
     * Checks a new enrollment against the project's other enrollments.
     *
     * @param candidate       the enrollment to insert
     * @param ofClient        the client's enrollments in the candidate's project
     * @param ofHousehold     the household's enrollments in the candidate's project
     * @return the head's enrollment a member enters under; empty for a head
     */
    static Optional<EnrollmentRecord> checkEntry(EnrollClient command, EnrollmentRecord candidate,
                                                 List<EnrollmentRecord> ofClient, List<EnrollmentRecord> ofHousehold) {
        Stay stay = Stay.of(candidate);
        if (ofClient.stream().anyMatch(other -> Stay.of(other).overlaps(stay))) {
            throw invalid(command, "entryDate", "caseload.enrollment.overlap", "a date");
        }
        List<EnrollmentRecord> heads = ofHousehold.stream().filter(other -> other.relationship() == HEAD).toList();
        if (candidate.relationship() == HEAD) {
            if (heads.stream().anyMatch(head -> Stay.of(head).overlaps(stay))) {
                throw invalid(command, "clientId", "caseload.enrollment.head.duplicate",
                        "client " + command.clientId());
            }
            return Optional.empty();
        }
        return Optional.of(heads.stream().filter(head -> Stay.of(head).includes(candidate.entryDate())).findFirst()
                .orElseThrow(() -> invalid(command, "householdId", "caseload.enrollment.head.missing",
                        "household " + command.householdId())));
    }

    /**
     * Checks that {@code enrollment} may be exited as the command says.
     *
     * @param ofHousehold the household's enrollments in the enrollment's project
     * @return the enrollment of the member who becomes the head, when the head leaves members behind
     */
    static Optional<EnrollmentRecord> checkExit(ExitEnrollment command, EnrollmentRecord enrollment,
                                                List<EnrollmentRecord> ofHousehold) {
        if (!enrollment.isOpen()) {
            throw new InvalidTransitionException(VisibleRecords.ENROLLMENT, enrollment.id(), "EXITED", "EXITED");
        }
        if (command.exitDate().isBefore(enrollment.entryDate())) {
            throw invalid(command, "exitDate", "caseload.enrollment.exitDate.beforeEntry",
                    "a date before the entry date");
        }
        if (enrollment.relationship() == HEAD) {
            // A member entered while the head was enrolled; a backdated exit must not undo that.
            Stay before = Stay.of(enrollment);
            Stay after = new Stay(enrollment.entryDate(), command.exitDate());
            boolean strandsMember = ofHousehold.stream()
                    .filter(other -> other.relationship() != HEAD)
                    .anyMatch(member -> before.includes(member.entryDate()) && !after.includes(member.entryDate()));
            if (strandsMember) {
                throw invalid(command, "exitDate", "caseload.enrollment.exitDate.beforeMemberEntry", "a date");
            }
            return successor(command, enrollment, ofHousehold);
        }
        if (command.newHeadEnrollmentId() != null) {
            throw invalid(command, "newHeadEnrollmentId", "caseload.enrollment.head.successor.notHeadExit",
                    "enrollment " + command.newHeadEnrollmentId());
        }
        formerHeadRelationship(command);
        return Optional.empty();
    }

    /** The exiting head's relationship to a new head: only with one, and never the head's own. */
    private static void formerHeadRelationship(ExitEnrollment command) {
        RelationshipToHeadOfHousehold relationship = command.formerHeadRelationship();
        if (relationship == null) {
            return;
        }
        if (command.newHeadEnrollmentId() == null) {
            throw invalid(command, "formerHeadRelationship", "caseload.enrollment.head.formerRelationship.withoutSuccessor",
                    relationship.name());
        }
        if (relationship == HEAD) {
            throw invalid(command, "formerHeadRelationship", "caseload.enrollment.head.formerRelationship.self",
                    relationship.name());
        }
    }

    /**
     * One head at any time: when the head leaves while members stay (still enrolled, or exiting
     * after the head's exit date), the exit names one of them as the new head.
     */
    private static Optional<EnrollmentRecord> successor(ExitEnrollment command, EnrollmentRecord head,
                                                        List<EnrollmentRecord> ofHousehold) {
        List<EnrollmentRecord> staying = ofHousehold.stream()
                .filter(other -> !other.id().equals(head.id())
                        && (other.isOpen() || other.exitDate().isAfter(command.exitDate())))
                .toList();
        String named = command.newHeadEnrollmentId();
        formerHeadRelationship(command);
        if (named == null) {
            if (staying.isEmpty()) {
                return Optional.empty();
            }
            throw invalid(command, "newHeadEnrollmentId", "caseload.enrollment.head.successor.missing",
                    staying.size() + " members staying");
        }
        return Optional.of(staying.stream().filter(member -> member.id().equals(named)).findFirst()
                .orElseThrow(() -> invalid(command, "newHeadEnrollmentId",
                        "caseload.enrollment.head.successor.notStaying", "enrollment " + named)));
    }
}
