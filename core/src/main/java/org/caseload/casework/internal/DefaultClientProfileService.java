// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.caseload.casework.internal.VisibleRecords.CLIENT;

import org.caseload.casework.ClientProfile;
import org.caseload.casework.ClientProfileService;
import org.caseload.casework.Enrollment;
import org.caseload.clients.Client;
import org.caseload.clients.ClientService;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.storage.clients.ClientRecord;

/** The client profile over a runtime's {@link Kernel} and its client service. */
public final class DefaultClientProfileService implements ClientProfileService {

    private static final Operation PROFILE = Operation.reading("client.profile", Permission.CLIENT_READ);

    private final Kernel kernel;
    private final ClientService clients;

    public DefaultClientProfileService(Kernel kernel, ClientService clients) {
        this.kernel = kernel;
        this.clients = clients;
    }

    @Override
    public ClientProfile profile(String clientId) {
        return kernel.call(PROFILE, null, context -> {
            context.auditRecord(CLIENT, clientId);
            // The client service's own call joins this unit of work: one consistent read, and the
            // client is read, checked and audited exactly as everywhere else.
            Client client = clients.get(clientId);
            ClientRecord record = VisibleRecords.client(context, clientId);
            return new ClientProfile(client,
                    CaseworkReads.householdsOf(context, clientId),
                    CaseworkReads.enrollmentsOf(context, record).stream().filter(Enrollment::isOpen).toList(),
                    CaseworkReads.caseNotesOf(context, clientId, RECENT_LIMIT),
                    CaseworkReads.deliveriesOf(context, record, RECENT_LIMIT));
        });
    }
}
