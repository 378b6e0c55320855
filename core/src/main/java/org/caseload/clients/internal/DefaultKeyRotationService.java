// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.core.KeyRotationResult;
import org.caseload.core.KeyRotationService;
import org.caseload.core.Permission;
import org.caseload.core.RotateKeys;
import org.caseload.core.internal.ClientSealing;
import org.caseload.core.internal.DefaultKernel;
import org.caseload.core.internal.Operation;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;

/**
 * The key rotation over the client records: pages read from the storage as it holds them (sealed),
 * each client not under the current keys rewritten in a unit of work of its own, its match keys
 * computed again from its identity exactly as a change of the client computes them.
 */
public final class DefaultKeyRotationService implements KeyRotationService {

    private static final Operation ROTATE = new Operation("keys.rotate", Permission.SYSTEM_ADMIN);
    /** How often one client is read again after a concurrent change before the run gives up on it. */
    private static final int ATTEMPTS = 5;

    private final DefaultKernel kernel;
    private final ClientMatching matching;
    private final ClientSealing sealing;
    private final Storage atRest;

    public DefaultKeyRotationService(DefaultKernel kernel, ClientMatching matching) {
        this.kernel = kernel;
        this.matching = matching;
        this.sealing = kernel.sealing();
        this.atRest = kernel.storageAtRest();
    }

    @Override
    public KeyRotationResult rotate(RotateKeys command) {
        kernel.authorize(ROTATE);
        kernel.validate(command);
        Counts counts = new Counts();
        String after = null;
        walk:
        while (true) {
            String from = after;
            List<ClientRecord> page = atRest.inTransaction(session -> session.clients()
                    .scan(new ClientScan(Set.of(), from, command.batchSize())));
            if (page.isEmpty()) {
                break;
            }
            for (ClientRecord stored : page) {
                if (command.cancelled().getAsBoolean()) {
                    counts.cancelled = true;
                    break walk;
                }
                counts.scanned++;
                if (sealing.isCurrent(stored)) {
                    counts.alreadyCurrent++;
                } else if (rewrite(stored.id(), counts)) {
                    counts.rewritten++;
                } else {
                    counts.alreadyCurrent++;
                }
            }
            after = page.get(page.size() - 1).id();
            command.progress().accept(counts.result());
        }
        KeyRotationResult result = counts.result();
        return kernel.call(ROTATE, null, context -> {
            context.auditDetail(result.scanned() + " clients scanned, " + result.rewritten() + " rewritten, "
                    + result.alreadyCurrent() + " already current, " + result.conflicts() + " conflicts"
                    + (result.cancelled() ? ", cancelled" : ""));
            return result;
        });
    }

    /** Rewrites one client under the current keys; false when it was found current (or gone). */
    private boolean rewrite(String clientId, Counts counts) {
        for (int attempt = 1; ; attempt++) {
            try {
                return atRest.inTransaction(session -> {
                    Optional<ClientRecord> stored = session.clients().findById(clientId);
                    if (stored.isEmpty() || sealing.isCurrent(stored.get())) {
                        return false;
                    }
                    ClientRecord open = sealing.unseal(stored.get());
                    Set<String> keys = matching.keysOf(matching.index(open.id(), open.identity(),
                            open.contact().addresses()));
                    session.clients().update(sealing.seal(new ClientRecord(open.id(), open.organizationId(),
                            open.identity(), open.demographics(), open.contact(), open.forms(), keys, open.restricted(),
                            open.mergedInto(), open.createdAt(), open.updatedAt(), open.version())));
                    return true;
                });
            } catch (ConcurrentModificationException changed) {
                counts.conflicts++;
                if (attempt == ATTEMPTS) {
                    throw changed;
                }
            }
        }
    }

    /** The running counts of one run. */
    private static final class Counts {
        private long scanned;
        private long rewritten;
        private long alreadyCurrent;
        private long conflicts;
        private boolean cancelled;

        KeyRotationResult result() {
            return new KeyRotationResult(scanned, rewritten, alreadyCurrent, conflicts, cancelled);
        }
    }
}
