// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import jakarta.validation.constraints.PositiveOrZero;
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
 * @param threads          the threads that compare pairs; 0 (the default) for one per available
 *                         processor. The pairs reported and their order do not depend on it
 */
public record DetectDuplicates(boolean allOrganizations, MatchClassification minimum, ProgressListener progress,
        BooleanSupplier cancelled, @PositiveOrZero int threads) {
    public DetectDuplicates {
        Objects.requireNonNull(minimum, "minimum");
        progress = progress == null ? ProgressListener.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** A run on one thread per available processor. */
    public DetectDuplicates(boolean allOrganizations, MatchClassification minimum, ProgressListener progress,
            BooleanSupplier cancelled) {
        this(allOrganizations, minimum, progress, cancelled, 0);
    }

    /** This run on that many threads; 0 for one per available processor. */
    public DetectDuplicates withThreads(int count) {
        return new DetectDuplicates(allOrganizations, minimum, progress, cancelled, count);
    }

    /** Probable duplicates in the caller's organization, without progress or cancellation. */
    public static DetectDuplicates probableInOwnOrganization() {
        return new DetectDuplicates(false, MatchClassification.PROBABLE, null, null);
    }
}
