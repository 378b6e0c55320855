// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caseload redact}: a client file in, each line of standard input redacted to one line out. */
class RedactCommandTest {

    @TempDir
    Path folder;

    private final InputStream standardInput = System.in;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void restoreStandardInput() {
        System.setIn(standardInput);
    }

    @Test
    void redactsEachLineAgainstTheClientsOfAnHmisFile() throws IOException {
        List<String> columns = HmisClientFormat.FY2024_COLUMNS;
        List<String> row = new ArrayList<>();
        for (String column : columns) {
            row.add(switch (column) {
                case "PersonalID" -> "1";
                case "FirstName" -> "Robert";
                case "LastName" -> "Johnson";
                case "NameDataQuality", "DOBDataQuality" -> "1";
                case "SSNDataQuality" -> "99";
                case "DOB" -> "1980-03-04";
                default -> "";
            });
        }
        Path clients = Files.writeString(folder.resolve("Client.csv"),
                String.join(",", columns) + "\n" + String.join(",", row) + "\n");

        List<String> lines = redact(clients, "hmis", "bob johnson cannot log in, DOB 4 Mar 80, SSN 123–45–6789.",
                "", "Error ERR-4012 on client-intake in 4.12.3 at 10:42 since 2025-03-01; Mark it.",
                "Dolores Umbridge is nobody's client here.", "x".repeat(10_001));

        assertThat(lines).containsExactly("[NAME] cannot log in, DOB [DATE OF BIRTH], SSN [SSN].",
                "", "Error ERR-4012 on client-intake in 4.12.3 at 10:42 since 2025-03-01; Mark it.",
                "Dolores Umbridge is nobody's client here.", RedactCommand.REFUSED_LINE);
    }

    @Test
    void readsAFebrlFileAsTheOrganizationsClients() throws IOException {
        Path clients = Files.writeString(folder.resolve("febrl.csv"),
                "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state,"
                        + " date_of_birth, soc_sec_id\n"
                        + "rec-1-org, lachlan, berry, 69, giblin street, killarney, bittern, 4814, qld, 19990219,"
                        + " 7364009\n");

        assertThat(redact(clients, "febrl", "Lachlan Berry (19 Feb 1999) lives at 69 Giblin Street."))
                .containsExactly("[NAME] ([DATE OF BIRTH]) lives at [ADDRESS]");
    }

    @Test
    void aMissingClientFileIsAFailureThatNamesIt() {
        System.setIn(new ByteArrayInputStream(new byte[0]));

        int exit = CaseloadCli.run(new String[] {"redact", "--clients", folder.resolve("none.csv").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none.csv");
    }

    private List<String> redact(Path clients, String format, String... input) {
        System.setIn(new ByteArrayInputStream((String.join("\n", input) + "\n").getBytes(StandardCharsets.UTF_8)));

        int exit = CaseloadCli.run(new String[] {"redact", "--clients", clients.toString(), "--format", format},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
