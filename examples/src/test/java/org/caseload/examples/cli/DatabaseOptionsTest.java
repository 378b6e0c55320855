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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.security.KeyProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code --database} and its secrets: the password and the keys from the environment (a map here)
 * or from files, never from the command line, and no secret in any message.
 */
class DatabaseOptionsTest {

    private static final String PASSWORD = "Db-Password-31";
    private static final String FIELD = key(1);
    private static final String DIGEST = key(2);
    private static final String CHANNEL = key(3);

    @TempDir
    Path temp;

    private final Map<String, String> environment = new HashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path folder;

    @BeforeEach
    void environmentWithEverySecret() {
        folder = temp.resolve("data");
        environment.put("CASELOAD_DB_PASSWORD", PASSWORD);
        environment.put("CASELOAD_KEY_FIELD_ENCRYPTION", "f2:" + FIELD + ",f1:" + key(4));
        environment.put("CASELOAD_KEY_MATCH_KEY_DIGEST", "d1:" + DIGEST);
        environment.put("CASELOAD_KEY_CHANNEL_SECRET_ENCRYPTION", "c1:" + CHANNEL);
    }

    @Test
    void anEmbeddedDatabaseIsCreatedEncryptedWithThePasswordAndTheKeysFromTheEnvironment() throws IOException {
        assertThat(run("database", "check", "--database", folder.toString())).as(stderr()).isZero();

        assertThat(stdout()).isEqualTo(lines("database: opened, schema up to date",
                "keys FIELD_ENCRYPTION: current f2, older f1",
                "keys MATCH_KEY_DIGEST: current d1",
                "keys CHANNEL_SECRET_ENCRYPTION: current c1"));
        assertThat(new String(Files.readAllBytes(folder.resolve("caseload.mv.db")), 0, 9, StandardCharsets.US_ASCII))
                .isEqualTo("H2encrypt");
        assertNoSecretPrinted();

        out.reset();
        assertThat(run("database", "check", "--database", folder.toString())).as(stderr()).isZero();
    }

    @Test
    void aWrongPasswordFailsWithOneLineThatNeverHoldsIt() {
        assertThat(run("database", "check", "--database", folder.toString())).isZero();
        environment.put("CASELOAD_DB_PASSWORD", "Guessed-Wrong-9");

        assertThat(run("database", "check", "--database", folder.toString())).isEqualTo(1);

        assertThat(stderr()).startsWith("caseload database check: cannot open the database: the embedded database in ")
                .contains("refused the password").doesNotContain("Guessed-Wrong-9");
        assertThat(stderr().lines()).hasSize(1);
        assertNoSecretPrinted();
    }

    @Test
    void aMissingPasswordSaysWhereToGiveIt() {
        environment.remove("CASELOAD_DB_PASSWORD");

        assertThat(run("database", "check", "--database", folder.toString())).isEqualTo(1);

        assertThat(stderr()).isEqualTo(lines("caseload database check: the embedded database in " + folder
                + " needs its password: set CASELOAD_DB_PASSWORD or give --password-file FILE"));
        assertThat(folder).doesNotExist();
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedWithoutRepeatingIt() {
        for (List<String> args : List.of(
                List.of("database", "check", "--database", folder.toString(), "--password", "Typed-Secret-1"),
                List.of("database", "check", "--database", folder.toString(), "--password=Typed-Secret-1"),
                List.of("database", "check", "--password", "Typed-Secret-1", "--database", folder.toString()),
                List.of("database", "check", "--database", folder.toString(), "--db-password", "Typed-Secret-1"))) {
            err.reset();

            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args)).isEqualTo(2);

            assertThat(stderr()).as(String.join(" ", args))
                    .startsWith("caseload database check: the database's password is never taken from the command line")
                    .contains("set CASELOAD_DB_PASSWORD or give --password-file FILE")
                    .doesNotContain("Typed-Secret-1");
        }
        assertThat(folder).doesNotExist();
        out.reset();
        assertThat(run("database", "check", "--help")).isZero();
        assertThat(stdout()).contains("--password-file").doesNotContain("--password ").doesNotContain("--password=");
    }

    @Test
    void thePasswordFileWinsOverTheEnvironmentAndLosesItsLastLineBreak() throws IOException {
        Path file = secretFile("password.txt", PASSWORD + "\r\n");
        environment.put("CASELOAD_DB_PASSWORD", "not-this-one");

        assertThat(run("database", "check", "--database", folder.toString(), "--password-file", file.toString()))
                .as(stderr()).isZero();

        environment.remove("CASELOAD_DB_PASSWORD");
        assertThat(run("database", "check", "--database", folder.toString(), "--password-file", file.toString()))
                .as(stderr()).isZero();
        environment.put("CASELOAD_DB_PASSWORD", PASSWORD);
        assertThat(run("database", "check", "--database", folder.toString())).as(stderr()).isZero();
    }

    @Test
    void aSecretsFileOthersMayReadIsRefused() throws IOException {
        assumePosix();
        Path password = secretFile("password.txt", PASSWORD);
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r--r--"));
        Path keys = secretFile("keys.txt", keysFile());
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-rw----"));

        assertThat(run("database", "check", "--database", folder.toString(), "--password-file", password.toString()))
                .isEqualTo(1);
        assertThat(stderr()).isEqualTo(lines("caseload database check: --password-file " + password
                + " may be read or written by others (rw-r--r--): make it its owner's alone, chmod 600 " + password));

        err.reset();
        assertThat(run("database", "check", "--database", folder.toString(), "--keys-file", keys.toString()))
                .isEqualTo(1);
        assertThat(stderr()).contains("--keys-file " + keys + " may be read or written by others (rw-rw----)");
        assertNoSecretPrinted();
    }

    @Test
    void anEmptyMissingOrUnreadablePasswordFileIsReportedByName() throws IOException {
        Path empty = secretFile("empty.txt", "\n");
        assertThat(run("database", "check", "--database", folder.toString(), "--password-file", empty.toString()))
                .isEqualTo(1);
        assertThat(stderr()).isEqualTo(lines("caseload database check: --password-file " + empty + " is empty"));

        err.reset();
        Path missing = temp.resolve("missing.txt");
        assertThat(run("database", "check", "--database", folder.toString(), "--password-file", missing.toString()))
                .isEqualTo(1);
        assertThat(stderr()).isEqualTo(lines("caseload database check: --password-file " + missing + " is not a file"));

        err.reset();
        Path latin1 = secretFile("latin1.txt", "");
        Files.write(latin1, new byte[] {'p', (byte) 0xE9, 'w'});
        assertThat(run("database", "check", "--database", folder.toString(), "--password-file", latin1.toString()))
                .isEqualTo(1);
        assertThat(stderr()).isEqualTo(lines("caseload database check: --password-file " + latin1
                + " is not UTF-8 text"));
    }

    @Test
    void missingAndMalformedKeysAreNamedByVariableAndPositionNeverByValue() {
        environment.remove("CASELOAD_KEY_MATCH_KEY_DIGEST");
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        environment.put("CASELOAD_KEY_FIELD_ENCRYPTION", "f1:" + shortKey + ",f2:not*base64!," + FIELD + ",f4:" + key(9)
                + ",f4:" + key(8) + ",bad id:" + key(7));

        assertThat(run("database", "check", "--database", folder.toString())).isEqualTo(1);

        assertThat(stderr()).isEqualTo(lines("caseload database check: the keys cannot be used: "
                + "CASELOAD_KEY_FIELD_ENCRYPTION key 1: the key has 16 bytes; at least 32 are needed "
                + "(44 characters of base64); "
                + "CASELOAD_KEY_FIELD_ENCRYPTION key 2: the key is not base64; "
                + "CASELOAD_KEY_FIELD_ENCRYPTION key 3: expected id:base64; "
                + "CASELOAD_KEY_FIELD_ENCRYPTION key 5: its id is the id of an earlier key; "
                + "CASELOAD_KEY_FIELD_ENCRYPTION key 6: the id must be 1 to 64 letters, digits, '.', '_' or '-'; "
                + "no key for MATCH_KEY_DIGEST: set CASELOAD_KEY_MATCH_KEY_DIGEST or give --keys-file FILE"));
        assertThat(stderr()).doesNotContain(shortKey).doesNotContain("not*base64");
        assertNoSecretPrinted();
        assertThat(folder).as("the keys are read before the database is opened").doesNotExist();
    }

    @Test
    void theKeysFileWinsOverTheEnvironmentWithEitherNameForAPurpose() throws IOException {
        Path keys = secretFile("keys.txt", keysFile());
        environment.keySet().removeIf(name -> name.startsWith("CASELOAD_KEY_"));

        assertThat(run("database", "check", "--database", folder.toString(), "--keys-file", keys.toString()))
                .as(stderr()).isZero();

        assertThat(stdout()).contains("keys FIELD_ENCRYPTION: current file-f\n".replace("\n", System.lineSeparator()))
                .contains("keys MATCH_KEY_DIGEST: current file-d").contains("keys CHANNEL_SECRET_ENCRYPTION: current file-c");
        assertNoSecretPrinted();
    }

    @Test
    void aMalformedKeysFileIsReportedByLineWithoutRepeatingIt() throws IOException {
        Path keys = secretFile("keys.txt", String.join("\n",
                "# the keys",
                "FIELD_ENCRYPTION=f1:" + FIELD,
                DIGEST,
                "FIELD_ENCRYPTION=f2:" + key(5),
                "") + "\n");

        assertThat(run("database", "check", "--database", folder.toString(), "--keys-file", keys.toString()))
                .isEqualTo(1);

        assertThat(stderr()).isEqualTo(lines("caseload database check: the keys cannot be used: " + keys
                + " line 3: expected PURPOSE=id:base64,... with PURPOSE one of FIELD_ENCRYPTION, MATCH_KEY_DIGEST, "
                + "CHANNEL_SECRET_ENCRYPTION; " + keys + " line 4: FIELD_ENCRYPTION again, already given on line 2"));
        assertNoSecretPrinted();
    }

    @Test
    void aKeysFileWithoutAPurposeNamesIt() throws IOException {
        Path keys = secretFile("keys.txt", "FIELD_ENCRYPTION=f1:" + FIELD + "\nMATCH_KEY_DIGEST=d1:" + DIGEST + "\n");

        assertThat(run("database", "check", "--database", folder.toString(), "--keys-file", keys.toString()))
                .isEqualTo(1);

        assertThat(stderr()).isEqualTo(lines("caseload database check: the keys cannot be used: no key for "
                + "CHANNEL_SECRET_ENCRYPTION: " + keys + " has no line CHANNEL_SECRET_ENCRYPTION=id:base64,..."));
    }

    @Test
    void aUrlHoldingAPasswordIsRefusedWithoutRepeatingIt() {
        for (String url : List.of("jdbc:postgresql://db.example.org/caseload?user=caseload&password=Url-Secret-1",
                "jdbc:h2:mem:x;USER=caseload;PASSWORD=Url-Secret-1",
                "jdbc:mysql://caseload:Url-Secret-1@db.example.org/caseload")) {
            err.reset();

            assertThat(run("database", "check", "--database", url)).as(url).isEqualTo(1);

            assertThat(stderr()).as(url).isEqualTo(lines("caseload database check: --database: the URL holds a "
                    + "password, which the command line shows to every user of the machine: remove it and set "
                    + "CASELOAD_DB_PASSWORD or give --password-file FILE"));
        }
    }

    @Test
    void aUrlOpensTheDatabaseAsTheUserWithThePasswordFromTheEnvironment() {
        String url = "jdbc:h2:mem:options-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        assertThat(run("database", "check", "--database", url, "--database-user", "operator")).as(stderr()).isZero();

        environment.put("CASELOAD_DB_PASSWORD", "Guessed-Wrong-9");
        assertThat(run("database", "check", "--database", url, "--database-user", "operator")).isEqualTo(1);
        assertThat(stderr()).startsWith("caseload database check: cannot open the database " + url + ": ")
                .contains("Wrong user name or password").doesNotContain("Guessed-Wrong-9");
    }

    @Test
    void theFileCipherMustMatchTheDatabaseAndTheMessageSaysWhichOptionOpensIt() {
        assertThat(run("database", "check", "--database", folder.toString(), "--no-file-cipher")).as(stderr()).isZero();

        assertThat(run("database", "check", "--database", folder.toString())).isEqualTo(1);

        assertThat(stderr()).endsWith("was created without the file cipher: open it without "
                + "EmbeddedOption.FILE_CIPHER (--no-file-cipher opens it)" + System.lineSeparator());
    }

    @Test
    void aCommandWithTheMixinGetsAnOpenStorageAndTheKeys() {
        StorageUser command = new StorageUser();
        CommandLine commandLine = new CommandLine(command, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == DatabaseOptions.class ? type.cast(new DatabaseOptions(environment::get))
                        : CommandLine.defaultFactory().create(type);
            }
        });

        assertThat(commandLine.execute("--database", folder.toString())).isZero();

        KeyProvider keys = command.keys;
        assertThat(keys.current(KeyPurpose.FIELD_ENCRYPTION).id()).isEqualTo("f2");
        assertThat(keys.current(KeyPurpose.FIELD_ENCRYPTION).material()).isEqualTo(Base64.getDecoder().decode(FIELD));
        assertThat(keys.find(KeyPurpose.FIELD_ENCRYPTION, "f1")).isPresent();
        assertThat(keys.find(KeyPurpose.FIELD_ENCRYPTION, "d1")).isEmpty();
        assertThat(keys.current(KeyPurpose.MATCH_KEY_DIGEST).material()).isEqualTo(Base64.getDecoder().decode(DIGEST));
        assertThat(keys.toString()).doesNotContain(FIELD).contains("f2");
        assertThat(command.found).isEmpty();
    }

    /** A command as {@code desk serve} would be: the mixin as a field. */
    @Command(name = "user")
    static final class StorageUser implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        KeyProvider keys;
        java.util.Optional<?> found;

        @Override
        public Integer call() {
            keys = database.keyProvider();
            try (JdbcStorage storage = database.openStorage()) {
                found = storage.inTransaction(session -> session.clients().findById("nobody"));
            }
            return 0;
        }
    }

    private String keysFile() {
        return "# keys\n\nFIELD_ENCRYPTION = file-f:" + FIELD + "\nCASELOAD_KEY_MATCH_KEY_DIGEST=file-d:" + DIGEST
                + "\nCHANNEL_SECRET_ENCRYPTION=file-c:" + CHANNEL + "\n";
    }

    private void assertNoSecretPrinted() {
        for (String secret : List.of(PASSWORD, FIELD, DIGEST, CHANNEL)) {
            assertThat(stdout()).doesNotContain(secret);
            assertThat(stderr()).doesNotContain(secret);
        }
    }

    private Path secretFile(String name, String content) throws IOException {
        Path file = Files.writeString(temp.resolve(name), content);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    private static void assumePosix() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "the file system has no POSIX permissions");
    }

    private int run(String... args) {
        return CaseloadCli.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment::get).execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /** A 32-byte key, different for each seed. */
    private static String key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i * 7);
        }
        return Base64.getEncoder().encodeToString(key);
    }
}
