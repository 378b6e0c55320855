// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.List;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.internal.validation.SsnAgreesWithQuality;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.clients.ClientRecord;

/**
 * What a masked SSN ({@code *****6789}, as every read shows it) means in a command. A read-modify-
 * write sends it back unchanged: an update keeps the stored SSN it stands for. A registration has
 * no stored SSN, so a masked one is refused there.
 */
final class SsnMasking {

    private static final String PATH = "details.ssn";

    private SsnMasking() {
    }

    /** The details of a registration, refused when the SSN is masked. */
    static ClientDetails forRegistration(String subject, ClientDetails details) {
        if (Ssns.isMasked(details.ssn())) {
            throw invalid(subject, "caseload.client.ssn.masked",
                    "is masked: a new client needs the SSN itself, or the last four digits as a partial SSN (xxxxx1234)");
        }
        return details;
    }

    /**
     * The details of an update with a masked SSN replaced by the stored SSN it stands for, which
     * must still agree with the SSN quality given.
     *
     * @throws ValidationException when no SSN is stored, the last four characters differ from the
     *         stored SSN's, or the stored SSN disagrees with the quality given
     */
    static ClientDetails forUpdate(String subject, ClientDetails details, ClientRecord current) {
        if (!Ssns.isMasked(details.ssn())) {
            return details;
        }
        String stored = current.identity().ssn();
        String lastFour = Ssns.normalize(details.ssn()).orElseThrow().substring(5);
        if (stored == null || !stored.endsWith(lastFour)) {
            throw invalid(subject, "caseload.client.ssn.maskedMismatch",
                    "is masked but is not the stored SSN as read: enter the SSN itself to change it");
        }
        String problem = SsnAgreesWithQuality.Validator.problem(stored, details.ssnQuality());
        if (problem != null) {
            throw invalid(subject, "caseload.client.ssn." + problem,
                    "stands for the stored SSN, which does not agree with SSN data quality "
                            + details.ssnQuality().code());
        }
        return details.withSsn(stored, details.ssnQuality());
    }

    private static ValidationException invalid(String subject, String key, String message) {
        return new ValidationException(subject, List.of(new Violation(PATH, key, message, "a masked SSN")));
    }
}
