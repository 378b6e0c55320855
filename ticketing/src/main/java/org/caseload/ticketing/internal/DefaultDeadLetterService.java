// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.caseload.core.Permission;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.outbox.DeadLetter;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.messaging.OutboxMessage;
import org.caseload.spi.storage.messaging.OutboxMessage.Status;
import org.caseload.ticketing.DeadLetterService;
import org.caseload.ticketing.DiscardDeadLetter;
import org.caseload.ticketing.ResendDeadLetter;

/**
 * The dead letters of some outbox topics, for the people of one side of the support link. Which of
 * them a caller sees is the side's visibility rule; a dead letter the caller may not see is reported
 * as not found, like one that does not exist. Thread-safe.
 */
public final class DefaultDeadLetterService implements DeadLetterService {

    /** The audit record type of an outbox message. */
    static final String RECORD_TYPE = "outboxMessage";

    private final Kernel kernel;
    private final Set<String> topics;
    private final Operation list;
    private final Operation resend;
    private final Operation discard;
    private final BiPredicate<CallContext, OutboxMessage> visible;

    private DefaultDeadLetterService(Kernel kernel, Set<String> topics, String side, Permission permission,
                                     BiPredicate<CallContext, OutboxMessage> visible) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.topics = Set.copyOf(topics);
        this.list = Operation.reading(side + ".deadLetters", permission);
        this.resend = new Operation(side + ".resendDeadLetter", permission);
        this.discard = new Operation(side + ".discardDeadLetter", permission);
        this.visible = visible;
    }

    /** The organization's side: local administrators, for the tickets of organizations they may see. */
    public static DeadLetterService forOrganization(Kernel kernel, Set<String> topics) {
        return new DefaultDeadLetterService(kernel, topics, "ticket", Permission.TICKET_ADMINISTER,
                (context, message) -> context.session().tickets().findById(message.aggregateId())
                        .map(ticket -> context.canSeeOrganization(ticket.organizationId()))
                        .orElse(false));
    }

    /** The vendor's side: the desk's staff, for every desk ticket. */
    public static DeadLetterService forDesk(Kernel kernel, Set<String> topics) {
        return new DefaultDeadLetterService(kernel, topics, "desk", Permission.SUPPORT_DESK,
                (context, message) -> true);
    }

    @Override
    public List<DeadLetter> list() {
        return kernel.call(list, null, context -> {
            List<DeadLetter> letters = context.session().outbox().findDead(topics, LIST_LIMIT).stream()
                    .filter(message -> visible.test(context, message))
                    .map(DeadLetter::of)
                    .toList();
            context.auditDetail(letters.size() + " dead letters");
            return letters;
        });
    }

    @Override
    public void resend(ResendDeadLetter command) {
        kernel.call(resend, command, context -> {
            deadLetter(context, command.messageId());
            context.session().outbox().requeue(command.messageId(), context.now());
            return null;
        });
    }

    @Override
    public void discard(DiscardDeadLetter command) {
        kernel.call(discard, command, context -> {
            deadLetter(context, command.messageId());
            context.session().outbox().discard(command.messageId());
            return null;
        });
    }

    /** Checks that {@code messageId} is a dead letter of these topics the caller may see, and audits it. */
    private void deadLetter(CallContext context, String messageId) {
        OutboxMessage message = context.session().outbox().findById(messageId)
                .filter(found -> found.status() == Status.DEAD && topics.contains(found.topic()))
                .filter(found -> visible.test(context, found))
                .orElseThrow(() -> new NotFoundException("dead letter", messageId));
        context.auditRecord(RECORD_TYPE, message.id());
        context.auditDetail(message.topic() + " about " + message.aggregateId());
    }
}
