// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.web.WebHost;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code caseload serve}: the demo on a loopback port, and the options it refuses. */
class ServeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theDemoServesASignInPageListingTheDemoUsers() throws Exception {
        CommandLine commandLine = CaseloadCli.commandLine(print(out), print(err), Map.<String, String>of()::get);
        ServeCommand command = commandLine.getSubcommands().get("serve").getCommand();
        AtomicInteger code = new AtomicInteger(-1);
        Thread thread = new Thread(() -> code.set(commandLine.execute("serve", "--demo", "--port", "0")), "serve");
        thread.start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (command.running() == null && thread.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            WebHost web = command.running();
            assertThat(web).as("serve started: %s", err).isNotNull();
            assertThat(web.uri().getHost()).isEqualTo("127.0.0.1");
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(web.uri().resolve("/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Dana Reyes (case worker)", "Lee Park (local administrator)",
                    "Vic Nguyen (vendor support agent)");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve: demo pages on http://127.0.0.1:");
        } finally {
            thread.interrupt();
            thread.join(30_000);
        }
        assertThat(code.get()).isZero();
    }

    @Test
    void theDemoRefusesAnotherAddressThanLoopback() {
        int code = CaseloadCli.run(new String[] {"serve", "--demo", "--host", "0.0.0.0"}, print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--demo listens on 127.0.0.1 only");
    }

    @Test
    void withoutTheDemoADatabaseIsNeeded() {
        int code = CaseloadCli.run(new String[] {"serve", "--port", "0"}, print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--database is needed without --demo");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        int code = CaseloadCli.run(new String[] {"serve", "--demo", "--port", "70000"}, print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be 0 to 65535, was 70000");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
