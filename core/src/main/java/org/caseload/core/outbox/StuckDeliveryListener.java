// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.outbox;

/**
 * Told when a message becomes a dead letter, so that the delivery of its record is stuck until a
 * person resends or discards it. <b>Implemented by the host</b> (a page to operations, a metric).
 * Called by the dispatcher after the message was recorded dead, outside any transaction; what it
 * throws is logged and does not undo anything.
 */
@FunctionalInterface
public interface StuckDeliveryListener {

    /** A listener that does nothing. */
    StuckDeliveryListener NONE = letter -> { };

    /** The message {@code letter} describes is dead. */
    void stuck(DeadLetter letter);
}
