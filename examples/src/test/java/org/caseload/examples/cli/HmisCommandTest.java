// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Household;
import org.caseload.casework.RegisterProject;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.hmis.HmisCheck;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caseload hmis check}, {@code import} and {@code export} end to end, on the HMIS module's test exports. */
class HmisCommandTest {

    /** The hand-made exports of caseload-hmis's tests, beside this module. */
    private static final Path EXPORTS = Path.of("").toAbsolutePath().resolveSibling("hmis")
            .resolve("src/test/resources/exports");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aCleanExportPrintsNoFindingsAndExitsWithZero() {
        int exit = run("hmis", "check", "--input", EXPORTS.resolve("fy2024").toString());

        assertThat(exit).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("no findings" + System.lineSeparator());
        assertThat(stderr()).contains("(FY2024): 0 errors, 0 warnings").doesNotContain("\r");
    }

    @Test
    void aBrokenExportPrintsATableOfFindingsAndExitsWithOne() {
        int exit = run("hmis", "check", "--input", EXPORTS.resolve("fy2026-broken").toString());

        assertThat(exit).isEqualTo(1);
        List<String> lines = stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("SEVERITY  FILE").contains("LINE").contains("COLUMN").contains("RECORD")
                .endsWith("REASON");
        assertThat(lines).hasSize(23);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("WARNING").contains("Client.csv")
                .contains("SSN").contains("C3").contains("leading zero"));
        assertThat(stdout()).doesNotContain("García").doesNotContain("34567891").doesNotContain("2025-12-01");
        assertThat(stderr()).contains("(FY2026): 19 errors, 3 warnings");
    }

    @Test
    void printsTheFindingsAsCsvOrJson() throws IOException {
        String input = EXPORTS.resolve("fy2026-broken").toString();
        assertThat(run("hmis", "check", "--input", input, "--format", "csv")).isEqualTo(1);
        List<String> csv = stdout().lines().toList();
        assertThat(csv.get(0)).isEqualTo("severity,file,line,column,record,reason");
        assertThat(csv).contains("ERROR,YouthEducationStatus.csv,0,,,"
                + "\"the file is missing: an export holds all 24 files, even empty ones\"");
        assertThat(csv).hasSize(23);

        out.reset();
        assertThat(run("hmis", "check", "--input", input, "--format", "json")).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.get("version").asText()).isEqualTo("FY2026");
        assertThat(json.get("errors").asInt()).isEqualTo(19);
        assertThat(json.get("findings")).hasSize(22);
        assertThat(json.get("findings").get(0).get("file").asText()).isEqualTo("Organization.csv");
    }

    @Test
    void aMissingFolderOrAnUnknownFormatIsAUsageError() {
        assertThat(run("hmis", "check", "--input", temp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(stderr()).contains("no such folder");
        assertThat(run("hmis", "check", "--input", temp.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(run("hmis")).isEqualTo(2);
        assertThat(stderr()).contains("a subcommand is needed: check, import or export");
    }

    @Test
    void aFolderWithoutAVersionIsOneErrorFinding() {
        assertThat(run("hmis", "check", "--input", temp.toString())).isEqualTo(1);
        assertThat(stdout()).contains("Export.csv").contains("cannot be told");
    }

    @Test
    void anExportImportedIntoADatabaseIsExportedAgainAsFy2026() throws IOException {
        Map<String, String> environment = keys();
        String database = "jdbc:h2:mem:hmis-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Path exported = temp.resolve("exported");

        int imported = run(environment, "hmis", "import", "--input", EXPORTS.resolve("fy2024-full").toString(),
                "--database", database);
        assertThat(imported).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("severity,file,line,column,record,reason" + System.lineSeparator());
        assertThat(stderr()).contains("(FY2024): 40 rows stored, 0 rows refused, 0 warnings");

        out.reset();
        int exit = run(environment, "hmis", "export", "--database", database, "--output", exported.toString(),
                "--version", "2026");
        assertThat(exit).as(stderr()).isZero();
        assertThat(stdout().lines()).hasSize(3).anySatisfy(line -> assertThat(line)
                .startsWith("WARNING,Funder.csv,4,Funder,F3,"));
        assertThat(stderr()).contains("(FY2026, ExportID ").contains(" in 24 files, 2 warnings");
        for (String file : List.of("Client.csv", "Enrollment.csv", "Funder.csv", "Services.csv")) {
            assertThat(Files.readString(exported.resolve(file)).replaceAll("[0-9a-f]{32}", "EXPORT"))
                    .isEqualTo(Files.readString(EXPORTS.resolve("fy2024-as-fy2026").resolve(file))
                            .replace("0123456789abcdef0123456789abcdef", "EXPORT"));
        }
    }

    @Test
    void theRecordsOfADatabaseAreCheckedAsTheFolderTheyCameFromOrAsTheOtherVersion() throws IOException {
        Map<String, String> environment = keys();
        String database = "jdbc:h2:mem:hmis-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Path folder = EXPORTS.resolve("fy2024-full");
        assertThat(run(environment, "hmis", "import", "--input", folder.toString(), "--database", database)).isZero();

        out.reset();
        assertThat(run(environment, "hmis", "check", "--input", folder.toString(), "--format", "csv")).isZero();
        String ofTheFolder = stdout();
        out.reset();
        assertThat(run(environment, "hmis", "check", "--database", database, "--version", "2024", "--format", "csv"))
                .as(stderr()).isZero();
        assertThat(stdout()).isEqualTo(ofTheFolder);
        assertThat(stderr()).contains("the database's HMIS records (FY2024): 0 errors, 0 warnings");

        out.reset();
        assertThat(run(environment, "hmis", "check", "--database", database, "--format", "csv")).isZero();
        assertThat(stdout().lines()).contains("WARNING,Client.csv,2,Sex,C1,empty: sex not collected")
                .noneMatch(line -> line.contains("García") || line.contains("1980"));
        assertThat(stderr()).contains("(FY2026): 0 errors, 6 warnings");
    }

    @Test
    void aCheckTakesAFolderOrADatabaseButNotBoth() {
        String folder = EXPORTS.resolve("fy2026").toString();
        assertThat(run(keys(), "hmis", "check", "--input", folder, "--database", "jdbc:h2:mem:x")).isEqualTo(2);
        assertThat(stderr()).contains("mutually exclusive");
        assertThat(run(keys(), "hmis", "check", "--input", folder, "--version", "2024")).isEqualTo(2);
        assertThat(run(keys(), "hmis", "check")).isEqualTo(2);
        assertThat(stderr()).contains("--input").contains("--database");
    }

    @Test
    void aRefusedRowIsPrintedWithoutItsValueAndItsFileIsNotImported() throws IOException {
        Path broken = temp.resolve("broken");
        Files.createDirectories(broken);
        try (var files = Files.list(EXPORTS.resolve("fy2026"))) {
            for (Path file : files.toList()) {
                Files.copy(file, broken.resolve(file.getFileName()));
            }
        }
        Path clients = broken.resolve("Client.csv");
        Files.writeString(clients, Files.readString(clients).replace("1980-04-02", "1980-04-31"));

        int exit = run(keys(), "hmis", "import", "--input", broken.toString(), "--database",
                "jdbc:h2:mem:hmis-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("ERROR,Client.csv,2,DOB,C1,not a date written yyyy-MM-dd")
                .doesNotContain("1980-04-31").doesNotContain("García");
        assertThat(stderr()).contains("1 rows refused").contains("not imported: Client.csv");
    }

    @Test
    void badRowsAreSkippedWhenAskedAndAnExportTakesTheProjectsAndPeriodAsked() throws IOException {
        Map<String, String> environment = keys();
        String database = "jdbc:h2:mem:hmis-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Path broken = temp.resolve("broken");
        Files.createDirectories(broken);
        try (var files = Files.list(EXPORTS.resolve("fy2024-full"))) {
            for (Path file : files.toList()) {
                Files.copy(file, broken.resolve(file.getFileName()));
            }
        }
        Path services = broken.resolve("Services.csv");
        Files.writeString(services, Files.readString(services).replace("S1,E1,C1", "S1,E" + "1".repeat(40) + ",C1"));

        assertThat(run(environment, "hmis", "import", "--input", broken.toString(), "--database", database,
                "--skip-bad-rows")).isEqualTo(1);
        assertThat(stderr()).contains("1 rows refused").doesNotContain("not imported");

        Path exported = temp.resolve("p2");
        assertThat(run(environment, "hmis", "export", "--database", database, "--output", exported.toString(),
                "--version", "2024", "--project", "P2", "--from", "2025-10-01", "--to", "2025-10-12")).isZero();
        assertThat(Files.readAllLines(exported.resolve("Enrollment.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList()).containsExactly("E5");
        assertThat(Files.readString(exported.resolve("Export.csv"))).contains(",2024 v1.0,")
                .contains(",2025-10-01,2025-10-12,");
    }

    @Test
    void anOrganizationsOwnRecordsAreExportedFromTheDatabaseAndNoOtherOrganizations() throws IOException {
        Map<String, String> environment = keys();
        String database = "jdbc:h2:mem:hmis-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        TestIdentity identity = new TestIdentity()
                .as(TestUsers.user("admin-a", "org-a", Role.CASEWORK_ADMINISTRATOR, Role.CASEWORKER));
        String project;
        String client;
        try (JdbcStorage storage = JdbcStorage.create(new UrlDataSource(database, DatabaseOptions.DEFAULT_USER, null));
             Caseload caseload = Caseload.builder().storage(storage).identity(identity)
                     .keyProvider(KeyRing.fromEnvironment(environment::get)).build()) {
            project = caseload.enrollments().registerProject(new RegisterProject("Shelter")).id();
            client = caseload.clients().register(RegisterClient.of("Ana", "Garcia", LocalDate.of(1980, 3, 4))).id();
            Household household = caseload.households().create(new CreateHousehold(client));
            caseload.enrollments().enroll(new EnrollClient(client, project, household.id(), LocalDate.of(2025, 10, 1)));
            identity.runAs(TestUsers.user("worker-b", "org-b", Role.CASEWORKER),
                    () -> caseload.clients().register(RegisterClient.of("Ruth", "Other", null)));
        }
        Path exported = temp.resolve("org-a");

        int exit = run(environment, "hmis", "export", "--database", database, "--output", exported.toString(),
                "--organization", "org-a", "--organization-name", "Agency A", "--user", "exporter",
                "--coc", "XX-500", "--version", "2024");

        assertThat(exit).as(stderr()).isZero();
        assertThat(stderr()).contains("(FY2024, ExportID ").contains(", 0 warnings");
        List<String> clients = Files.readAllLines(exported.resolve("Client.csv"));
        assertThat(clients).hasSize(2);
        assertThat(clients.get(1)).startsWith(client.replace("-", "") + ",Ana,,Garcia,,1,,99,1980-03-04,1,")
                .contains(",exporter,");
        assertThat(Files.readAllLines(exported.resolve("Enrollment.csv")).get(1)).matches("[0-9a-f]{32},"
                + client.replace("-", "") + "," + project.replace("-", "") + ",2025-10-01,[0-9a-f]{32},1,XX-500,.*");
        assertThat(Files.readAllLines(exported.resolve("Organization.csv")).get(1)).startsWith("org-a,Agency A,99,");
        assertThat(HmisCheck.run(exported).errors()).isZero();
    }

    @Test
    void anExportPeriodEndingBeforeItBeginsIsAUsageError() {
        assertThat(run(keys(), "hmis", "export", "--database", "jdbc:h2:mem:x", "--output", temp.toString(),
                "--from", "2025-10-02", "--to", "2025-10-01")).isEqualTo(2);
        assertThat(stderr()).contains("--to (2025-10-01) is before --from (2025-10-02)");
    }

    @Test
    void anOrganizationNameWithoutTheOrganizationIsAUsageError() {
        assertThat(run(keys(), "hmis", "export", "--database", "jdbc:h2:mem:x", "--output", temp.toString(),
                "--organization-name", "Agency A")).isEqualTo(2);
        assertThat(stderr()).contains("--organization-name needs --organization");
        assertThat(run(keys(), "hmis", "export", "--database", "jdbc:h2:mem:x", "--output", temp.toString(),
                "--coc", "XX-500")).isEqualTo(2);
        assertThat(stderr()).contains("--coc needs --organization");
        assertThat(run(keys(), "hmis", "export", "--database", "jdbc:h2:mem:coc", "--output", temp.toString(),
                "--organization", "org-a", "--coc", "XX500")).isEqualTo(2);
        assertThat(stderr()).contains("--coc: a CoC code is two letters, a hyphen and three digits: XX500");
    }

    /** Fresh keys, as the environment gives them. */
    private static Map<String, String> keys() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CaseloadCli.run(new String[] {"keys", "generate"}, new PrintStream(printed, true, StandardCharsets.UTF_8),
                System.err);
        Map<String, String> environment = new HashMap<>();
        for (String line : printed.toString(StandardCharsets.UTF_8).lines().toList()) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("#")) {
                environment.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return environment;
    }

    private int run(Map<String, String> environment, String... args) {
        return CaseloadCli.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment::get).execute(args);
    }

    private int run(String... args) {
        return CaseloadCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
