// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.util.List;
import java.util.Optional;

/**
 * Households: who lives with whom, who heads the household, and each client's primary household.
 * Obtained from {@code Caseload.households()}; thread-safe. Reads need {@code client.read},
 * changes {@code client.write}.
 *
 * <p>A household always has exactly one head (relationship {@code SELF}). A client may belong to
 * several households and is primary in at most one: the first household a client joins becomes
 * their primary one, and {@link #makePrimary} moves it. Every member must be a client the caller
 * may see.
 */
public interface HouseholdService {

    /**
     * Creates a household headed by a client.
     *
     * @throws org.caseload.spi.error.NotFoundException when the client does not exist or the caller
     *         may not see it
     * @throws org.caseload.spi.error.ValidationException when the command is invalid
     */
    Household create(CreateHousehold command);

    /**
     * Adds a member.
     *
     * @throws org.caseload.spi.error.ValidationException when the client is already a member, or the
     *         relationship is {@code SELF}
     * @throws org.caseload.spi.error.NotFoundException when the household or the client does not
     *         exist or the caller may not see it
     * @throws org.caseload.spi.error.ConcurrentModificationException when the household changed since
     *         the caller read it
     */
    Household addMember(AddHouseholdMember command);

    /**
     * Removes a member; if it was the member's primary household, they have none afterwards.
     *
     * @throws org.caseload.spi.error.ValidationException when the client is not a member, or is the head
     * @throws org.caseload.spi.error.NotFoundException when the household does not exist or the
     *         caller may not see it
     * @throws org.caseload.spi.error.ConcurrentModificationException when the household changed since
     *         the caller read it
     */
    Household removeMember(RemoveHouseholdMember command);

    /**
     * Makes another member the head, with every member's relationship to the new head.
     *
     * @throws org.caseload.spi.error.ValidationException when the new head is not a member or already
     *         the head, or the relationships do not name exactly the other members, or name {@code SELF}
     * @throws org.caseload.spi.error.NotFoundException when the household does not exist or the
     *         caller may not see it
     * @throws org.caseload.spi.error.ConcurrentModificationException when the household changed since
     *         the caller read it
     */
    Household changeHead(ChangeHeadOfHousehold command);

    /**
     * Makes the household the member's primary household.
     *
     * @throws org.caseload.spi.error.ValidationException when the client is not a member
     * @throws org.caseload.spi.error.NotFoundException when the household does not exist or the
     *         caller may not see it
     * @throws org.caseload.spi.error.ConcurrentModificationException when the household, or the
     *         member's former primary household, changed since it was read
     */
    Household makePrimary(MakePrimaryHousehold command);

    /**
     * The household with this id.
     *
     * @throws org.caseload.spi.error.NotFoundException when it does not exist or the caller may not see it
     */
    Household get(String householdId);

    /**
     * The households a client belongs to that the caller may see, oldest first.
     *
     * @throws org.caseload.spi.error.NotFoundException when the client does not exist or the caller
     *         may not see it
     */
    List<Household> householdsOf(String clientId);

    /**
     * The client's primary household, if they have one the caller may see.
     *
     * @throws org.caseload.spi.error.NotFoundException when the client does not exist or the caller
     *         may not see it
     */
    Optional<Household> primaryHouseholdOf(String clientId);
}
