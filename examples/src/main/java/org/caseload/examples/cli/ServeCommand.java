// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.caseload.core.Caseload;
import org.caseload.core.forms.JsonForms;
import org.caseload.help.Help;
import org.caseload.help.HelpContent;
import org.caseload.help.HelpService;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.support.SupportChannel;
import org.caseload.ticketing.Ticketing;
import org.caseload.web.DemoSite;
import org.caseload.web.WebHost;
import org.caseload.web.WebIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the reference web host (docs/web.md) until the process is stopped. With
 * {@code --demo} it seeds demo data and its sign-in page lists demo users who need no password, so
 * it then always listens on 127.0.0.1. Without it, users sign in through the host's
 * {@link IdentityProvider}, found on the class path by {@link ServiceLoader}.
 */
@Command(name = "serve", sortOptions = false, modelTransformer = ServeCommand.OptionalDatabase.class,
        description = {"Serve the reference web host: the library's pages in a browser.",
                "--demo seeds demo data on a new embedded database (or the one given) and lists demo users "
                        + "on the sign-in page."})
final class ServeCommand implements Callable<Integer> {

    static final String LOOPBACK = "127.0.0.1";

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST",
            description = "The address to listen on (default: 127.0.0.1; always 127.0.0.1 with --demo). "
                    + "TLS is the host's: put a TLS-terminating proxy in front for another address.")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--demo", description = "Seed demo data and list the demo users on the sign-in page.")
    boolean demo;

    @Option(names = "--help-bundle", paramLabel = "FOLDER",
            description = "The help bundle to serve (default: the demo's help bundle).")
    Path helpBundle;

    @Option(names = "--forms", paramLabel = "FOLDER",
            description = "The organizations' custom forms (default: the demo's forms).")
    Path forms;

    /** The database; its {@code --database} is optional here ({@link OptionalDatabase}). */
    @Mixin
    DatabaseOptions database;

    /**
     * Makes the mixin's {@code --database} optional for this command: the demo makes a database of
     * its own when none is given.
     */
    static final class OptionalDatabase implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            OptionSpec required = command.findOption("--database");
            command.remove(required);
            command.addOption(required.toBuilder().required(false)
                    .description("The database: a jdbc: URL (PostgreSQL, H2), or a folder for the embedded H2 "
                            + "database. Needed without --demo; with it, a new embedded database by default.")
                    .build());
            return command;
        }
    }

    private volatile WebHost running;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, was " + port);
        }
        if (demo && host != null && !LOOPBACK.equals(host)) {
            throw new ParameterException(spec.commandLine(), "--demo listens on 127.0.0.1 only: its demo users "
                    + "sign in without a password; leave out --host " + host);
        }
        if (!demo && database.database == null) {
            throw new ParameterException(spec.commandLine(), "--database is needed without --demo: the pages keep "
                    + "real records, which a temporary database would lose");
        }
        String address = host == null ? LOOPBACK : host;
        Path demoFolder = database.database == null ? Files.createTempDirectory("caseload-web-demo") : null;
        try (JdbcStorage storage = openStorage(demoFolder)) {
            if (demo) {
                try (DemoSite site = DemoSite.open(storage, helpContent(), formProvider())) {
                    serve(site.web().address(address, port).build());
                }
            } else {
                serveHost(storage, address);
            }
        } finally {
            deleteQuietly(demoFolder);
        }
        return ExitCode.OK;
    }

    /** The demo's own database goes with the run: its password was never shown. */
    private static void deleteQuietly(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void serveHost(JdbcStorage storage, String address) throws InterruptedException {
        WebIdentity identity = WebIdentity.fromHost(hostIdentity());
        FormProvider organizationsForms = formProvider();
        try (Caseload caseload = Caseload.builder().storage(storage).identity(identity).forms(organizationsForms)
                .keyProvider(database.keyProvider()).build()) {
            HelpService help = Help.create(caseload, helpContent());
            Ticketing ticketing = Ticketing.builder(caseload, noDeskYet()).build();
            serve(WebHost.builder(caseload, help).ticketing(ticketing).identity(identity).forms(organizationsForms)
                    .address(address, port).build());
        }
    }

    private JdbcStorage openStorage(Path demoFolder) {
        if (demoFolder == null) {
            return database.openStorage();
        }
        // The demo's own database: new at every start, with a one-off password nobody needs again.
        char[] password = UUID.randomUUID().toString().toCharArray();
        try {
            return JdbcStorage.embedded(demoFolder, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private IdentityProvider hostIdentity() {
        List<IdentityProvider> found = ServiceLoader.load(IdentityProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        if (found.size() != 1) {
            throw new CommandFailure("serve without --demo needs exactly one IdentityProvider on the class path "
                    + "(META-INF/services/org.caseload.spi.identity.IdentityProvider), found " + found.size()
                    + ": see docs/web.md \"Signing in\"", null);
        }
        return found.get(0);
    }

    private org.caseload.spi.ui.HelpContentSource helpContent() {
        return helpBundle == null ? HelpContent.fromClasspath("demo-help") : HelpContent.fromFolder(helpBundle);
    }

    private FormProvider formProvider() {
        return forms == null ? JsonForms.fromClasspath("demo-forms") : JsonForms.fromFolder(forms);
    }

    /** Until a vendor desk is connected, a ticket's escalation waits in the outbox. */
    private static SupportChannel noDeskYet() {
        return message -> {
            throw new IllegalStateException("no vendor desk is connected; message " + message.messageId()
                    + " stays in the outbox");
        };
    }

    /** Serves until the process is stopped (or the thread interrupted). */
    private void serve(WebHost web) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (web) {
            web.start();
            running = web;
            out.println("serve: " + (demo ? "demo " : "") + "pages on " + web.uri());
            out.flush();
            Thread main = Thread.currentThread();
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                main.interrupt();
                try {
                    stopped.await();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }, "serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException stop) {
                out.println("serve: stopping");
                out.flush();
            } finally {
                running = null;
                stopped.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: the JVM is stopping anyway.
                }
            }
        }
    }

    /** The web host while it serves, for a test that runs the command on a thread; null otherwise. */
    WebHost running() {
        return running;
    }
}
