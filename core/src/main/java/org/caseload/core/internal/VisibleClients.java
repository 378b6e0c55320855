// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.List;
import java.util.Set;
import org.caseload.sharing.internal.Visibility;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.caseload.spi.storage.sharing.SharedRecordKind;

/**
 * The clients a call's caller can see, found by match keys: its organization's own (restricted ones
 * included) and those other organizations share with it by agreement and with the client's consent.
 * For the modules that must recognize every such client in text (escalation redacts their names).
 */
public final class VisibleClients {

    private VisibleClients() {
    }

    /** The visible clients having any of these keys, at most about {@code limit} of them. */
    public static List<ClientRecord> byMatchKeys(CallContext context, Set<String> matchKeys, int limit) {
        Visibility visibility = Visibility.of(context);
        Set<String> organizations = visibility.organizationsToQuery(SharedRecordKind.CLIENT_IDENTITY);
        return context.session().clients()
                .findByMatchKeys(new MatchKeyQuery(matchKeys, organizations, context.principal().organizationId(),
                        limit))
                .stream()
                .filter(visibility::canSeeClient)
                .toList();
    }
}
