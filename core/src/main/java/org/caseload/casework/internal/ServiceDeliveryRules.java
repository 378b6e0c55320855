// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.caseload.casework.internal.Violations.invalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.ServiceUnit;

/** The rules of a delivered service beyond its annotations: its value suits its unit, its date its enrollment. */
final class ServiceDeliveryRules {

    private ServiceDeliveryRules() {
    }

    /** Time (minutes) and counts are whole numbers; currency may have cents. */
    static void checkValue(Object command, ServiceUnit unit, BigDecimal value) {
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        if (unit != ServiceUnit.CURRENCY && !whole) {
            throw invalid(command, "value", "caseload.service.value.wholeNumber", Map.of("unit", unit),
                    "a number with decimals");
        }
    }

    /** A service within an enrollment is the client's and is delivered between entry and exit, both included. */
    static void checkEnrollment(Object command, EnrollmentRecord enrollment, String clientId, LocalDate deliveredOn) {
        if (!enrollment.clientId().equals(clientId)) {
            throw invalid(command, "enrollmentId", "caseload.service.enrollment.otherClient",
                    "enrollment " + enrollment.id());
        }
        if (!Stay.of(enrollment).spans(deliveredOn)) {
            throw invalid(command, "deliveredOn", "caseload.service.deliveredOn.outsideEnrollment", "a date");
        }
    }
}
