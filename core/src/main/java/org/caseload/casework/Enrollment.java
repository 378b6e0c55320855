// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;

/**
 * An enrollment as a caller sees it: a client in a project from an entry date until an exit date.
 *
 * @param id             the enrollment id
 * @param organizationId the organization that enrolled the client
 * @param clientId       the client
 * @param projectId      the project
 * @param householdId    the household the client entered with
 * @param relationship   the client's relationship to the head of that household on entry; {@code SELF} for a
 *                       member named the new head when the former head exited ({@link ExitEnrollment})
 * @param entryDate      the day the client entered
 * @param exitDate       the day the client left; null while enrolled
 * @param destination    where the client went; null while enrolled
 * @param createdAt      when it was recorded
 * @param updatedAt      when it last changed
 * @param version        the version, to name when exiting
 * @param forms          the values entered through custom forms on enrollment, each with the
 *                       form version it was entered with
 * @param householdStayId the household's stay in the project (HMIS's {@code HouseholdID}): new for
 *                       each enrollment of a head, shared by the members who enter during that stay
 *                       and kept by a member named the new head; null for enrollments recorded
 *                       before stays had ids
 */
public record Enrollment(
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

    public Enrollment {
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    /** Whether the client is still enrolled. */
    public boolean isOpen() {
        return exitDate == null;
    }
}
