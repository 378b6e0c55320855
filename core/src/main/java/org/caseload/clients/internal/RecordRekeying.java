// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.caseload.core.internal.ClientSealing;
import org.caseload.core.internal.DefaultKernel;
import org.caseload.core.internal.EnrollmentSealing;
import org.caseload.core.internal.StaleSeals;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.clients.ClientRecord;

/**
 * One record rewritten under the current keys, in a unit of work of its own on the storage as it
 * holds the records (sealed), read again and decided again when a concurrent change beat it. A
 * client's match keys are computed again from its identity exactly as a change of the client
 * computes them.
 */
final class RecordRekeying {

    /** How often one record is read again after a concurrent change before the run gives up on it. */
    private static final int ATTEMPTS = 5;

    private final ClientMatching matching;
    private final ClientSealing clients;
    private final EnrollmentSealing enrollments;
    private final Storage atRest;

    RecordRekeying(DefaultKernel kernel, ClientMatching matching) {
        this.matching = matching;
        this.clients = kernel.sealing();
        this.enrollments = kernel.enrollmentSealing();
        this.atRest = kernel.storageAtRest();
    }

    /**
     * Rewrites one client under the current keys.
     *
     * @param conflicts told of each concurrent change met
     * @return what was stale and is now current; {@link StaleSeals#NONE} when the client was found
     *         current (or gone)
     */
    StaleSeals client(String clientId, Runnable conflicts) {
        return retrying(conflicts, () -> atRest.inTransaction(session -> {
            Optional<ClientRecord> stored = session.clients().findById(clientId);
            StaleSeals stale = stored.map(clients::stale).orElse(StaleSeals.NONE);
            if (stale.none()) {
                return StaleSeals.NONE;
            }
            ClientRecord open = clients.unseal(stored.get());
            Set<String> keys = matching.keysOf(matching.index(open.id(), open.identity(),
                    open.contact().addresses()));
            session.clients().update(clients.seal(new ClientRecord(open.id(), open.organizationId(),
                    open.identity(), open.demographics(), open.contact(), open.forms(), keys, open.restricted(),
                    open.mergedInto(), open.createdAt(), open.updatedAt(), open.version())));
            return stale;
        }));
    }

    /**
     * Rewrites one enrollment under the current key.
     *
     * @param conflicts told of each concurrent change met
     * @return what was stale and is now current; {@link StaleSeals#NONE} when the enrollment was
     *         found current (or gone)
     */
    StaleSeals enrollment(String enrollmentId, Runnable conflicts) {
        return retrying(conflicts, () -> atRest.inTransaction(session -> {
            Optional<EnrollmentRecord> stored = session.enrollments().findById(enrollmentId);
            StaleSeals stale = stored.map(enrollments::stale).orElse(StaleSeals.NONE);
            if (stale.none()) {
                return StaleSeals.NONE;
            }
            session.enrollments().update(enrollments.seal(enrollments.unseal(stored.get())));
            return stale;
        }));
    }

    private static StaleSeals retrying(Runnable conflicts, Supplier<StaleSeals> rewrite) {
        for (int attempt = 1; ; attempt++) {
            try {
                return rewrite.get();
            } catch (ConcurrentModificationException changed) {
                conflicts.run();
                if (attempt == ATTEMPTS) {
                    throw changed;
                }
            }
        }
    }
}
