// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Recipient;

/**
 * Writes a notification as the JSON payload of an outbox message and reads it back, with the
 * message id as the notification id, so that every delivery attempt carries the same id.
 * Thread-safe. Failure messages name the message id only.
 */
public final class NotificationCodec {

    private final ObjectMapper json = JsonMapper.builder().build();

    /** The JSON of a notification for {@code recipient}. */
    public String write(Recipient recipient, String subject, String body, String link) {
        NotificationPayload payload = recipient instanceof Recipient.User user
                ? new NotificationPayload(user.userId(), null, null, subject, body, link)
                : holders((Recipient.PermissionHolders) recipient, subject, body, link);
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification cannot be written as JSON ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static NotificationPayload holders(Recipient.PermissionHolders holders, String subject, String body,
                                               String link) {
        return new NotificationPayload(null, holders.organizationId(), holders.permissionKey(), subject, body, link);
    }

    /**
     * The notification in {@code payload}, with {@code messageId} as its id.
     *
     * @throws IllegalStateException when the payload is not a notification
     */
    Notification read(String messageId, String payload) {
        NotificationPayload read;
        try {
            read = json.readValue(payload, NotificationPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox message " + messageId + " does not hold a readable notification ("
                    + e.getClass().getSimpleName() + ")");
        }
        Recipient recipient = read.recipientUserId() != null
                ? new Recipient.User(read.recipientUserId())
                : new Recipient.PermissionHolders(read.recipientOrganizationId(), read.recipientPermission());
        return new Notification(messageId, recipient, read.subject(), read.body(), read.link());
    }
}
