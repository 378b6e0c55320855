// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import org.caseload.core.Permission;

import java.util.Objects;

/**
 * A kind of service call, as the {@link Kernel} checks and audits it.
 *
 * @param action     the audited name, such as {@code client.register}; required
 * @param permission the permission the caller must hold; required
 * @param reading    whether the call only reads records: the kernel runs it as a reading unit of
 *                   work ({@link org.caseload.spi.storage.Storage#inReadingTransaction}), which the
 *                   storage may run side by side with others and in which it may refuse any write
 *                   but the call's audit entry
 */
public record Operation(String action, Permission permission, boolean reading) {
    public Operation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(permission, "permission");
    }

    /** An operation that may write records. */
    public Operation(String action, Permission permission) {
        this(action, permission, false);
    }

    /** An operation that only reads records; see {@link #reading()}. */
    public static Operation reading(String action, Permission permission) {
        return new Operation(action, permission, true);
    }
}
