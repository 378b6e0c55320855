// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

import org.caseload.spi.storage.messaging.OutboxMessage;

/**
 * Delivers one kind (topic) of outbox message, for example by calling the host's
 * {@code SupportChannel}. Called outside any transaction; returning normally means delivered,
 * throwing means "try again later". Must tolerate the same message twice (at-least-once).
 */
@FunctionalInterface
public interface OutboxHandler {

    void deliver(OutboxMessage message);
}
