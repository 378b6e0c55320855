// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.help;

/** What happened to articles suggested while a user wrote a ticket. */
public enum SuggestionEventKind {
    /** Articles were shown. */
    SHOWN,
    /** The user opened one of them. */
    OPENED,
    /** The user left the ticket form without submitting, after opening an article. */
    TICKET_NOT_SUBMITTED,
    /** The user submitted the ticket anyway. */
    TICKET_SUBMITTED
}
