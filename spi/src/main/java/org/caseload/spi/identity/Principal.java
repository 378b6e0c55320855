// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated user as the host knows them, supplied to Caseload by an {@link IdentityProvider}.
 *
 * <p>The organization decides which data the user sees; the permissions (granted through the
 * user's workgroups) decide which functions they may use. Permission keys are the stable keys of
 * {@code org.caseload.core.Permission} (for example {@code client.read}); a host maps its own roles
 * onto them. Immutable and thread-safe; no component is null.
 *
 * @param userId         the host's stable id of the user
 * @param displayName    the name shown to other users (for example on a ticket note)
 * @param organizationId the organization the user works for in this session
 * @param workgroups     the host's workgroup (role) names, for display and audit
 * @param permissions    the permission keys the user holds
 * @param locale         the user's locale, used for help text and labels
 */
public record Principal(
        String userId,
        String displayName,
        String organizationId,
        Set<String> workgroups,
        Set<String> permissions,
        Locale locale) {

    public Principal {
        requireText(userId, "userId");
        requireText(displayName, "displayName");
        requireText(organizationId, "organizationId");
        workgroups = Set.copyOf(Objects.requireNonNull(workgroups, "workgroups"));
        permissions = Set.copyOf(Objects.requireNonNull(permissions, "permissions"));
        Objects.requireNonNull(locale, "locale");
    }

    /** Whether the user holds the permission with this key. */
    public boolean hasPermission(String permissionKey) {
        return permissions.contains(permissionKey);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
