// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.jdbc.EmbeddedOption;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keys rotate}: clients registered under one set of keys are, after the command ran with a
 * new set first and the old one after it, read and found with the new set alone; the command says
 * what it did without a client's data.
 */
class KeysRotateCommandTest {

    private static final String PASSWORD = "Rotate-Db-Password-7";
    private static final List<String> SSNS = List.of("219099999", "457555462", "078051120", "123456789", "287654321");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final TestIdentity worker = new TestIdentity().as(TestUsers.user("worker", "org-a", Role.CASEWORKER,
            Role.SSN_REVIEWER));

    @Test
    void clientsRegisteredUnderTheOldKeysAreFoundBySsnWithTheNewKeysAloneAfterTheRotation() throws IOException {
        Path folder = temp.resolve("data");
        List<String> oldKeys = cli("keys", "generate");
        List<String> newKeys = cli("keys", "generate");
        KeyRing old = KeyRing.fromLines("old", oldKeys);
        KeyRing fresh = KeyRing.fromLines("new", newKeys);
        register(folder, old);
        Path bothKeys = secretFile("both.keys", IntStream.range(0, newKeys.size())
                .mapToObj(i -> newKeys.get(i) + "," + oldKeys.get(i).substring(oldKeys.get(i).indexOf('=') + 1))
                .toList());

        int exit = rotate(folder, bothKeys, "--batch", "2");

        assertThat(exit).as(stderr()).isZero();
        assertThat(stdout().lines()).startsWith(
                "clients: 5 read, 5 rewritten, 0 already current",
                "enrollments: 0 read, 0 rewritten",
                "values sealed again: 5");
        assertThat(stdout()).containsPattern("match keys digested again: [1-9]\\d*")
                .contains("conflicts met and decided again: 0", "done: ");
        assertThat(stderr().lines()).containsExactly(
                "keys rotate: 2 clients read, 2 rewritten; 0 enrollments read, 0 rewritten",
                "keys rotate: 4 clients read, 4 rewritten; 0 enrollments read, 0 rewritten",
                "keys rotate: 5 clients read, 5 rewritten; 0 enrollments read, 0 rewritten");
        assertNothingPersonalPrinted();

        try (JdbcStorage storage = JdbcStorage.embedded(folder, PASSWORD.toCharArray(), EmbeddedOption.FILE_CIPHER);
             Caseload caseload = Caseload.builder().storage(storage).identity(worker).keyProvider(fresh).build()) {
            String newFieldKey = fresh.current(KeyPurpose.FIELD_ENCRYPTION).id();
            List<ClientRecord> stored = storage.inTransaction(session ->
                    session.clients().scan(new ClientScan(Set.of(), null, 100)));
            assertThat(stored).hasSize(SSNS.size()).allSatisfy(record ->
                    assertThat(record.identity().ssn()).startsWith("sealed:v1:" + newFieldKey + ":"));
            for (String ssn : SSNS) {
                List<ClientMatch> found = caseload.clients().search(ClientSearch.text(ssn));
                assertThat(found).as("found by SSN").isNotEmpty();
                assertThat(caseload.clients().revealSsn(found.get(0).client().id(), "rotation check")).contains(ssn);
            }
        }

        out.reset();
        err.reset();
        assertThat(rotate(folder, bothKeys)).as(stderr()).isZero();
        assertThat(stdout().lines()).startsWith("clients: 5 read, 0 rewritten, 5 already current");
    }

    @Test
    void aBatchOutOfRangeIsAUsageError() throws IOException {
        Path keys = secretFile("keys", cli("keys", "generate"));

        assertThat(rotate(temp.resolve("data"), keys, "--batch", "0")).isEqualTo(2);

        assertThat(stderr()).startsWith("caseload keys rotate: --batch must be from 1 to 10000, was 0");
        assertThat(temp.resolve("data")).as("nothing is opened").doesNotExist();
    }

    private void register(Path folder, KeyRing keys) {
        try (JdbcStorage storage = JdbcStorage.embedded(folder, PASSWORD.toCharArray(), EmbeddedOption.FILE_CIPHER);
             Caseload caseload = Caseload.builder().storage(storage).identity(worker).keyProvider(keys).build()) {
            for (int i = 0; i < SSNS.size(); i++) {
                caseload.clients().register(new RegisterClient(ClientDetails.named("Rosa", "Parkes" + i)
                        .withSsn(SSNS.get(i), SsnDataQuality.FULL), List.of(), false, true));
            }
        }
    }

    private void assertNothingPersonalPrinted() {
        String printed = stdout() + stderr();
        for (String ssn : SSNS) {
            assertThat(printed).doesNotContain(ssn).doesNotContain(ssn.substring(5));
        }
        assertThat(printed).doesNotContain("Parkes").doesNotContain("Rosa").doesNotContain(PASSWORD);
    }

    private int rotate(Path folder, Path keys, String... more) {
        List<String> args = new ArrayList<>(List.of("keys", "rotate", "--database", folder.toString(),
                "--keys-file", keys.toString()));
        args.addAll(List.of(more));
        return CaseloadCli.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("CASELOAD_DB_PASSWORD", PASSWORD)::get)
                .execute(args.toArray(String[]::new));
    }

    /** What a command printed on standard output, as lines; it must succeed. */
    private static List<String> cli(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = CaseloadCli.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** A file only its owner reads, as the keys file must be. */
    private Path secretFile(String name, List<String> lines) throws IOException {
        Path file = Files.write(temp.resolve(name), lines);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
