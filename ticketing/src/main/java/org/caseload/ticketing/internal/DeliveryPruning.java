// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.Objects;
import java.util.Set;
import org.caseload.core.Permission;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.outbox.PruneResult;
import org.caseload.core.outbox.RetentionPolicy;

/**
 * Deletes the delivered outbox messages of some topics and the applied incoming message ids once
 * they are older than the retention, in batches, each batch a call of its own (audited, and short
 * enough not to hold locks long). Thread-safe; several nodes may prune at once.
 */
public final class DeliveryPruning {

    private static final Operation PRUNE = new Operation("support.prune", Permission.TICKET_MAINTAIN);
    private static final int BATCH = 500;

    private final Kernel kernel;
    private final Set<String> topics;
    private final RetentionPolicy retention;

    public DeliveryPruning(Kernel kernel, Set<String> topics, RetentionPolicy retention) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.topics = Set.copyOf(topics);
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    /** Prunes everything older than the retention. */
    public PruneResult pruneAll() {
        int delivered = 0;
        int received = 0;
        int outboxBatch;
        int inboxBatch;
        do {
            PruneResult batch = kernel.call(PRUNE, null, context -> {
                var cutOff = context.now().minus(retention.keep());
                int messages = context.session().outbox().deleteDelivered(topics, cutOff, BATCH);
                int ids = context.session().receivedMessages().deleteApplied(cutOff, BATCH);
                context.auditDetail("deleted " + messages + " delivered messages and " + ids
                        + " received message ids older than " + retention.keep());
                return new PruneResult(messages, ids);
            });
            outboxBatch = batch.deliveredMessages();
            inboxBatch = batch.receivedMessageIds();
            delivered += outboxBatch;
            received += inboxBatch;
        } while (outboxBatch == BATCH || inboxBatch == BATCH);
        return new PruneResult(delivered, received);
    }
}
