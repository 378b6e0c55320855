// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.util.List;
import org.caseload.web.internal.audit.AuditPages;
import org.caseload.web.internal.clients.CaseworkPages;
import org.caseload.web.internal.clients.ClientPages;
import org.caseload.web.internal.clients.CustomFormPages;
import org.caseload.web.internal.clients.DuplicatePages;
import org.caseload.web.internal.clients.IntakePages;
import org.caseload.web.internal.desk.DeskPages;
import org.caseload.web.internal.help.HelpPages;
import org.caseload.web.internal.sharing.SharingPages;
import org.caseload.web.internal.tickets.TicketAdminPages;
import org.caseload.web.internal.tickets.TicketPages;

/** Every group of pages of the site. A new group is one line here (docs/web.md "Adding a page"). */
public final class PageModules {

    private PageModules() {
    }

    /** The page groups, served by one {@link PageServlet}, in the order of the navigation. */
    public static List<PageModule> all(Services services, SignIn signIn) {
        return List.of(
                new SignInPages(signIn),
                new ClientPages(services),
                new IntakePages(services),
                new CaseworkPages(services),
                new CustomFormPages(services),
                new DuplicatePages(services),
                new SharingPages(services),
                new AuditPages(services),
                new TicketPages(services), new TicketAdminPages(services), new DeskPages(services),
                new HelpPages(services),
                new HomePage());
    }
}
