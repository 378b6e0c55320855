// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.ProgressListener;

/**
 * A bulk duplicate detection run.
 *
 * @param allOrganizations over every organization (system administrators only) rather than the
 *                         caller's own
 * @param minimum          the least classification reported: {@code PROBABLE}, or {@code POSSIBLE}
 *                         to see pairs a person should review too
 * @param progress         told how many clients were processed; null means none
 * @param cancelled        polled between clients; the run stops when it turns true; null means never
 */
public record DetectDuplicates(boolean allOrganizations, MatchClassification minimum, ProgressListener progress,
        BooleanSupplier cancelled) {
    public DetectDuplicates {
        Objects.requireNonNull(minimum, "minimum");
        progress = progress == null ? ProgressListener.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** Probable duplicates in the caller's organization, without progress or cancellation. */
    public static DetectDuplicates probableInOwnOrganization() {
        return new DetectDuplicates(false, MatchClassification.PROBABLE, null, null);
    }
}
