// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.http.ChannelCredentials;
import org.caseload.http.HttpSupportChannel;
import org.caseload.http.JdkHttpEndpoint;
import org.caseload.http.OrganizationEndpoints;
import org.caseload.http.SupportEndpoint;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;
import org.caseload.ticketing.desk.SupportDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A vendor's support desk served on its own, as {@code desk serve} runs it: the desk's runtime over
 * the storage, its signed endpoint in the JDK's HTTP server, and a scheduler that delivers the desk's
 * updates to the organizations' endpoints. The runtime's identity is the desk's link, a service;
 * {@link #callAs} runs a host's own user's work on it, for a host that embeds the served desk.
 * Closing it stops the server and the deliveries and closes the runtime, not the storage.
 */
final class DeskHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskHost.class);

    private final ServiceIdentity identity;
    private final Caseload runtime;
    private final SupportDesk desk;
    private final HttpServer server;
    private final ExecutorService requests;
    private final ScheduledExecutorService deliveries;
    private final URI address;

    private DeskHost(ServiceIdentity identity, Caseload runtime, SupportDesk desk, HttpServer server,
                     ExecutorService requests, ScheduledExecutorService deliveries, URI address) {
        this.identity = identity;
        this.runtime = runtime;
        this.desk = desk;
        this.server = server;
        this.requests = requests;
        this.deliveries = deliveries;
        this.address = address;
    }

    /**
     * Starts the desk: listening once this returns, delivering every {@code deliverEvery}.
     *
     * @param endpoints each organization's endpoint for the desk's updates
     * @throws CommandFailure when the address cannot be listened on
     */
    static DeskHost start(Storage storage, KeyProvider keys, String vendor, Map<String, URI> endpoints,
                          String host, int port, Duration deliverEvery) {
        ServiceIdentity identity = new ServiceIdentity(vendor, "desk-link", Permission.SUPPORT_DESK_SYNC,
                Permission.TICKET_MAINTAIN);
        Map<String, URI> directory = Map.copyOf(endpoints);
        Caseload runtime = Caseload.builder().storage(storage).identity(identity).keyProvider(keys).build();
        ExecutorService requests = null;
        try {
            ChannelCredentials credentials = ChannelCredentials.forDesk(runtime, keys);
            OrganizationEndpoints organizations = organization -> Optional.ofNullable(directory.get(organization));
            SupportDesk desk = SupportDesk.builder(runtime,
                    HttpSupportChannel.toOrganizations(organizations, credentials).build()).build();
            SupportEndpoint endpoint = SupportEndpoint.builder(runtime, credentials,
                    message -> identity.call(() -> {
                        desk.service().receive(message);
                        return null;
                    })).build();
            requests = Executors.newFixedThreadPool(4, daemons("desk-request"));
            HttpServer server = listen(host, port, endpoint, requests);
            ScheduledExecutorService deliveries = Executors.newSingleThreadScheduledExecutor(daemons("desk-delivery"));
            DeskHost started = new DeskHost(identity, runtime, desk, server, requests, deliveries,
                    URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                            + server.getAddress().getPort() + SupportEndpoint.DEFAULT_PATH));
            deliveries.scheduleWithFixedDelay(started::deliver, 0, deliverEvery.toMillis(), TimeUnit.MILLISECONDS);
            return started;
        } catch (RuntimeException e) {
            if (requests != null) {
                requests.shutdownNow();
            }
            runtime.close();
            throw e;
        }
    }

    /** The endpoint's address, for the organizations' channels. */
    URI address() {
        return address;
    }

    /** The served desk. */
    SupportDesk desk() {
        return desk;
    }

    /** Runs the work on the desk's runtime as one of the host's users (an agent, for one). */
    <T> T callAs(Principal user, Supplier<T> work) {
        return identity.callAs(user, work);
    }

    /** Sends what is pending; a failure is logged and tried again at the next turn, never ends the loop. */
    private void deliver() {
        try {
            identity.call(desk::deliverPending);
        } catch (RuntimeException e) {
            LOG.warn("desk: delivery failed and will be tried again: {}", e.toString());
        }
    }

    /** Stops listening (answering the requests under way for up to a second) and delivering; closes the runtime. */
    @Override
    public void close() throws InterruptedException {
        try {
            server.stop(1);
            requests.shutdownNow();
            deliveries.shutdownNow();
            deliveries.awaitTermination(10, TimeUnit.SECONDS);
            requests.awaitTermination(10, TimeUnit.SECONDS);
        } finally {
            runtime.close();
        }
    }

    private static HttpServer listen(String host, int port, SupportEndpoint endpoint, ExecutorService requests) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            server.setExecutor(requests);
            JdkHttpEndpoint.mount(server, endpoint);
            server.start();
            return server;
        } catch (IOException | IllegalArgumentException e) {
            // An unresolvable host is an IllegalArgumentException (UnresolvedAddressException).
            throw new CommandFailure("cannot listen on " + host + ":" + port + ": " + e, e);
        }
    }

    private static ThreadFactory daemons(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
