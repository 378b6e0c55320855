// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.support;

/**
 * Carries {@link SupportMessage}s between an organization's Caseload and the vendor's support
 * desk. Caseload ships one over signed HTTP ({@code HttpSupportChannel} of {@code caseload-http},
 * with the endpoint that receives its messages); a host may implement its own (a message queue
 * producer). The receiving side hands what arrives to its ticketing service.
 *
 * <p>Contract: thread-safe. Called by a dispatcher outside any transaction, at least once per
 * message: the same {@link SupportMessage#messageId()} may be sent again after a failure or a
 * crash, and the receiver applies each message id once. Returning normally means the other side
 * has accepted the message; throwing any runtime exception means it has not, and it will be sent
 * again later, unless it is a {@link PermanentDeliveryException}: the other side refused the
 * message for good, and it is set aside as undeliverable without further attempts. Never receives
 * null.
 */
@FunctionalInterface
public interface SupportChannel {

    /** Sends one message to the other side or throws. */
    void send(SupportMessage message);
}
