// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.messaging;

import org.caseload.spi.storage.StorageSession;

/**
 * Per-ticket sequence numbers of the support link: the numbers a sender gives the messages of a
 * stream, and the last number a receiver applied. Obtained from a {@link StorageSession}.
 * Implementations over a shared database serialize {@link #next} per stream (a row lock), so two
 * nodes never hand out one number twice.
 */
public interface SupportSequenceStore {

    /** Allocates the next number of an outgoing stream: 1 first, then one more each call. */
    long next(String streamId);

    /**
     * The last number applied of an incoming stream; 0 before the first. Implementations over a
     * shared database lock the stream's applied number until the unit of work ends (creating it at 0
     * when needed), so that two nodes receiving messages of one stream at once take turns: the
     * second reads what the first applied, and never keeps a message waiting for one the first
     * has just applied.
     */
    long applied(String streamId);

    /**
     * Records {@code sequence} as the last number applied of an incoming stream.
     *
     * @throws IllegalArgumentException unless {@code sequence} is one more than {@link #applied}
     */
    void markApplied(String streamId, long sequence);
}
