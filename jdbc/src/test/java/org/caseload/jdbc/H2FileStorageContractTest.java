// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.AfterContainer;
import org.caseload.spi.storage.Storage;
import org.caseload.tck.StorageContract;
import org.junit.jupiter.api.AfterAll;

/**
 * The contract test kit on the embedded default, an H2 database file, shared by every test of the
 * class and never cleaned (the kit's records never collide).
 */
class H2FileStorageContractTest implements StorageContract {

    private static Path folder;
    private static JdbcStorage storage;

    @Override
    public Storage storage() {
        return sharedStorage();
    }

    // JUnit Jupiter and jqwik run this class's tests one engine after the other, each with its own
    // lifecycle, so the storage is opened on first use and closed after each engine's run.
    private static synchronized JdbcStorage sharedStorage() {
        if (storage == null) {
            try {
                folder = Files.createTempDirectory("caseload-h2-file-tck");
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a temporary folder", e);
            }
            storage = JdbcStorage.embedded(folder.resolve("data"), "tck-Password-1".toCharArray(),
                    EmbeddedOption.FILE_CIPHER);
        }
        return storage;
    }

    @AfterAll
    @AfterContainer
    static synchronized void closeStorage() throws IOException {
        if (storage != null) {
            storage.close();
            storage = null;
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
