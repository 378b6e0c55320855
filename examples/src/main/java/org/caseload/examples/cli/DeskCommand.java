// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.http.ChannelCredential;
import org.caseload.http.ChannelCredentialService;
import org.caseload.http.ChannelCredentials;
import org.caseload.http.ChannelSecret;
import org.caseload.http.IssueChannelCredential;
import org.caseload.http.RevokeChannelCredential;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.security.KeyProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code desk serve} runs a vendor's support desk on its own: the desk's runtime on a database,
 * its signed endpoint for the organizations' escalations and updates in the JDK's HTTP server, and
 * the delivery of the desk's updates back to each organization's endpoint. {@code desk credentials}
 * issues an organization's secret, shown once, and lists and revokes its credentials. Agents work the desk's queue through a host of
 * their own on the same database (a database server, or the embedded one once the desk is
 * stopped); this command only carries messages.
 */
@Command(name = "desk", description = "Serve a vendor support desk over HTTP; issue channel secrets.")
final class DeskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private volatile DeskHost running;

    /**
     * {@code desk} alone: a subcommand is needed.
     *
     * @return never: the missing subcommand is a usage error
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a subcommand is needed: serve, credentials");
    }

    /**
     * The desk {@code desk serve} runs, from when it listens until it stops, for a host that runs the
     * command in its own process (its agents work the queue on it); empty before and after.
     */
    Optional<DeskHost> running() {
        return Optional.ofNullable(running);
    }

    /** Serves the desk until the process is stopped (or the thread interrupted); returns the exit code. */
    @Command(name = "serve", sortOptions = false,
            description = {"Run the vendor's support desk on its own: receive signed escalations over HTTP and "
                    + "deliver the desk's updates to each organization's endpoint, until stopped."})
    int serve(@Option(names = "--port", required = true, paramLabel = "N",
                      description = "The port to listen on; 0 picks a free one.") int port,
              @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
                      description = "The address to listen on (default: ${DEFAULT-VALUE}). TLS is the host's: "
                              + "put a TLS-terminating proxy in front for another address.") String host,
              @Option(names = "--vendor", defaultValue = "vendor", paramLabel = "ID",
                      description = "The vendor's organization id at the desk (default: ${DEFAULT-VALUE}).")
              String vendor,
              @Option(names = "--organization", paramLabel = "ID=URL",
                      description = "An organization's endpoint for the desk's updates, e.g. "
                              + "shelter-north=https://shelter.example.org/caseload/support/messages; repeatable.")
              Map<String, URI> organizations,
              @Option(names = "--deliver-every", defaultValue = "PT0.5S", paramLabel = "DURATION",
                      description = "How often pending updates are sent, ISO-8601 (default: ${DEFAULT-VALUE}).")
              Duration deliverEvery,
              @Mixin DatabaseOptions database) throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, was " + port);
        }
        if (deliverEvery.isNegative() || deliverEvery.isZero()) {
            throw new ParameterException(spec.commandLine(), "--deliver-every must be positive, was " + deliverEvery);
        }
        Map<String, URI> endpoints = organizations == null ? Map.of() : new LinkedHashMap<>(organizations);
        endpoints.forEach((organization, uri) -> requireHttp(organization, uri));
        // The JDK's server otherwise delays each answer by the client's delayed acknowledgement (about 40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");

        KeyProvider keys = database.keyProvider();
        PrintWriter out = spec.commandLine().getOut();
        try (JdbcStorage storage = database.openStorage();
                DeskHost desk = DeskHost.start(storage, keys, vendor, endpoints, host, port, deliverEvery)) {
            Thread main = Thread.currentThread();
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                main.interrupt();
                awaitQuietly(stopped);
            }, "desk-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("desk: listening on " + desk.address() + " for " + endpoints.size()
                    + " organization endpoint(s)");
            out.flush();
            running = desk;
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException stop) {
                out.println("desk: stopping");
                out.flush();
            } finally {
                running = null;
                stopped.countDown();
                removeHook(hook);
            }
        }
        return ExitCode.OK;
    }

    /**
     * Issues a credential for the organization and prints its secret once, or lists or revokes its
     * credentials; returns the exit code.
     */
    @Command(name = "credentials", sortOptions = false,
            description = {"Issue a new signing secret for an organization's channel to this desk, and print it once. "
                    + "An organization may hold two at a time, for rotation: --list shows its credentials (never a "
                    + "secret), --revoke ends one."})
    int credentials(@Option(names = "--organization", required = true, paramLabel = "ID",
                            description = "The organization the secret is for.") String organization,
                    @Option(names = "--list", description = "List the organization's credentials instead: id, "
                            + "when issued, first used and revoked; never a secret.") boolean list,
                    @Option(names = "--revoke", paramLabel = "CREDENTIAL", description = "Revoke this credential of "
                            + "the organization instead, at once: requests signed with it are refused.") String revoke,
                    @Option(names = "--vendor", defaultValue = "vendor", paramLabel = "ID",
                            description = "The vendor's organization id at the desk (default: ${DEFAULT-VALUE}).")
                    String vendor,
                    @Mixin DatabaseOptions database) {
        if (list && revoke != null) {
            throw new ParameterException(spec.commandLine(), "--list and --revoke cannot be combined");
        }
        KeyProvider keys = database.keyProvider();
        ServiceIdentity identity = new ServiceIdentity(vendor, "desk-credentials", Permission.SUPPORT_DESK_CREDENTIALS);
        PrintWriter out = spec.commandLine().getOut();
        try (JdbcStorage storage = database.openStorage();
                Caseload runtime = Caseload.builder().storage(storage).identity(identity).keyProvider(keys).build()) {
            ChannelCredentialService service = ChannelCredentials.service(runtime, keys);
            identity.call(() -> {
                if (list) {
                    list(service, organization, out);
                } else if (revoke != null) {
                    revoke(service, organization, revoke, out);
                } else {
                    issue(service, organization, out);
                }
                return null;
            });
        } catch (CaseloadException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void issue(ChannelCredentialService service, String organization, PrintWriter out) {
        ChannelSecret secret = service.issue(new IssueChannelCredential(organization)).secret();
        out.println("credential: " + secret.credentialId());
        out.println("secret: " + secret.secret());
        out.println("The secret is shown once: give it to the organization's host, which signs with it "
                + "(ChannelCredentials.forOrganization).");
    }

    private static void list(ChannelCredentialService service, String organization, PrintWriter out) {
        List<ChannelCredential> credentials = service.list(organization);
        if (credentials.isEmpty()) {
            out.println("organization " + organization + " holds no credentials");
        }
        for (ChannelCredential credential : credentials) {
            out.println("credential " + credential.id() + ": issued " + credential.issuedAt() + ", first used "
                    + (credential.firstUsedAt() == null ? "never" : credential.firstUsedAt()) + ", "
                    + (credential.active() ? "active" : "revoked " + credential.revokedAt()));
        }
    }

    private static void revoke(ChannelCredentialService service, String organization, String credentialId,
                               PrintWriter out) {
        if (service.list(organization).stream().noneMatch(credential -> credential.id().equals(credentialId))) {
            throw new CommandFailure("--revoke: credential " + credentialId + " is not one of organization "
                    + organization + "'s", null);
        }
        ChannelCredential revoked = service.revoke(new RevokeChannelCredential(credentialId));
        out.println("credential " + revoked.id() + " of organization " + organization + " revoked "
                + revoked.revokedAt() + ": requests signed with it are refused");
    }

    private void requireHttp(String organization, URI uri) {
        String scheme = uri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "--organization " + organization
                    + ": the endpoint must be an absolute http or https URL, was " + uri);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: the JVM is on its way out.
        }
    }
}
