// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.caseload.core.forms.internal.ConformsToForm;
import org.caseload.core.forms.internal.OneEntryPerForm;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.DobDataQuality;

/**
 * Registers a client in the caller's organization.
 *
 * @param details what is known about the client; required, see {@link ClientDetails} for its rules
 * @param forms   values entered through the organization's custom forms, at most one entry per
 *                form, each checked against the form version it names (violations at
 *                {@code forms[i].values[fieldId]}); null means none
 * @param restrictedIntake   registered with restricted intake: the client is seen by the caller's
 *                           organization only, whatever agreement or consent exists, and no other
 *                           organization's duplicate check finds it
 * @param confirmDuplicates  the caller has reviewed the probable duplicates the intake check found
 *                           and confirms this is another person: the client is created anyway, and
 *                           the audit entry names the duplicates overridden
 */
public record RegisterClient(
        @NotNull @Valid ClientDetails details,
        @OneEntryPerForm List<@NotNull @ConformsToForm FormValues> forms,
        boolean restrictedIntake,
        boolean confirmDuplicates) {

    public RegisterClient {
        forms = forms == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(forms));
    }

    /** An ordinary registration: not restricted, stopped by probable duplicates. */
    public RegisterClient(ClientDetails details, List<FormValues> forms) {
        this(details, forms, false, false);
    }

    /** This registration with restricted intake. */
    public RegisterClient withRestrictedIntake() {
        return new RegisterClient(details, forms, true, confirmDuplicates);
    }

    /** This registration confirmed as another person than the probable duplicates found. */
    public RegisterClient confirmingDuplicates() {
        return new RegisterClient(details, forms, restrictedIntake, true);
    }

    /** A client with these details and these form values. */
    public static RegisterClient of(ClientDetails details, FormValues... forms) {
        return new RegisterClient(details, Arrays.asList(forms));
    }

    /**
     * A client known by a full first and last name and, when not null, a full date of birth; see
     * {@link ClientDetails#named}.
     */
    public static RegisterClient of(String firstName, String lastName, LocalDate dateOfBirth) {
        ClientDetails details = ClientDetails.named(firstName, lastName);
        return new RegisterClient(dateOfBirth == null ? details
                : details.withDateOfBirth(dateOfBirth, DobDataQuality.FULL), List.of());
    }
}
