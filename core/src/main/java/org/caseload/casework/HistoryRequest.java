// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Asks for a client's most recent case notes or services.
 *
 * @param clientId required
 * @param limit    the most records to return, 1 to {@value #MAX_LIMIT}
 */
public record HistoryRequest(@NotBlank String clientId, @Min(1) @Max(MAX_LIMIT) int limit) {

    /** The most records one request returns. */
    public static final int MAX_LIMIT = 100;

    /** The 20 most recent records of a client. */
    public static HistoryRequest recent(String clientId) {
        return new HistoryRequest(clientId, 20);
    }
}
