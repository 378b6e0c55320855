// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import jakarta.validation.constraints.NotBlank;

/** The id a read names, validated like any command. */
record TicketReference(@NotBlank String ticketId) {
}
