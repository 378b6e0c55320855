// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** Which tickets a {@link TicketQuery} selects by their assignee. Immutable. */
public sealed interface TicketAssigneeFilter {

    /** Tickets assigned to anyone or to no one. */
    static TicketAssigneeFilter anyone() {
        return Anyone.INSTANCE;
    }

    /** Tickets assigned to no one. */
    static TicketAssigneeFilter unassigned() {
        return Unassigned.INSTANCE;
    }

    /** Tickets assigned to this user; {@code userId} must not be null. */
    static TicketAssigneeFilter assignedTo(String userId) {
        return new AssignedTo(userId);
    }

    /** Every ticket, whoever works it. */
    enum Anyone implements TicketAssigneeFilter {
        INSTANCE
    }

    /** Tickets nobody works yet. */
    enum Unassigned implements TicketAssigneeFilter {
        INSTANCE
    }

    /**
     * Tickets one user works.
     *
     * @param userId the assignee; required, at most 200 characters
     */
    record AssignedTo(@NotBlank @Size(max = 200) String userId) implements TicketAssigneeFilter {
        public AssignedTo {
            Objects.requireNonNull(userId, "userId");
        }
    }
}
