// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.Set;
import org.caseload.core.internal.CallContext;
import org.caseload.sharing.internal.Visibility;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.sharing.SharedRecordKind;

/**
 * Which clients a caller may see. Every client read (get, search, the intake check, bulk
 * detection, merging) asks here, so that the rules live in one place; the rules themselves
 * (organization, system administration, agreements, consent, restricted intake) are
 * {@link Visibility}'s.
 */
public final class ClientVisibility {

    private ClientVisibility() {
    }

    /**
     * Whether the caller may see this client. The caller's agreements are read once per call, each
     * client's decisions once, however many clients a call checks.
     */
    public static boolean canSee(CallContext context, ClientRecord client) {
        return Visibility.of(context).canSeeClient(client);
    }

    /** The client, when the caller may see it; otherwise not found, exactly as if it did not exist. */
    static ClientRecord visibleClient(CallContext context, String clientId) {
        return context.session().clients().findById(clientId)
                .filter(client -> canSee(context, client))
                .orElseThrow(() -> new NotFoundException(DefaultClientService.RECORD_TYPE, clientId));
    }

    /** Whether the caller may change this client, which it may see: sharing is for reading only. */
    public static boolean canChange(CallContext context, ClientRecord client) {
        Visibility visibility = Visibility.of(context);
        return visibility.canSeeClient(client) && visibility.canChange(client.organizationId());
    }

    /**
     * The organizations whose clients a store query selects: every one (empty) for a system
     * administrator, else the caller's own and those that share their clients' identity with it
     * today. Never narrower than {@link #canSee}; results are filtered by {@link #canSee} again,
     * for consent and restricted intake.
     */
    public static Set<String> organizationsToQuery(CallContext context) {
        return Visibility.of(context).organizationsToQuery(SharedRecordKind.CLIENT_IDENTITY);
    }
}
