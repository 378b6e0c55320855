// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import java.util.List;

/**
 * Clients' releases of information (consent) to other organizations. Obtained from
 * {@code Caseload.consents()}; thread-safe; every call goes through the kernel and is audited.
 *
 * <p>Another organization sees a client only when an agreement shares the client's records with
 * it and the client has granted it a release that is neither revoked nor expired, and no refusal
 * for that organization stands; a client registered with restricted intake is never shared.
 */
public interface ConsentService {

    /**
     * Records the client's decision, one per organization named.
     *
     * @return the decisions as recorded, in the order of the organizations' ids
     * @throws org.caseload.spi.error.NotFoundException when the client does not exist or the caller
     *         may not see it
     * @throws org.caseload.spi.error.ValidationException when a rule is broken: a grant without a
     *         last day or with one in the past ({@code validUntil}), a refusal with a last day, a
     *         grant to an organization whose refusal stands
     *         ({@code caseload.consent.refusalStands}: revoke the refusal first)
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.write}
     */
    List<Consent> record(RecordConsent command);

    /**
     * Revokes a decision at once.
     *
     * @throws org.caseload.spi.error.NotFoundException when it does not exist or the caller may not
     *         see its client
     * @throws org.caseload.spi.error.InvalidTransitionException when it is already revoked
     * @throws org.caseload.spi.error.ConcurrentModificationException when it changed since it was read
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.write}
     */
    Consent revoke(RevokeConsent command);

    /**
     * Every decision of a client, revoked ones included, oldest first.
     *
     * @throws org.caseload.spi.error.NotFoundException when the client does not exist or the caller
     *         may not see it
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.read}
     */
    List<Consent> consentsOf(String clientId);
}
