// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.spi.identity.Principal;

/**
 * Test users ({@link Principal}s): {@link #user} for the usual one, {@link #builder} to choose the
 * display name, locale or extra permission keys. Unless told otherwise a user is called "User" and
 * its id, works in English (Canada), and belongs to one workgroup per role, named after it.
 */
public final class TestUsers {

    /** The locale of a test user unless {@link Builder#locale} says otherwise. */
    public static final Locale DEFAULT_LOCALE = Locale.CANADA;

    private TestUsers() {
    }

    /** A user of this organization holding these roles' permissions. */
    public static Principal user(String userId, String organizationId, Role... roles) {
        return builder(userId, organizationId).roles(roles).build();
    }

    /** A user of this organization, working in this locale, holding these roles' permissions. */
    public static Principal user(String userId, String organizationId, Locale locale, Role... roles) {
        return builder(userId, organizationId).locale(locale).roles(roles).build();
    }

    /** A builder of a user of this organization, with no role yet. */
    public static Builder builder(String userId, String organizationId) {
        return new Builder(userId, organizationId);
    }

    /** Builds one test user; each call changes this builder and returns it. Not thread-safe. */
    public static final class Builder {

        private final String userId;
        private final String organizationId;
        private String displayName;
        private Locale locale = DEFAULT_LOCALE;
        private final Set<String> workgroups = new LinkedHashSet<>();
        private final Set<String> permissions = new LinkedHashSet<>();

        private Builder(String userId, String organizationId) {
            this.userId = Objects.requireNonNull(userId, "userId");
            this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
            this.displayName = "User " + userId;
        }

        /** The name other users see, for example as a ticket note's author. */
        public Builder named(String name) {
            this.displayName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The user's locale, for help text and labels. */
        public Builder locale(Locale userLocale) {
            this.locale = Objects.requireNonNull(userLocale, "userLocale");
            return this;
        }

        /** Adds these roles: their permissions, and a workgroup named after each. */
        public Builder roles(Role... roles) {
            for (Role role : roles) {
                permissions.addAll(role.permissions());
                workgroups.add(role.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            return this;
        }

        /** Adds these permission keys, beyond the roles' ones (for a test of one permission). */
        public Builder permissions(String... permissionKeys) {
            permissions.addAll(Arrays.stream(permissionKeys).map(key -> Objects.requireNonNull(key, "permission key"))
                    .collect(Collectors.toList()));
            return this;
        }

        /** Adds these workgroup names, carried for display and audit only. */
        public Builder workgroups(String... names) {
            workgroups.addAll(Arrays.asList(names));
            return this;
        }

        /** The user as built so far. */
        public Principal build() {
            return new Principal(userId, displayName, organizationId, workgroups, permissions, locale);
        }
    }
}
