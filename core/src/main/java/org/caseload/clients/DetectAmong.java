// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.ProgressListener;
import org.caseload.spi.error.Violation;

/**
 * Bulk detection over clients described, not stored: a file to deduplicate before (or instead of)
 * loading it. Each description is checked as a registration would check it; one that breaks a rule
 * is offered to {@code repair} and, unrepaired, left out and reported.
 *
 * @param clients   the clients, in order; required, none null. A pair names them by their position
 *                  here, in decimal
 * @param minimum   the least classification reported
 * @param progress  told how far the run has come, over three passes (checking the descriptions,
 *                  comparing the candidate pairs, scoring them): {@code total} is three times the
 *                  clients. A {@link org.caseload.linkage.MatchEngine.PairProgress} is also told
 *                  the pairs compared. Null means none
 * @param cancelled polled between clients; the run stops when it turns true; null means never
 * @param threads   the threads that compare pairs; 0 for one per available processor. The pairs
 *                  reported and their order do not depend on it
 * @param repair    given a description that breaks a rule, with the rules broken: the description
 *                  to take instead (checked again), or null to leave the client out. Null means
 *                  every such client is left out
 */
public record DetectAmong(List<ClientDetails> clients, MatchClassification minimum, ProgressListener progress,
        BooleanSupplier cancelled, int threads, Repair repair) {

    /**
     * @throws NullPointerException when clients or minimum is null, or clients holds null
     * @throws IllegalArgumentException when threads is negative
     */
    public DetectAmong {
        clients = List.copyOf(Objects.requireNonNull(clients, "clients"));
        Objects.requireNonNull(minimum, "minimum");
        progress = progress == null ? ProgressListener.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
        repair = repair == null ? (index, details, violations) -> null : repair;
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 or more, was " + threads);
        }
    }

    /** The probable pairs among these clients, without progress, cancellation or repair. */
    public static DetectAmong probable(List<ClientDetails> clients) {
        return new DetectAmong(clients, MatchClassification.PROBABLE, null, null, 0, null);
    }

    /** What to do with a description that breaks a rule. */
    @FunctionalInterface
    public interface Repair {
        /**
         * @param index      the client's position in {@link #clients()}
         * @param details    its description
         * @param violations every rule it broke, as a registration would report them
         * @return the description to take instead, or null to leave the client out
         */
        ClientDetails repair(int index, ClientDetails details, List<Violation> violations);
    }
}
