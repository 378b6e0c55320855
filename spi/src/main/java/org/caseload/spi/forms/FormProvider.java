// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.forms;

import java.util.List;
import java.util.Optional;

/**
 * Supplies organizations' custom form definitions. <b>Implemented by the host</b>, or by
 * {@code JsonForms} of {@code caseload-core}, which reads them from JSON files.
 *
 * <p>Contract: thread-safe; never returns null; definitions are immutable once returned. A
 * provider that cannot read a definition throws a
 * {@link org.caseload.spi.error.ConfigurationException} naming the place that failed, which reaches
 * the caller unchanged; any other exception reaches it as a
 * {@link org.caseload.spi.error.HostPartException} with code {@code FORM_PROVIDER_FAILED}.
 */
public interface FormProvider {

    /** The newest version of each form of an organization. */
    List<FormDefinition> forms(String organizationId);

    /** One version of one form of an organization. */
    Optional<FormDefinition> form(String organizationId, String formId, int version);

    /** A provider with no forms at all. */
    static FormProvider none() {
        return new FormProvider() {
            @Override
            public List<FormDefinition> forms(String organizationId) {
                return List.of();
            }

            @Override
            public Optional<FormDefinition> form(String organizationId, String formId, int version) {
                return Optional.empty();
            }
        };
    }
}
