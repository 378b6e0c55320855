// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips jqwik properties, loudly, when no PostgreSQL server is configured: jqwik takes an aborted
 * property for a failed one, so JUnit Jupiter's assumptions cannot do it. When PostgreSQL is
 * required, the property runs and fails for want of a server.
 */
public final class SkipPropertiesWithoutPostgres implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        if (PostgresTestDatabase.isConfigured() || PostgresTestDatabase.isRequired()) {
            return SkipResult.doNotSkip();
        }
        String message = PostgresTestDatabase.missingServerMessage(
                context.optionalContainerClass().orElse(SkipPropertiesWithoutPostgres.class));
        PostgresTestDatabase.announceSkip(message);
        return SkipResult.skip(message);
    }
}
