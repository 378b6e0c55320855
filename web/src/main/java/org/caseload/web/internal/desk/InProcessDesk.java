// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.desk;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.caseload.core.Caseload;
import org.caseload.core.EphemeralKeyProvider;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.http.ChannelCredentials;
import org.caseload.http.ChannelSecret;
import org.caseload.http.HttpSupportChannel;
import org.caseload.http.IssueChannelCredential;
import org.caseload.http.SupportEndpoint;
import org.caseload.servlet.SupportEndpointServlet;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.support.SupportChannel;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.desk.SupportDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendor's support desk as a second runtime in the web host's process, with storage and keys
 * of its own, joined to the organizations' runtime only over HTTP as two parties would be: the
 * desk's {@link SupportEndpoint} and each organization's are servlets of the same server
 * ({@link #servlets}), every message is signed with the channel secret the desk issued to the
 * organization, and a scheduler sends what each side has pending (docs/web.md "The vendor desk").
 * The organizations' channel refuses to send until {@link #connect} gives the server's address, so
 * what is escalated before stays in the outbox.
 */
public final class InProcessDesk implements AutoCloseable {

    /** The path of the desk's endpoint, where the organizations send. */
    public static final String DESK_PATH = "/vendor" + SupportEndpoint.DEFAULT_PATH;

    private static final Logger LOG = LoggerFactory.getLogger(InProcessDesk.class);
    private static final long DELIVER_EVERY_MILLIS = 500;

    private final BiConsumer<Principal, Runnable> actAs;
    private final Principal deskLink;
    private final KeyProvider keys = new EphemeralKeyProvider();
    private final Caseload runtime;
    private final ChannelCredentials deskCredentials;
    private final Map<String, ChannelCredentials> organizations = new LinkedHashMap<>();
    private final SupportDesk desk;
    private final ScheduledExecutorService deliveries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "desk-deliveries");
        thread.setDaemon(true);
        return thread;
    });
    private volatile URI base;
    private volatile Map<String, SupportChannel> toDesk = Map.of();

    /**
     * A desk for these organizations, on an in-memory storage of its own.
     *
     * @param vendor        the vendor's organization id
     * @param identity      the host's identity: the desk's agents sign in on the same pages
     * @param actAs         runs work as a principal on the current thread
     * @param organizations the organizations the desk issues channel credentials to
     */
    public InProcessDesk(String vendor, IdentityProvider identity, BiConsumer<Principal, Runnable> actAs,
                         List<String> organizations) {
        this.actAs = actAs;
        this.deskLink = service(vendor, "desk-link", "Desk link", Permission.SUPPORT_DESK_SYNC);
        Principal credentialsAdmin = service(vendor, "desk-admin", "Desk administrator",
                Permission.SUPPORT_DESK_CREDENTIALS);
        runtime = Caseload.builder().storage(new InMemoryStorage()).identity(identity).keyProvider(keys).build();
        for (String organization : organizations) {
            ChannelSecret[] secret = new ChannelSecret[1];
            actAs.accept(credentialsAdmin, () -> secret[0] = ChannelCredentials.service(runtime, keys)
                    .issue(new IssueChannelCredential(organization)).secret());
            this.organizations.put(organization, ChannelCredentials.forOrganization(organization, secret[0]));
        }
        deskCredentials = ChannelCredentials.forDesk(runtime, keys);
        desk = SupportDesk.builder(runtime, HttpSupportChannel.toOrganizations(
                        organization -> Optional.ofNullable(base).map(uri -> uri.resolve(organizationPath(organization))),
                        deskCredentials).build())
                .supportGroup(1, "Service desk")
                .supportGroup(2, "Application specialists")
                .supportGroup(3, "Engineering")
                .build();
    }

    /** The path of an organization's endpoint, where the desk sends its updates. */
    public static String organizationPath(String organizationId) {
        return "/" + organizationId + "/support/messages";
    }

    /** The desk, for its pages. */
    public SupportDesk desk() {
        return desk;
    }

    /**
     * The organizations' way to the desk, for their {@link Ticketing}: each message goes over HTTP
     * signed with its organization's secret; before {@link #connect} it refuses, and stays queued.
     */
    public SupportChannel channelFromOrganizations() {
        return message -> {
            SupportChannel channel = toDesk.get(message.organizationId());
            if (channel == null) {
                throw new IllegalStateException("the vendor desk is not connected yet, or " + message.organizationId()
                        + " has no channel to it; message " + message.messageId() + " stays in the outbox");
            }
            channel.send(message);
        };
    }

    /**
     * The servlets to mount beside the pages: the desk's endpoint at {@link #DESK_PATH} and each
     * organization's at {@link #organizationPath}, where the organization's runtime applies the
     * desk's updates as its support link.
     *
     * @param organizationSide the organizations' runtime
     * @param ticketing        the organizations' ticketing
     */
    public Map<String, SupportEndpointServlet> servlets(Caseload organizationSide, Ticketing ticketing) {
        Map<String, SupportEndpointServlet> servlets = new LinkedHashMap<>();
        servlets.put(DESK_PATH, new SupportEndpointServlet(SupportEndpoint.builder(runtime, deskCredentials,
                message -> as(deskLink, () -> desk.service().receive(message))).path(DESK_PATH).build()));
        organizations.forEach((organization, credentials) -> {
            Principal link = service(organization, "support-link", "Vendor support link", Permission.SUPPORT_SYNC);
            servlets.put(organizationPath(organization), new SupportEndpointServlet(SupportEndpoint.builder(
                            organizationSide, credentials, message -> as(link, () -> ticketing.tickets().receive(message)))
                    .path(organizationPath(organization)).build()));
        });
        return servlets;
    }

    /**
     * Connects both sides once the server listens, and starts sending what each has pending.
     *
     * @param site      the server's address, such as {@code http://127.0.0.1:8080/}
     * @param ticketing the organizations' ticketing, whose outbox is sent from now on
     */
    public void connect(URI site, Ticketing ticketing) {
        base = site;
        Map<String, SupportChannel> channels = new LinkedHashMap<>();
        organizations.forEach((organization, credentials) -> channels.put(organization,
                HttpSupportChannel.toDesk(site.resolve(DESK_PATH), credentials).build()));
        toDesk = Map.copyOf(channels);
        deliveries.scheduleWithFixedDelay(() -> deliver(ticketing), 0, DELIVER_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Sends each side's pending messages now, as the scheduler does. */
    public void deliver(Ticketing ticketing) {
        try {
            ticketing.deliverPending();
            as(deskLink, desk::deliverPending);
        } catch (RuntimeException e) {
            // Tried again at the next turn; a message that failed stays in its side's outbox.
            LOG.warn("desk: delivery failed and will be tried again: {}", e.toString());
        }
    }

    /** Stops the deliveries and closes the desk's runtime. */
    @Override
    public void close() {
        deliveries.shutdownNow();
        try {
            deliveries.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runtime.close();
    }

    private void as(Principal principal, Runnable work) {
        actAs.accept(principal, work);
    }

    private static Principal service(String organization, String id, String name, Permission... permissions) {
        return new Principal(id, name, organization, Set.of("integrations"),
                Arrays.stream(permissions).map(Permission::key).collect(Collectors.toSet()), Locale.US);
    }
}
