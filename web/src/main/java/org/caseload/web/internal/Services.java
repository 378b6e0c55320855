// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.util.Objects;
import org.caseload.core.Caseload;
import org.caseload.help.HelpService;
import org.caseload.spi.forms.FormProvider;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.desk.SupportDesk;

/**
 * The library's services the pages use, all acting as the signed-in user of the request.
 *
 * @param caseload  clients, casework, sharing and the audit trail
 * @param ticketing support tickets, or null when the host runs none
 * @param help      tool tips, the Help menu, shortcuts and the knowledge base
 * @param forms     the organizations' custom forms, the same the library was built with
 * @param desk      the vendor's support desk served by this host, or null when it serves none
 */
public record Services(Caseload caseload, Ticketing ticketing, HelpService help, FormProvider forms,
                       SupportDesk desk) {
    public Services {
        Objects.requireNonNull(caseload, "caseload");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(forms, "forms");
    }

    /** The services of a host that serves no vendor desk. */
    public Services(Caseload caseload, Ticketing ticketing, HelpService help, FormProvider forms) {
        this(caseload, ticketing, help, forms, null);
    }
}
