// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.http.ChannelCredentials;
import org.caseload.http.ChannelSecret;
import org.caseload.http.HttpSupportChannel;
import org.caseload.http.JdkHttpEndpoint;
import org.caseload.http.SupportEndpoint;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.desk.DeskTicketStatus;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.ticketing.EscalateTicket;
import org.caseload.ticketing.ReplyToVendor;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketNote;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.ChangeDeskStatus;
import org.caseload.ticketing.desk.Complexity;
import org.caseload.ticketing.desk.DeskNote;
import org.caseload.ticketing.desk.DeskTicket;
import org.caseload.ticketing.desk.Impact;
import org.caseload.ticketing.desk.SupportDeskService;
import org.caseload.ticketing.desk.TriageDeskTicket;
import org.caseload.ticketing.desk.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code desk credentials} and {@code desk serve}: an organization's runtime completes a whole round
 * with a desk served by the command, over loopback HTTP, signed with the secret the command issued.
 * The embedded database is the served desk's alone, so the desk's agent works the queue in this
 * process, on the running command's desk.
 */
class DeskCommandTest {

    private static final String ORG = "org-a";
    private static final String PASSWORD = "Desk-Test-Password-7";
    private static final Pattern SECRET = Pattern.compile("credential: (\\S+)\\nsecret: (\\S+)\\n");
    private static final Principal ADMIN = TestUsers.builder("u-admin", ORG).named("Ada Admin")
            .roles(Role.TICKET_ADMINISTRATOR).build();
    private static final Principal REPORTER = TestUsers.builder("u-reporter", ORG).named("Riley Reporter")
            .roles(Role.TICKET_REPORTER).build();
    private static final Principal LINK = TestUsers.builder("u-link", ORG).named("Support link")
            .roles(Role.SUPPORT_LINK).build();
    private static final Principal AGENT = TestUsers.builder("u-agent", "vendor").named("Terry Tier-two")
            .roles(Role.SUPPORT_AGENT).build();

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @TempDir
    Path folder;

    private final Map<String, String> environment = new HashMap<>();

    DeskCommandTest() {
        environment.put("CASELOAD_DB_PASSWORD", PASSWORD);
        environment.put("CASELOAD_KEY_FIELD_ENCRYPTION", "f1:" + key(1));
        environment.put("CASELOAD_KEY_MATCH_KEY_DIGEST", "d1:" + key(2));
        environment.put("CASELOAD_KEY_CHANNEL_SECRET_ENCRYPTION", "c1:" + key(3));
    }

    @Test
    void credentialsPrintsANewSecretOnceAndSealsItInTheDatabase() throws Exception {
        Run issued = cli("desk", "credentials", "--organization", ORG, "--database", database());

        assertThat(issued.code()).as(issued.err()).isZero();
        Matcher secret = SECRET.matcher(issued.out());
        assertThat(secret.find()).as(issued.out()).isTrue();
        Run second = cli("desk", "credentials", "--organization", ORG, "--database", database());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).doesNotContain(secret.group(2));
        assertThat(rawDatabaseText()).doesNotContain(secret.group(2));
    }

    @Test
    void credentialsListShowsIdsAndDatesButNeverASecret() {
        Matcher first = issue();
        Matcher second = issue();

        Run listed = cli("desk", "credentials", "--organization", ORG, "--list", "--database", database());

        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).containsPattern("credential " + first.group(1) + ": issued \\S+, first used never, active")
                .contains("credential " + second.group(1) + ": ")
                .doesNotContain(first.group(2)).doesNotContain(second.group(2));
        Run other = cli("desk", "credentials", "--organization", "org-b", "--list", "--database", database());
        assertThat(other.out()).isEqualTo("organization org-b holds no credentials" + System.lineSeparator());
    }

    @Test
    void aThirdCredentialWaitsUntilOneIsRevoked() {
        Matcher first = issue();
        issue();

        Run third = cli("desk", "credentials", "--organization", ORG, "--database", database());
        assertThat(third.code()).isEqualTo(1);
        assertThat(third.err()).contains("holding 2 active credentials").contains("revoke one first")
                .doesNotContain("Exception");

        Run revoked = cli("desk", "credentials", "--organization", ORG, "--revoke", first.group(1),
                "--database", database());
        assertThat(revoked.code()).as(revoked.err()).isZero();
        assertThat(revoked.out()).startsWith("credential " + first.group(1) + " of organization " + ORG + " revoked ");
        assertThat(cli("desk", "credentials", "--organization", ORG, "--list", "--database", database()).out())
                .containsPattern("credential " + first.group(1) + ": issued \\S+, first used never, revoked \\S+");
        assertThat(cli("desk", "credentials", "--organization", ORG, "--database", database()).code()).isZero();
    }

    @Test
    void credentialsRevokesOnlyTheOrganizationsOwn() {
        Matcher first = issue();

        Run refused = cli("desk", "credentials", "--organization", "org-b", "--revoke", first.group(1),
                "--database", database());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("--revoke: credential " + first.group(1)
                + " is not one of organization org-b's");
        Run both = cli("desk", "credentials", "--organization", ORG, "--list", "--revoke", first.group(1),
                "--database", database());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--list and --revoke cannot be combined");
    }

    @Test
    void credentialsWithoutTheChannelKeyFailsBeforeIssuingAnything() {
        environment.remove("CASELOAD_KEY_CHANNEL_SECRET_ENCRYPTION");

        Run refused = cli("desk", "credentials", "--organization", ORG, "--database", database());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("CASELOAD_KEY_CHANNEL_SECRET_ENCRYPTION");
    }

    @Test
    void servePortOutOfRangeIsAUsageError() {
        Run refused = cli("desk", "serve", "--port", "70000", "--database", database());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--port must be 0 to 65535, was 70000");
    }

    @Test
    void serveRefusesAnOrganizationWithoutItsEndpoint() {
        Run refused = cli("desk", "serve", "--port", "0", "--organization", ORG, "--database", database());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--organization").contains("KEY=VALUE").contains(ORG);
        assertThat(folder.resolve("desk")).doesNotExist();
    }

    @Test
    void serveRefusesAnEndpointThatIsNotAnHttpUrl() {
        Run refused = cli("desk", "serve", "--port", "0", "--organization", ORG + "=ftp://files.example.org/in",
                "--database", database());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--organization " + ORG
                + ": the endpoint must be an absolute http or https URL, was ftp://files.example.org/in");
    }

    @Test
    void servePortThatIsNotANumberIsAUsageError() {
        Run refused = cli("desk", "serve", "--port", "eighty", "--database", database());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--port").contains("'eighty' is not an int");
    }

    @Test
    void serveRefusesADeliveryPeriodThatIsNotPositive() {
        Run refused = cli("desk", "serve", "--port", "0", "--deliver-every", "PT0S", "--database", database());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--deliver-every must be positive, was PT0S");
    }

    @Test
    void anOrganizationCompletesAWholeRoundWithAServedDesk() throws Exception {
        Matcher secret = SECRET.matcher(cli("desk", "credentials", "--organization", ORG, "--database", database())
                .out());
        assertThat(secret.find()).isTrue();
        ChannelCredentials credentials = ChannelCredentials.forOrganization(ORG,
                new ChannelSecret(secret.group(1), secret.group(2)));

        // The organization's endpoint receives on its own threads while this thread acts: a user per thread.
        TestIdentity orgIdentity = TestIdentity.perThread();
        HttpServer orgServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String orgEndpoint = "http://127.0.0.1:" + orgServer.getAddress().getPort() + "/org-a/support";
        ServedDesk served = ServedDesk.start(this, "--organization", ORG + "=" + orgEndpoint,
                "--deliver-every", "PT0.05S");
        try (Caseload organization = Caseload.builder().storage(new InMemoryStorage()).identity(orgIdentity)
                .build()) {
            DeskHost host = served.host();
            Ticketing ticketing = Ticketing.builder(organization,
                    HttpSupportChannel.toDesk(host.address(), credentials).build()).build();
            TicketService tickets = ticketing.tickets();
            JdkHttpEndpoint.mount(orgServer, SupportEndpoint.builder(organization, credentials,
                    message -> orgIdentity.runAs(LINK, () -> tickets.receive(message)))
                    .path("/org-a/support").build());
            orgServer.start();
            // The agent works the served desk's queue in this process: the desk's database is the command's.
            SupportDeskService desk = host.desk().service();

            Ticket ticket = orgIdentity.callAs(REPORTER, () -> tickets.submit(SubmitTicket.of(TicketKind.ISSUE,
                    "The intake form loses the date.", new TicketSource("client-search", "intake-form", null,
                            "4.2.0", "Mozilla/5.0 (X11)"),
                    new ReporterContact("Riley Reporter", "riley@example.org", null, ContactMethod.EMAIL))));
            orgIdentity.callAs(ADMIN, () -> tickets.escalate(EscalateTicket.of(tickets.previewEscalation(ticket.id()))));
            awaitThat(() -> {
                ticketing.deliverPending();
                return host.callAs(AGENT, () -> desk.findByTicket(ORG, ticket.id())).isPresent();
            }, "the escalation reaches the served desk");

            DeskTicket received = host.callAs(AGENT, () -> desk.findByTicket(ORG, ticket.id())).orElseThrow();
            assertThat(received.status()).isEqualTo(DeskTicketStatus.NEW);
            host.callAs(AGENT, () -> {
                DeskTicket triaged = desk.triage(TriageDeskTicket.of(received, 3, Complexity.MEDIUM, Impact.MEDIUM,
                        Urgency.MEDIUM));
                DeskTicket working = desk.changeStatus(ChangeDeskStatus.of(triaged, DeskTicketStatus.IN_PROGRESS));
                desk.addNote(AddDeskNote.shared(working.id(), "Which browser shows it?"));
                return desk.changeStatus(ChangeDeskStatus.of(working, DeskTicketStatus.WAITING_ON_CUSTOMER));
            });
            awaitThat(() -> orgIdentity.callAs(ADMIN, () -> tickets.get(ticket.id())).status()
                    == TicketStatus.WAITING_ON_CUSTOMER, "the desk's question arrives");

            orgIdentity.callAs(ADMIN, () -> tickets.replyToVendor(ReplyToVendor.of(tickets.get(ticket.id()),
                    "Firefox 128 on the shelter's laptops.")));
            awaitThat(() -> {
                ticketing.deliverPending();
                return host.callAs(AGENT, () -> desk.get(received.id())).status() == DeskTicketStatus.IN_PROGRESS;
            }, "the organization's reply reaches the desk");
            assertThat(host.callAs(AGENT, () -> desk.notes(received.id()))).filteredOn(DeskNote::fromOrganization)
                    .extracting(DeskNote::text).containsExactly("Firefox 128 on the shelter's laptops.");

            host.callAs(AGENT, () -> desk.changeStatus(ChangeDeskStatus.resolve(desk.get(received.id()),
                    "Fixed in 4.2.1.")));
            awaitThat(() -> orgIdentity.callAs(ADMIN, () -> tickets.get(ticket.id())).status() == TicketStatus.RESOLVED,
                    "the resolution arrives");

            Ticket resolved = orgIdentity.callAs(ADMIN, () -> tickets.get(ticket.id()));
            assertThat(resolved.resolution()).isEqualTo("Fixed in 4.2.1.");
            assertThat(orgIdentity.callAs(ADMIN, () -> tickets.notes(ticket.id()))).extracting(TicketNote::text)
                    .contains("Which browser shows it?");
            assertThat(ticketing.deliveryCounts().dead()).isZero();
            assertThat(host.callAs(AGENT, () -> host.desk().deliveryCounts()).dead()).isZero();
        } finally {
            orgServer.stop(0);
            Run stopped = served.stop();
            assertThat(stopped.code()).as(stopped.err()).isZero();
            assertThat(stopped.out()).contains("desk: stopping");
        }
        assertThat(served.command.running()).as("the desk is not offered once stopped").isEmpty();
    }

    private Matcher issue() {
        Run issued = cli("desk", "credentials", "--organization", ORG, "--database", database());
        assertThat(issued.code()).as(issued.err()).isZero();
        Matcher secret = SECRET.matcher(issued.out());
        assertThat(secret.find()).as(issued.out()).isTrue();
        return secret;
    }

    private String database() {
        return folder.resolve("desk").toString();
    }

    private String rawDatabaseText() throws Exception {
        StringBuilder text = new StringBuilder();
        try (var files = java.nio.file.Files.walk(folder.resolve("desk"))) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                text.append(new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }

    private Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CaseloadCli.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment::get).execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void awaitThat(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static String key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return Base64.getEncoder().encodeToString(key);
    }

    private record Run(int code, String out, String err) {
    }

    /**
     * {@code desk serve} on a thread of its own, stopped by interrupting it as the shutdown hook does;
     * the running desk is the command's own ({@link DeskCommand#running()}).
     */
    private static final class ServedDesk {
        private final Thread thread;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final AtomicInteger code = new AtomicInteger(-1);
        private final DeskCommand command;

        private ServedDesk(DeskCommandTest test, String... options) {
            String[] args = new String[options.length + 6];
            System.arraycopy(new String[] {"desk", "serve", "--port", "0", "--database", test.database()}, 0, args, 0, 6);
            System.arraycopy(options, 0, args, 6, options.length);
            PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
            CommandLine commandLine = CaseloadCli.commandLine(stdout, stderr, test.environment::get);
            command = commandLine.getSubcommands().get("desk").getCommand();
            thread = new Thread(() -> code.set(commandLine.execute(args)), "served-desk");
        }

        static ServedDesk start(DeskCommandTest test, String... options) throws InterruptedException {
            ServedDesk desk = new ServedDesk(test, options);
            desk.thread.start();
            awaitThat(() -> desk.command.running().isPresent() || !desk.thread.isAlive(), "the desk listens");
            return desk;
        }

        DeskHost host() {
            DeskHost host = command.running().orElseThrow(() -> new AssertionError("desk serve did not start: "
                    + err.toString(StandardCharsets.UTF_8)));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("desk: listening on " + host.address());
            return host;
        }

        Run stop() throws InterruptedException {
            thread.interrupt();
            thread.join(30_000);
            return new Run(code.get(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
