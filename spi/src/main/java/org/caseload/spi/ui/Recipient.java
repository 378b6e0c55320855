// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.ui;

import java.util.Objects;

/** Who a {@link Notification} is for; the host resolves it to people and addresses. */
public sealed interface Recipient {

    /** One user. */
    record User(String userId) implements Recipient {
        public User {
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** Every user of an organization who holds a permission (for example its local administrators). */
    record PermissionHolders(String organizationId, String permissionKey) implements Recipient {
        public PermissionHolders {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(permissionKey, "permissionKey");
        }
    }
}
