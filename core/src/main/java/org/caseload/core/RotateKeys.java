// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A key rotation run: see {@link KeyRotationService#rotate}.
 *
 * @param batchSize how many clients are read per page, with their enrollments, 1 to 10,000; each
 *                  client or enrollment not under the current keys is then rewritten in a unit of
 *                  work of its own
 * @param progress  told the counts so far after each page; null means nobody is told
 * @param cancelled polled between clients (a client and its enrollments are done together); the
 *                  run stops when it turns true; null means never
 */
public record RotateKeys(@Min(1) @Max(RotateKeys.MAX_BATCH_SIZE) int batchSize, Consumer<KeyRotationResult> progress,
                         BooleanSupplier cancelled) {

    /** The largest page size. */
    public static final int MAX_BATCH_SIZE = 10_000;

    /** The page size of {@link #all()}. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    public RotateKeys {
        progress = progress == null ? counts -> { } : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** Every client, in pages of {@value #DEFAULT_BATCH_SIZE}, without progress or cancellation. */
    public static RotateKeys all() {
        return new RotateKeys(DEFAULT_BATCH_SIZE, null, null);
    }
}
