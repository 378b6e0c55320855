// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.core.KeyRotationResult;
import org.caseload.core.KeyRotationService;
import org.caseload.core.Permission;
import org.caseload.core.RotateKeys;
import org.caseload.core.internal.ClientSealing;
import org.caseload.core.internal.DefaultKernel;
import org.caseload.core.internal.EnrollmentSealing;
import org.caseload.core.internal.Operation;
import org.caseload.core.internal.StaleSeals;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;

/**
 * The key rotation's walk: pages of clients read from the storage as it holds them (sealed), each
 * with its enrollments; each record not under the current keys rewritten by {@link RecordRekeying};
 * the counts told after each page and audited at the end.
 */
public final class DefaultKeyRotationService implements KeyRotationService {

    private static final Operation ROTATE = new Operation("keys.rotate", Permission.SYSTEM_ADMIN);

    private final DefaultKernel kernel;
    private final ClientSealing clientSealing;
    private final EnrollmentSealing enrollmentSealing;
    private final RecordRekeying rekeying;
    private final Storage atRest;

    public DefaultKeyRotationService(DefaultKernel kernel, ClientMatching matching) {
        this.kernel = kernel;
        this.clientSealing = kernel.sealing();
        this.enrollmentSealing = kernel.enrollmentSealing();
        this.rekeying = new RecordRekeying(kernel, matching);
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
            Map<ClientRecord, List<EnrollmentRecord>> page = page(after, command.batchSize());
            if (page.isEmpty()) {
                break;
            }
            for (Map.Entry<ClientRecord, List<EnrollmentRecord>> client : page.entrySet()) {
                if (command.cancelled().getAsBoolean()) {
                    counts.cancelled = true;
                    break walk;
                }
                rotate(client.getKey(), counts);
                client.getValue().forEach(enrollment -> rotate(enrollment, counts));
                after = client.getKey().id();
            }
            command.progress().accept(counts.result());
        }
        KeyRotationResult result = counts.result();
        return kernel.call(ROTATE, null, context -> {
            context.auditDetail(result.scanned() + " clients scanned, " + result.rewritten() + " rewritten, "
                    + result.alreadyCurrent() + " already current, " + result.enrollmentsScanned()
                    + " enrollments scanned, " + result.enrollmentsRewritten() + " rewritten, "
                    + result.valuesResealed() + " values sealed again, " + result.matchKeysRedigested()
                    + " match keys digested again, " + result.conflicts() + " conflicts"
                    + (result.cancelled() ? ", cancelled" : ""));
            return result;
        });
    }

    /** The next page of clients after {@code after}, in id order, each with its enrollments, as stored. */
    private Map<ClientRecord, List<EnrollmentRecord>> page(String after, int size) {
        return atRest.inTransaction(session -> {
            Map<ClientRecord, List<EnrollmentRecord>> page = new LinkedHashMap<>();
            for (ClientRecord client : session.clients().scan(new ClientScan(Set.of(), after, size))) {
                page.put(client, session.enrollments().findByClient(client.id()));
            }
            return page;
        });
    }

    private void rotate(ClientRecord stored, Counts counts) {
        counts.scanned++;
        StaleSeals done = clientSealing.stale(stored).none()
                ? StaleSeals.NONE
                : rekeying.client(stored.id(), () -> counts.conflicts++);
        if (done.none()) {
            counts.alreadyCurrent++;
        } else {
            counts.rewritten++;
            counts.add(done);
        }
    }

    private void rotate(EnrollmentRecord stored, Counts counts) {
        counts.enrollmentsScanned++;
        StaleSeals done = enrollmentSealing.stale(stored).none()
                ? StaleSeals.NONE
                : rekeying.enrollment(stored.id(), () -> counts.conflicts++);
        if (!done.none()) {
            counts.enrollmentsRewritten++;
            counts.add(done);
        }
    }

    /** The running counts of one run. */
    private static final class Counts {
        private long scanned;
        private long rewritten;
        private long alreadyCurrent;
        private long enrollmentsScanned;
        private long enrollmentsRewritten;
        private long valuesResealed;
        private long matchKeysRedigested;
        private long conflicts;
        private boolean cancelled;

        void add(StaleSeals done) {
            valuesResealed += done.values();
            matchKeysRedigested += done.matchKeys();
        }

        KeyRotationResult result() {
            return new KeyRotationResult(scanned, rewritten, alreadyCurrent, enrollmentsScanned, enrollmentsRewritten,
                    valuesResealed, matchKeysRedigested, conflicts, cancelled);
        }
    }
}
