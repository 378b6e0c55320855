// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

/** What a user asks for when they open a ticket from the Help menu. */
public enum TicketKind {
    /** "Report an issue": something does not work. */
    ISSUE,
    /** "Ask a question". */
    QUESTION,
    /** "Make a suggestion". */
    SUGGESTION
}
