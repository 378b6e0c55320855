// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import org.caseload.spi.storage.casework.EnrollmentRecord;

/**
 * What an enrollment record looks like at rest, and back: the values of every form field marked
 * sensitive sealed as a client's are ({@link FormSealing}), bound to
 * {@code enrollment/<id>/form/<formId>/<fieldId>}; read, opened. The binding names the enrollment,
 * not its client, so a merge that moves the enrollment to another client leaves its values
 * readable. Thread-safe.
 */
public final class EnrollmentSealing {

    private final FormSealing forms;

    EnrollmentSealing(FormSealing forms) {
        this.forms = forms;
    }

    /** The record as it is stored. */
    public EnrollmentRecord seal(EnrollmentRecord record) {
        return record.withForms(forms.seal(record.organizationId(), binding(record.id()), record.forms()));
    }

    /** The record as services see it: its sealed values opened. */
    public EnrollmentRecord unseal(EnrollmentRecord stored) {
        return stored.withForms(forms.open(binding(stored.id()), stored.forms()));
    }

    /** What of a stored record is not under the current key: sensitive values not sealed, or sealed under another key. */
    public StaleSeals stale(EnrollmentRecord stored) {
        return new StaleSeals(forms.stale(stored.organizationId(), stored.forms()), 0);
    }

    private static String binding(String enrollmentId) {
        return "enrollment/" + enrollmentId;
    }
}
