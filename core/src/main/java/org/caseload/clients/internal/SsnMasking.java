// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.Map;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.internal.validation.SsnAgreesWithQuality;
import org.caseload.spi.error.ValidationException;
import org.caseload.core.internal.Messages;
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
            throw invalid(subject, "caseload.client.ssn.masked", Map.of());
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
            throw invalid(subject, "caseload.client.ssn.maskedMismatch", Map.of());
        }
        String problem = SsnAgreesWithQuality.Validator.problem(stored, details.ssnQuality());
        if (problem != null) {
            // The masked SSN stands for the stored one, which breaks the same rule a typed one would.
            throw invalid(subject, "caseload.client.ssn." + problem, Map.of("quality", details.ssnQuality().code()));
        }
        return details.withSsn(stored, details.ssnQuality());
    }

    private static ValidationException invalid(String subject, String key, Map<String, ?> arguments) {
        return Messages.invalid(subject, PATH, key, arguments, "a masked SSN");
    }
}
