package org.caseload.clients;

import java.util.List;

/**
 * Registering, finding and reading clients. Obtained from {@code Caseload.clients()};
 * thread-safe. Every call is authenticated, permission-checked, scoped to the organizations the
 * caller may see, and audited.
 */
public interface ClientService {

    /**
     * Registers a client in the caller's organization. Names are trimmed and Unicode-normalized
     * (NFC) before they are stored.
     *
     * @throws org.caseload.spi.error.ValidationException listing every broken rule
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.write}
     */
    Client register(RegisterClient command);

    /**
     * The client with this id.
     *
     * @throws org.caseload.spi.error.NotFoundException when it does not exist or the caller may not
     *         see it (the two are indistinguishable)
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.read}
     */
    Client get(String clientId);

    /**
     * The clients whose names match the search, best first, among those the caller may see.
     *
     * @throws org.caseload.spi.error.ValidationException when the search is invalid
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.read}
     */
    List<ClientMatch> search(ClientSearch search);
}
