// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.caseload.linkage.ProgressListener;

/**
 * Registers many clients in the caller's organization at once, without the intake check: for
 * loading records that are known to need loading (an import, a migration), whose duplicates bulk
 * detection finds afterwards. Each registration is checked on its own; one that breaks a rule is
 * left out and reported, the others are registered.
 *
 * @param clients   the registrations, in order; required, none null. Their
 *                  {@code confirmDuplicates} is not consulted: no intake check runs
 * @param progress  told how many registrations were processed; null means none
 * @param cancelled polled every few hundred registrations; the load stops when it turns true,
 *                  keeping those registered so far; null means never
 */
public record RegisterClients(List<RegisterClient> clients, ProgressListener progress, BooleanSupplier cancelled) {

    /**
     * @throws NullPointerException when clients is null or holds null
     */
    public RegisterClients {
        clients = List.copyOf(Objects.requireNonNull(clients, "clients"));
        progress = progress == null ? ProgressListener.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** These registrations, without progress or cancellation. */
    public static RegisterClients of(List<RegisterClient> clients) {
        return new RegisterClients(clients, null, null);
    }
}
