// SPDX-License-Identifier: Apache-2.0
package org.caseload.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.core.Caseload;
import org.caseload.core.EphemeralKeyProvider;
import org.caseload.core.Permission;
import org.caseload.help.Help;
import org.caseload.help.HelpService;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.ticketing.Ticketing;
import org.caseload.web.internal.demo.DemoSeed;
import org.caseload.web.internal.demo.TicketSeed;
import org.caseload.web.internal.desk.InProcessDesk;

/**
 * The demo web site: two organizations that share under an agreement, their users, clients with
 * households, enrollments, notes and services, tickets, and the demo help bundle, on the storage
 * given. Its sign-in page lists {@link #users()} as buttons that sign in without a password, so it
 * is only for a machine's own address (the serve command binds 127.0.0.1 in demo mode).
 */
public final class DemoSite implements AutoCloseable {

    /** The shelter, which registers most demo clients. */
    public static final String SHELTER = "shelter-north";
    /** The outreach program, which shares clients with the shelter under an agreement. */
    public static final String HARBOR = "harbor-house";
    /** The vendor's support desk. */
    public static final String VENDOR = "caseload-vendor";

    private static final List<Principal> USERS = List.of(
            user("dana", "Dana Reyes (case worker)", SHELTER, "caseworkers", Locale.CANADA,
                    Permission.CLIENT_READ, Permission.CLIENT_WRITE, Permission.TICKET_SUBMIT, Permission.HELP_READ),
            user("lee", "Lee Park (local administrator)", SHELTER, "administrators", Locale.US,
                    Permission.CLIENT_READ, Permission.CLIENT_WRITE, Permission.CLIENT_MERGE, Permission.TICKET_SUBMIT,
                    Permission.TICKET_ADMINISTER, Permission.HELP_READ, Permission.HELP_REVIEW, Permission.DESIGN,
                    Permission.CASEWORK_ADMINISTER, Permission.SHARING_ADMINISTER, Permission.AUDIT_READ,
                    Permission.CLIENT_SSN_REVEAL),
            user("sam", "Sam Okafor (case worker)", HARBOR, "caseworkers", Locale.US,
                    Permission.CLIENT_READ, Permission.CLIENT_WRITE, Permission.TICKET_SUBMIT, Permission.HELP_READ),
            user("morgan", "Morgan Ellis (local administrator)", HARBOR, "administrators", Locale.US,
                    Permission.CLIENT_READ, Permission.CLIENT_WRITE, Permission.CLIENT_MERGE, Permission.TICKET_SUBMIT,
                    Permission.TICKET_ADMINISTER, Permission.HELP_READ, Permission.DESIGN,
                    Permission.CASEWORK_ADMINISTER, Permission.SHARING_ADMINISTER, Permission.AUDIT_READ),
            user("vic", "Vic Nguyen (vendor support agent)", VENDOR, "tier-1", Locale.US,
                    Permission.SUPPORT_DESK, Permission.HELP_READ));

    private final WebIdentity identity = WebIdentity.demoUsers(USERS);
    private final Caseload caseload;
    private final Ticketing ticketing;
    private final HelpService help;
    private final InProcessDesk desk;
    private final FormProvider forms;

    private DemoSite(Storage storage, HelpContentSource helpContent, FormProvider forms) {
        // The demo's data lives as long as its database, which the serve command makes anew; keys
        // that live as long as the process are enough (a real host keeps its keys outside).
        this.forms = forms;
        caseload = Caseload.builder().storage(storage).identity(identity).forms(forms)
                .keyProvider(new EphemeralKeyProvider()).build();
        // The vendor's desk: a runtime of its own in this process, reached over HTTP (docs/web.md).
        desk = new InProcessDesk(VENDOR, identity, identity::runAs, List.of(SHELTER, HARBOR));
        ticketing = Ticketing.builder(caseload, desk.channelFromOrganizations()).applicationVersion("demo").build();
        help = Help.create(caseload, helpContent);
    }

    /**
     * Opens the demo on an empty storage and fills it.
     *
     * @param storage     an empty storage, owned by the caller
     * @param helpContent the demo help bundle
     * @param forms       the organizations' custom forms
     * @return the site, with its data; its escalated tickets reach the desk once its web host starts
     */
    public static DemoSite open(Storage storage, HelpContentSource helpContent, FormProvider forms) {
        DemoSite site = new DemoSite(storage, helpContent, forms);
        new DemoSeed(site.caseload, site.ticketing, site.identity::runAs, USERS).seed();
        new TicketSeed(site.ticketing, site.identity::runAs, USERS).seed();
        return site;
    }

    /** The demo users, as the sign-in page lists them. */
    public static List<Principal> users() {
        return USERS;
    }

    /**
     * A web host of this site, to give an address and build: the pages, the vendor desk's pages, and
     * the desk's and the organizations' support endpoints, connected once it listens.
     */
    public WebHost.Builder web() {
        WebHost.Builder web = WebHost.builder(caseload, help).ticketing(ticketing).identity(identity).forms(forms)
                .desk(desk.desk()).onStart(site -> desk.connect(site, ticketing));
        desk.servlets(caseload, ticketing).forEach(web::servlet);
        return web;
    }

    /** Sends what the organizations and the desk have pending now, as the site does every half second. */
    public void deliverPending() {
        desk.deliver(ticketing);
    }

    /** The library of the site. */
    public Caseload caseload() {
        return caseload;
    }

    /** The ticketing of the site. */
    public Ticketing ticketing() {
        return ticketing;
    }

    /** The help of the site. */
    public HelpService help() {
        return help;
    }

    /** The identity of the site, which the library acts as. */
    public WebIdentity identity() {
        return identity;
    }

    /** Closes the vendor desk and the library; the storage stays the caller's. */
    @Override
    public void close() {
        desk.close();
        caseload.close();
    }

    private static Principal user(String id, String name, String organization, String workgroup, Locale locale,
                                  Permission... permissions) {
        return new Principal(id, name, organization, Set.of(workgroup),
                Arrays.stream(permissions).map(Permission::key).collect(Collectors.toSet()), locale);
    }
}
