// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.link;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.caseload.core.Caseload;
import org.caseload.core.outbox.DeliveryCounts;
import org.caseload.core.outbox.RetryPolicy;
import org.caseload.http.JdkHttpEndpoint;
import org.caseload.http.SupportEndpoint;
import org.caseload.jdbc.EmbeddedOption;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;

/**
 * What the two processes of {@link TwoProcessEscalationTest} share: who they are, their retry
 * policy (milliseconds, for the test), and how each opens its own database: an H2 file in a folder
 * of its own, with a password and the file cipher, as a deployment would.
 */
final class LinkParty implements AutoCloseable {

    static final String ORG = "org-a";
    static final String VENDOR = "vendor";
    static final String ORG_PATH = "/org-a/support";
    static final char[] PASSWORD = "two-process-Password-1".toCharArray();
    /** Quick retries (a lost message is sent again within milliseconds), and no giving up. */
    static final RetryPolicy QUICK = RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(400))
            .withGiveUpAfter(Duration.ofDays(1));
    /** How long a request may take before the sender counts it failed: a dropped one is retried. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    static final Principal DESK_LINK = TestUsers.builder("u-desk-link", VENDOR).named("Desk link")
            .roles(Role.DESK_LINK).build();
    static final Principal AGENT = TestUsers.builder("u-agent", VENDOR).named("Terry Tier-one")
            .roles(Role.SUPPORT_AGENT).build();
    static final Principal KEY_ADMIN = TestUsers.builder("u-keys", VENDOR).named("Kim Keys")
            .permissions("support.desk.credentials").build();
    static final Principal ADMIN = TestUsers.builder("u-admin", ORG).named("Ada Admin")
            .roles(Role.TICKET_ADMINISTRATOR).build();
    static final Principal REPORTER = TestUsers.builder("u-reporter", ORG).named("Riley Reporter")
            .roles(Role.TICKET_REPORTER).build();
    static final Principal LINK = TestUsers.builder("u-link", ORG).named("Support link")
            .roles(Role.SUPPORT_LINK).build();

    final TestIdentity identity = TestIdentity.perThread();
    final TestKeys keys = TestKeys.fixed();
    final JdbcStorage storage;
    final Caseload caseload;

    /** The party's runtime over the database in the folder (created when missing). */
    LinkParty(Path folder) {
        storage = JdbcStorage.embedded(folder, PASSWORD.clone(), EmbeddedOption.FILE_CIPHER);
        caseload = Caseload.builder().storage(storage).identity(identity).keyProvider(keys).build();
    }

    /** A JDK server on loopback at the port, with the endpoint mounted and started. */
    static HttpServer serve(int port, SupportEndpoint endpoint) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        JdkHttpEndpoint.mount(server, endpoint);
        server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "endpoint");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return server;
    }

    /**
     * Runs a pass of the party's work (its own steps, then its deliveries) every 20 ms, and prints
     * {@code DONE} once nothing is left to deliver and {@code resolved} reaches {@code tickets}. A
     * failed pass is printed and the next one tries again.
     */
    static ScheduledExecutorService passes(Runnable pass, Supplier<DeliveryCounts> counts, IntSupplier resolved,
                                           int tickets) {
        ScheduledExecutorService work = Executors.newSingleThreadScheduledExecutor();
        boolean[] done = {false};
        work.scheduleWithFixedDelay(() -> {
            try {
                pass.run();
                DeliveryCounts left = counts.get();
                if (!done[0] && left.pending() + left.dead() + left.held() == 0 && resolved.getAsInt() == tickets) {
                    done[0] = true;
                    System.out.println("DONE");
                }
            } catch (RuntimeException failed) {
                failed.printStackTrace();
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
        return work;
    }

    /** Blocks until the conductor closes this process's standard input: its signal to stop. */
    static void awaitStop(InputStream in) throws IOException {
        while (in.read() != -1) {
            // Only the end matters.
        }
    }

    /** Runs the work as the user on this thread: the endpoint's threads and the party's own work run at once. */
    <T> T as(Principal principal, Supplier<T> work) {
        return identity.callAs(principal, work);
    }

    @Override
    public void close() {
        caseload.close();
        storage.close();
    }
}
