// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

/**
 * Told how far a bulk operation has come. Called on the thread that runs the operation, every few
 * thousand records and once at the end; an implementation should return quickly. Never receives
 * personal data.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done  records processed so far
     * @param total records to process
     */
    void onProgress(long done, long total);
}
