// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;

/**
 * Records that a client left a project.
 *
 * @param enrollmentId    required
 * @param expectedVersion the version of the enrollment the caller read
 * @param exitDate        the day the client left; required, not in the future, not before entry
 * @param destination     where the client went; required
 * @param newHeadEnrollmentId when the head of household exits while other members stay in the
 *                        project, the enrollment of the member who becomes the head from the exit
 *                        date; null otherwise (and the exit is refused when members stay)
 * @param formerHeadRelationship with a new head, the exiting head's relationship to the new head, which
 *                        the exiting enrollment takes as HMIS asks (one head per household); null
 *                        records it as not collected. Never {@code SELF}; null without a new head
 */
public record ExitEnrollment(
        @NotBlank String enrollmentId,
        @Positive long expectedVersion,
        @NotNull @PastOrPresent LocalDate exitDate,
        @NotNull Destination destination,
        String newHeadEnrollmentId,
        RelationshipToHeadOfHousehold formerHeadRelationship) {

    /** An exit that names no new head. */
    public ExitEnrollment(String enrollmentId, long expectedVersion, LocalDate exitDate, Destination destination) {
        this(enrollmentId, expectedVersion, exitDate, destination, null, null);
    }

    /** An exit naming the new head by enrollment id (or none), the exiting head's relationship not collected. */
    public ExitEnrollment(String enrollmentId, long expectedVersion, LocalDate exitDate, Destination destination,
                          String newHeadEnrollmentId) {
        this(enrollmentId, expectedVersion, exitDate, destination, newHeadEnrollmentId, null);
    }

    /** This exit of the head, naming the enrollment of the member who becomes the head. */
    public ExitEnrollment withNewHead(Enrollment successor) {
        return withNewHead(successor, null);
    }

    /**
     * This exit of the head, naming the member who becomes the head and how the exiting head is
     * related to them.
     */
    public ExitEnrollment withNewHead(Enrollment successor, RelationshipToHeadOfHousehold relationshipToNewHead) {
        return new ExitEnrollment(enrollmentId, expectedVersion, exitDate, destination, successor.id(),
                relationshipToNewHead);
    }

    /** Exits the enrollment, as it was read, on {@code exitDate} to {@code destination}. */
    public static ExitEnrollment of(Enrollment enrollment, LocalDate exitDate, Destination destination) {
        return new ExitEnrollment(enrollment.id(), enrollment.version(), exitDate, destination);
    }
}
