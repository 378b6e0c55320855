// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.util.Objects;
import org.caseload.core.Caseload;
import org.caseload.help.HelpService;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.desk.SupportDesk;

/**
 * The library's services the pages use, all acting as the signed-in user of the request.
 *
 * @param caseload  clients, casework, sharing and the audit trail
 * @param ticketing support tickets, or null when the host runs none
 * @param help      tool tips, the Help menu, shortcuts and the knowledge base
 * @param desk      the vendor's support desk served by this host, or null when it serves none
 */
public record Services(Caseload caseload, Ticketing ticketing, HelpService help, SupportDesk desk) {
    public Services {
        Objects.requireNonNull(caseload, "caseload");
        Objects.requireNonNull(help, "help");
    }

    /** The services of a host that serves no vendor desk. */
    public Services(Caseload caseload, Ticketing ticketing, HelpService help) {
        this(caseload, ticketing, help, null);
    }
}
