// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code redact --clients FILE [--format hmis|febrl]}: registers the rows of FILE as the clients of
 * one organization on an in-memory runtime, then redacts each line of standard input to one line of
 * standard output exactly as an escalation would: each line becomes a ticket's description, and
 * what is printed is the ticket's escalation preview. So a harness or an administrator can see
 * what would leave the organization.
 *
 * <p>A line the ticket refuses (longer than a description may be) prints as
 * {@value #REFUSED_LINE}, never as itself; a blank line prints as it is.
 */
@Command(name = "redact", sortOptions = false,
        description = "Redact standard input as an escalation would.")
final class RedactCommand implements Callable<Integer> {

    static final String REFUSED_LINE = "[LINE REFUSED]";
    private static final String ORGANIZATION = "redact";
    private static final Principal OPERATOR = new Principal("caseload-cli", "Command line", ORGANIZATION, Set.of(),
            Set.of(Permission.CLIENT_READ.key(), Permission.CLIENT_WRITE.key(), Permission.TICKET_SUBMIT.key(),
                    Permission.TICKET_ADMINISTER.key()),
            Locale.ROOT);
    private static final TicketSource SOURCE = new TicketSource("caseload-cli-redact", null, null, null, null);
    private static final ReporterContact CONTACT = new ReporterContact("Command line", null, null, ContactMethod.IN_APP);

    @Option(names = "--clients", required = true, paramLabel = "FILE", converter = OptionValues.ExistingFile.class,
            description = "The organization's clients, UTF-8 (hmis: or Windows-1252, detected).")
    Path clients;

    @Option(names = "--format", paramLabel = "hmis|febrl", defaultValue = "hmis",
            converter = OptionValues.FormatConverter.class, completionCandidates = OptionValues.FormatNames.class,
            description = {"hmis: a HUD HMIS Client.csv (the default)", "febrl: a FEBRL data set"})
    ClientFileFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ClientFileLoader loader = new ClientFileLoader(err);
        List<SourceRecord> records;
        try {
            records = loader.read(format, clients);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure("cannot read " + clients + ": " + ClientFileLoader.describe(e), e);
        }
        try (Caseload caseload = Caseload.builder().storage(new InMemoryStorage())
                .identity(() -> Optional.of(OPERATOR)).build()) {
            loader.register(caseload, records);
            // Nothing is sent: the preview is what an escalation would send.
            TicketService tickets = Ticketing.create(caseload, message -> {
                throw new IllegalStateException("the redact command sends nothing");
            }).tickets();
            BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(line.isBlank() ? line : redact(tickets, line));
            }
            out.flush();
        } catch (IOException e) {
            throw new CommandFailure("cannot read standard input: " + ClientFileLoader.describe(e), e);
        }
        return ExitCode.OK;
    }

    private static String redact(TicketService tickets, String line) {
        try {
            String ticketId = tickets.submit(SubmitTicket.of(TicketKind.ISSUE, line, SOURCE, CONTACT)).id();
            return tickets.previewEscalation(ticketId).summary();
        } catch (ValidationException refused) {
            return REFUSED_LINE;
        }
    }
}
