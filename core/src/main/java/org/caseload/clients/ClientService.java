// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.util.List;
import java.util.Optional;

/**
 * Registering, changing, finding and reading clients. Obtained from {@code Caseload.clients()};
 * thread-safe. Every call is authenticated, permission-checked, scoped to the organizations the
 * caller may see, and audited (reads included); audit entries name the client, never its personal
 * data.
 */
public interface ClientService {

    /**
     * Registers a client in the caller's organization. Names and other texts are trimmed and
     * Unicode-normalized (NFC) before they are stored; the address, if any, starts the address
     * history on the day of the call; form values are stored as entered, with the defaults of the
     * fields left empty.
     *
     * @throws org.caseload.spi.error.ValidationException listing every broken rule of the details
     *         and the form values
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.write}
     */
    Client register(RegisterClient command);

    /**
     * Registers many clients in the caller's organization in one unit of work, as
     * {@link #register} would each but without the intake check (bulk detection finds their
     * duplicates afterwards). A registration that breaks a rule is reported and left out; the
     * others are registered. One audit entry covers the load, with the number of clients.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.write}
     */
    RegisteredClients registerAll(RegisterClients command);

    /**
     * Changes a client, as {@link UpdateClient} describes. A new current address ends the previous
     * one on the day of the call and goes first in the history (an address replaced on the day it
     * was recorded is a correction: it is replaced, not kept). Values stored under an older version
     * of a form stay valid; only the values entered now are checked, against the version they name.
     * The audit entry lists which elements changed, never their values.
     *
     * @return the client as stored, at the next version
     * @throws org.caseload.spi.error.ConcurrentModificationException when the client is no longer at
     *         the version the command names
     * @throws org.caseload.spi.error.NotFoundException when it does not exist or the caller may not
     *         see it
     * @throws org.caseload.spi.error.ValidationException listing every broken rule, including form
     *         values entered by a caller outside the client's organization, whose forms they are
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.write}
     */
    Client update(UpdateClient command);

    /**
     * The client's full SSN, as stored (nine characters, {@code x} for each unknown digit), for a
     * stated reason. Every read shows the SSN masked ({@code *****6789}); this call is the only way
     * to see it whole. It is audited with the reason, never with the SSN.
     *
     * @param reason why the SSN is needed, kept in the audit log: required, at most 200
     *               characters, without any run of four or more digits
     * @return the SSN; empty when none is recorded
     * @throws org.caseload.spi.error.NotFoundException when the client does not exist or the caller
     *         may not see it
     * @throws org.caseload.spi.error.ValidationException when the reason is missing, too long, or
     *         holds a run of four or more digits ({@code caseload.client.ssn.reveal.reasonHasDigits})
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.ssn.reveal}
     */
    Optional<String> revealSsn(String clientId, String reason);

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
