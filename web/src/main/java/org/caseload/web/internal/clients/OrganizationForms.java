// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.clients;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormProvider;

/** The signed-in user's organization's custom forms, the latest version of each, by title. */
final class OrganizationForms {

    private OrganizationForms() {
    }

    static List<FormDefinition> latest(FormProvider forms, String organizationId) {
        Map<String, FormDefinition> latest = new HashMap<>();
        for (FormDefinition form : forms.forms(organizationId)) {
            latest.merge(form.id(), form, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return latest.values().stream().sorted(Comparator.comparing(FormDefinition::title)).toList();
    }

    /**
     * The latest version of one form.
     *
     * @throws NotFoundException when the organization has no form with this id
     */
    static FormDefinition latest(FormProvider forms, String organizationId, String formId) {
        return latest(forms, organizationId).stream().filter(form -> form.id().equals(formId)).findFirst()
                .orElseThrow(() -> new NotFoundException("form", formId));
    }
}
