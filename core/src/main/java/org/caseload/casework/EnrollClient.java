// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.caseload.core.forms.internal.ConformsToForm;
import org.caseload.core.forms.internal.OneEntryPerForm;
import org.caseload.spi.forms.FormValues;

/**
 * Enrolls a client in a project with one of the client's households. The enrollment records the
 * client's relationship to the head of that household as the household has it.
 *
 * @param clientId    required; a member of the household
 * @param projectId   required
 * @param householdId required
 * @param entryDate   required; not in the future
 * @param forms       values entered through the organization's custom forms, at most one entry per
 *                    form, each checked against the form version it names (violations at
 *                    {@code forms[i].values[fieldId]}); null means none
 */
public record EnrollClient(
        @NotBlank String clientId,
        @NotBlank String projectId,
        @NotBlank String householdId,
        @NotNull @PastOrPresent LocalDate entryDate,
        @OneEntryPerForm List<@NotNull @ConformsToForm FormValues> forms) {

    public EnrollClient {
        forms = forms == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(forms));
    }

    /** Enrolls the client without form values. */
    public EnrollClient(String clientId, String projectId, String householdId, LocalDate entryDate) {
        this(clientId, projectId, householdId, entryDate, List.of());
    }
}
