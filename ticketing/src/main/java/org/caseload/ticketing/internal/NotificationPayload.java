// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

/**
 * A notification as an outbox message keeps it: the recipient is either one user or the holders of
 * a permission in an organization. The message id becomes the notification's id.
 *
 * @param recipientUserId         the user, or null when the recipient is a permission's holders
 * @param recipientOrganizationId the organization of the permission's holders, or null
 * @param recipientPermission     the permission key, or null
 * @param subject                 required
 * @param body                    required
 * @param link                    may be null
 */
record NotificationPayload(String recipientUserId, String recipientOrganizationId, String recipientPermission,
                           String subject, String body, String link) {
}
