// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.testing.Role;
import org.junit.jupiter.api.Test;

/**
 * The test fixtures name permissions by key, as a host does, because they cannot depend on core;
 * this keeps their roles to keys that exist.
 */
class FixtureRolesTest {

    @Test
    void everyRoleHoldsOnlyKeysOfPermissions() {
        Set<String> keys = Arrays.stream(Permission.values()).map(Permission::key).collect(Collectors.toSet());

        for (Role role : Role.values()) {
            assertThat(keys).as(role.name()).containsAll(role.permissions());
        }
    }
}
