// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

/**
 * What a pruning run deleted.
 *
 * @param deliveredMessages delivered outbox messages deleted
 * @param receivedMessageIds ids of applied incoming messages forgotten
 */
public record PruneResult(int deliveredMessages, int receivedMessageIds) {
}
