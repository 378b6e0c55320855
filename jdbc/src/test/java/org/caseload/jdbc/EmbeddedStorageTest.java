// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JdbcStorage#embedded(Path, char[], EmbeddedOption...)}: its password, its cipher, its permissions. */
class EmbeddedStorageTest {

    private static final String PASSWORD = "correct-Horse-7";

    @TempDir
    Path temp;

    @Test
    void theDatabaseKeepsItsDataAcrossRestartsWithItsPasswordAndCipher() {
        Path folder = temp.resolve("data");
        ClientRecord client = client(unique("org"), "key");
        try (JdbcStorage storage = JdbcStorage.embedded(folder, password(), EmbeddedOption.FILE_CIPHER)) {
            inUnit(storage, session -> session.clients().insert(client));
        }

        try (JdbcStorage restarted = JdbcStorage.embedded(folder, password(), EmbeddedOption.FILE_CIPHER)) {
            assertThat(findClient(restarted, client.id())).contains(client);
        }
    }

    @Test
    void theFolderAndTheFilesAreTheOwnersAlone() throws IOException {
        assumePosix();
        Path hosts = Files.createDirectory(temp.resolve("hosts"));
        Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("rwxr-x---"));
        Path folder = hosts.resolve("not").resolve("there");

        JdbcStorage.embedded(folder, password()).close();

        assertThat(permissions(folder)).isEqualTo("rwx------");
        List<Path> files = filesIn(folder);
        assertThat(files).extracting(file -> file.getFileName().toString()).contains("caseload.mv.db");
        for (Path file : files) {
            assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
        }
        assertThat(permissions(hosts)).as("a folder above the database's is the host's").isEqualTo("rwxr-x---");
    }

    @Test
    void anExistingFolderAndItsFilesAreGivenBackToTheirOwnerWhenTheDatabaseOpens() throws IOException {
        assumePosix();
        Path folder = temp.resolve("data");
        JdbcStorage.embedded(folder, password()).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = folder.resolve("caseload.mv.db");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rw-r--r--"));

        JdbcStorage.embedded(folder, password()).close();

        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(data)).isEqualTo("rw-------");
    }

    @Test
    void aWrongPasswordIsRefusedClearlyAndNeverRepeated() {
        Path folder = temp.resolve("data");
        JdbcStorage.embedded(folder, password()).close();

        assertThatThrownBy(() -> JdbcStorage.embedded(folder, "guessed-Wrong-1".toCharArray()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("the embedded database in " + folder.toAbsolutePath() + " refused the password")
                .hasMessageNotContaining("guessed-Wrong-1")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aWrongPasswordIsRefusedClearlyWithTheCipherToo() {
        Path folder = temp.resolve("data");
        JdbcStorage.embedded(folder, password(), EmbeddedOption.FILE_CIPHER).close();

        assertThatThrownBy(() -> JdbcStorage.embedded(folder, "guessed-Wrong-1".toCharArray(),
                EmbeddedOption.FILE_CIPHER))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("refused the password")
                .hasMessageNotContaining("guessed-Wrong-1");
    }

    @Test
    void aDatabaseCreatedWithoutAPasswordIsNotOpenedWithOne() {
        Path folder = temp.resolve("data");
        openWithoutPassword(folder).close();

        assertThatThrownBy(() -> JdbcStorage.embedded(folder, password()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("refused the password")
                .hasMessageContaining("created by JdbcStorage.embedded(Path), without a password");
    }

    @Test
    void anEmptyOrBlankPasswordIsRefusedBeforeAnythingIsCreated() {
        Path folder = temp.resolve("data");

        for (String password : List.of("", " ", "\t\n")) {
            assertThatThrownBy(() -> JdbcStorage.embedded(folder, password.toCharArray()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the password of the embedded database must not be empty or blank");
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void withTheCipherAPasswordWithASpaceIsRefused() {
        assertThatThrownBy(() -> JdbcStorage.embedded(temp.resolve("data"), "two words".toCharArray(),
                EmbeddedOption.FILE_CIPHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain a space")
                .hasMessageNotContaining("two words");
    }

    @Test
    void withoutTheCipherAPasswordMayHoldSpaces() {
        Path folder = temp.resolve("data");
        JdbcStorage.embedded(folder, "correct horse battery staple".toCharArray()).close();

        JdbcStorage.embedded(folder, "correct horse battery staple".toCharArray()).close();
    }

    @Test
    void withTheCipherTheFileHoldsNothingReadableAndWithoutItItDoes() throws IOException {
        String marker = "RecognisableMarker" + unique("m").replace("-", "");
        Path plain = temp.resolve("plain");
        Path encrypted = temp.resolve("encrypted");

        store(JdbcStorage.embedded(plain, password()), marker);
        store(JdbcStorage.embedded(encrypted, password(), EmbeddedOption.FILE_CIPHER), marker);

        assertThat(containsInAnyFile(plain, marker)).as("control: the clear-text file shows the marker").isTrue();
        assertThat(containsInAnyFile(plain, "ada@example.org")).isTrue();
        assertThat(containsInAnyFile(encrypted, marker)).isFalse();
        assertThat(containsInAnyFile(encrypted, "ada@example.org")).isFalse();
        assertThat(containsInAnyFile(encrypted, "lovelace")).isFalse();
    }

    @Test
    void theCipherSettingMustBeTheOneTheDatabaseWasCreatedWith() {
        Path encrypted = temp.resolve("encrypted");
        Path plain = temp.resolve("plain");
        JdbcStorage.embedded(encrypted, password(), EmbeddedOption.FILE_CIPHER).close();
        JdbcStorage.embedded(plain, password()).close();

        assertThatThrownBy(() -> JdbcStorage.embedded(encrypted, password()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("the embedded database in " + encrypted.toAbsolutePath()
                        + " was created with the file cipher: open it with EmbeddedOption.FILE_CIPHER");
        assertThatThrownBy(() -> JdbcStorage.embedded(plain, password(), EmbeddedOption.FILE_CIPHER))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("the embedded database in " + plain.toAbsolutePath()
                        + " was created without the file cipher: open it without EmbeddedOption.FILE_CIPHER");
    }

    @Test
    void thePasswordIsCopiedSoTheCallerMayClearItsArray() {
        Path folder = temp.resolve("data");
        char[] password = password();
        try (JdbcStorage storage = JdbcStorage.embedded(folder, password, EmbeddedOption.FILE_CIPHER)) {
            assertThat(password).containsExactly(PASSWORD.toCharArray());
            Arrays.fill(password, '\0');
            // New connections of the pool still authenticate.
            for (int i = 0; i < 3; i++) {
                storage.inTransaction(session -> session.clients().findById("a"));
            }
        }
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        Path folder = temp.resolve("data");
        assertThatThrownBy(() -> JdbcStorage.embedded(null, password())).hasMessage("folder");
        assertThatThrownBy(() -> JdbcStorage.embedded(folder, null)).hasMessage("password");
        assertThatThrownBy(() -> JdbcStorage.embedded(folder, password(), (EmbeddedOption[]) null))
                .hasMessage("options");
        assertThatThrownBy(() -> JdbcStorage.embedded(folder, password(), (EmbeddedOption) null))
                .hasMessage("option");
    }

    @Test
    void theTraceFileIsOffSoNoFailedStatementIsKeptInClearTextBesideTheData() {
        // H2 writes a trace file on internal errors only, which a test cannot provoke: the URL says it.
        assertThat(EmbeddedDatabase.prepare(temp.resolve("data"), true).url())
                .endsWith("caseload;CIPHER=AES;TRACE_LEVEL_FILE=0");
        assertThat(EmbeddedDatabase.prepare(temp.resolve("other"), false).url())
                .endsWith("caseload;TRACE_LEVEL_FILE=0");
    }

    @Test
    void aDatabaseClosedByTheHostIsLeftOpenAtShutdownAndClosedWithTheStorage() {
        Path folder = temp.resolve("data");
        assertThat(EmbeddedDatabase.prepare(folder, true).urlClosedByHost())
                .endsWith("caseload;CIPHER=AES;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE");

        try (JdbcStorage storage = JdbcStorage.embedded(folder, password(), EmbeddedOption.FILE_CIPHER,
                EmbeddedOption.CLOSED_BY_HOST)) {
            storage.inTransaction(session -> session.clients().insert(client("org-a")));
        }

        // Closed with the storage: another storage opens the file, and finds what was written.
        try (JdbcStorage again = JdbcStorage.embedded(folder, password(), EmbeddedOption.FILE_CIPHER)) {
            List<ClientRecord> stored = again.inTransaction(session -> session.clients()
                    .scan(new ClientScan(Set.of(), null, 10)));
            assertThat(stored).hasSize(1);
        }
    }

    @SuppressWarnings("deprecation")
    private static JdbcStorage openWithoutPassword(Path folder) {
        return JdbcStorage.embedded(folder);
    }

    private static void store(JdbcStorage storage, String marker) {
        try (storage) {
            inUnit(storage, session -> session.clients().insert(client(marker, unique("org"), Set.of("key"))));
        }
    }

    private static boolean containsInAnyFile(Path folder, String text) throws IOException {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        for (Path file : filesIn(folder)) {
            if (indexOf(Files.readAllBytes(file), wanted) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void assumePosix() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "the file system has no POSIX permissions");
    }

    private static char[] password() {
        return PASSWORD.toCharArray();
    }

    private static Optional<ClientRecord> findClient(Storage storage, String id) {
        return storage.inTransaction(session -> session.clients().findById(id));
    }
}
