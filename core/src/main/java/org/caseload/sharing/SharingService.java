// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import java.util.List;

/**
 * Sharing agreements between organizations. Obtained from {@code Caseload.sharing()}; thread-safe;
 * every call goes through the kernel and is audited.
 *
 * <p>An agreement lets the receiving organization see the kinds of records it names of the sharing
 * organization (both ways when two-way), from its first to its last day in the runtime clock's
 * zone, until it is ended. It never covers case notes, and it is not enough by itself: each client
 * must also have released their information to the receiving organization ({@link ConsentService}),
 * and a client registered with restricted intake is never shared.
 */
public interface SharingService {

    /**
     * Records an agreement. A one-way agreement is recorded by an administrator of the sharing
     * organization (its records leave it) or by a system administrator; a two-way agreement, which
     * makes both organizations' records leave them, by a system administrator only.
     *
     * @throws org.caseload.spi.error.ValidationException when a rule is broken: case notes named
     *         ({@code kinds}, {@code caseload.sharing.caseNotesNeverShared}), one organization on
     *         both sides, a last day before the first or in the past
     * @throws org.caseload.spi.error.AccessDeniedException without {@code sharing.administer}, or
     *         when the caller's organization may not share the records the agreement names
     */
    SharingAgreement create(CreateSharingAgreement command);

    /**
     * Ends an agreement at once. Either party's administrator may end it, or a system administrator.
     *
     * @throws org.caseload.spi.error.NotFoundException when it does not exist or the caller's
     *         organization is not a party to it
     * @throws org.caseload.spi.error.InvalidTransitionException when it is already ended
     * @throws org.caseload.spi.error.ConcurrentModificationException when it changed since it was read
     * @throws org.caseload.spi.error.AccessDeniedException without {@code sharing.administer}
     */
    SharingAgreement end(EndSharingAgreement command);

    /**
     * The agreements the caller's organization is a party to, ended ones included, by first day.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code sharing.administer}
     */
    List<SharingAgreement> agreements();
}
