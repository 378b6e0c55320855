// SPDX-License-Identifier: Apache-2.0
/**
 * The stores of messages that cross to other systems: the outbox, the messages received from the support link and their per-ticket sequence numbers.
 *
 * <p>The rules every store follows are in {@link org.caseload.spi.storage}.
 */
package org.caseload.spi.storage.messaging;
