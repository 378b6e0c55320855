package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * Enrolls a client in a project with one of the client's households. The enrollment records the
 * client's relationship to the head of that household as the household has it.
 *
 * @param clientId    required; a member of the household
 * @param projectId   required
 * @param householdId required
 * @param entryDate   required; not in the future
 */
public record EnrollClient(
        @NotBlank String clientId,
        @NotBlank String projectId,
        @NotBlank String householdId,
        @NotNull @PastOrPresent LocalDate entryDate) {
}
