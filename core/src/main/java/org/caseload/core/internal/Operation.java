// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import org.caseload.core.Permission;

import java.util.Objects;

/**
 * A kind of service call, as the {@link Kernel} checks and audits it.
 *
 * @param action     the audited name, such as {@code client.register}; required
 * @param permission the permission the caller must hold; required
 */
public record Operation(String action, Permission permission) {
    public Operation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(permission, "permission");
    }
}
