// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import java.util.Objects;
import org.caseload.spi.forms.FormProvider;

/**
 * Where {@link ConformsToForm} finds the form that values were entered with: the runtime's form
 * provider and the organization whose forms apply. Passed to the validator of one command.
 *
 * @param provider       the runtime's forms; required
 * @param organizationId the caller's organization; required
 */
public record FormLookup(FormProvider provider, String organizationId) {
    public FormLookup {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(organizationId, "organizationId");
    }
}
