// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.Storage;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways to make a {@link JdbcStorage}, and what each keeps and refuses. */
class JdbcStorageFactoryTest {

    private static final String PASSWORD = "factory-Test-1";

    @TempDir
    Path folder;

    @Test
    void anEmbeddedDatabaseKeepsItsDataAcrossRestarts() {
        ClientRecord client = client(unique("org"), "key");
        try (JdbcStorage storage = JdbcStorage.embedded(folder, PASSWORD.toCharArray())) {
            inUnit(storage, session -> session.clients().insert(client));
        }

        try (JdbcStorage restarted = JdbcStorage.embedded(folder, PASSWORD.toCharArray())) {
            assertThat(findClient(restarted, client.id())).contains(client);
        }
    }

    @Test
    void anEmbeddedDatabaseCreatesItsMissingFolder() {
        Path nested = folder.resolve("not").resolve("yet").resolve("there");

        try (JdbcStorage storage = JdbcStorage.embedded(nested, PASSWORD.toCharArray())) {
            assertThat(findClient(storage, "any")).isEmpty();
        }
        assertThat(nested).isDirectory();
    }

    @Test
    void anEmbeddedDatabaseRefusesAFolderWhosePathH2CannotCarry() {
        assertThatThrownBy(() -> JdbcStorage.embedded(folder.resolve("a;b"), PASSWORD.toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain ';'");
    }

    @Test
    void theDeprecatedEmbeddedDatabaseWithoutAPasswordStillOpensAndKeepsItsData() {
        ClientRecord client = client(unique("org"), "key");
        try (JdbcStorage storage = embeddedWithoutPassword(folder)) {
            inUnit(storage, session -> session.clients().insert(client));
        }

        try (JdbcStorage restarted = embeddedWithoutPassword(folder)) {
            assertThat(findClient(restarted, client.id())).contains(client);
        }
    }

    @SuppressWarnings("deprecation")
    private static JdbcStorage embeddedWithoutPassword(Path folder) {
        return JdbcStorage.embedded(folder);
    }

    @Test
    void inMemoryStoragesShareTheirDatabaseByName() {
        String name = "shared-" + UUID.randomUUID();
        ClientRecord client = client(unique("org"));
        try (JdbcStorage writer = JdbcStorage.inMemory(name);
             JdbcStorage sameName = JdbcStorage.inMemory(name);
             JdbcStorage otherName = JdbcStorage.inMemory("other-" + UUID.randomUUID())) {
            inUnit(writer, session -> session.clients().insert(client));

            assertThat(findClient(sameName, client.id())).contains(client);
            assertThat(findClient(otherName, client.id())).isEmpty();
        }
    }

    @Test
    void anInMemoryDatabaseRefusesANameH2WouldReadAsSettings() {
        assertThatThrownBy(() -> JdbcStorage.inMemory("demo;INIT=RUNSCRIPT FROM 'x.sql'"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> JdbcStorage.inMemory(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> JdbcStorage.create(null)).hasMessage("dataSource");
        assertThatThrownBy(() -> embeddedWithoutPassword(null)).hasMessage("folder");
        assertThatThrownBy(() -> JdbcStorage.inMemory(null)).hasMessage("name");
        try (JdbcStorage storage = JdbcStorage.inMemory("nulls-" + UUID.randomUUID())) {
            assertThatThrownBy(() -> storage.inTransaction(null)).hasMessage("work");
        }
    }

    @Test
    void aClosedStorageRefusesNewUnitsAndClosesOnlyOnce() {
        JdbcStorage storage = JdbcStorage.inMemory("closed-" + UUID.randomUUID());
        storage.close();
        storage.close();

        assertThatThrownBy(() -> findClient(storage, "any"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void closingAStorageLeavesTheHostsDataSourceOpen() {
        JdbcConnectionPool hostPool = JdbcConnectionPool.create("jdbc:h2:mem:host-" + UUID.randomUUID(), "sa", "");
        try {
            JdbcStorage.create(hostPool).close();

            JdbcStorage again = JdbcStorage.create(hostPool);
            assertThat(findClient(again, "any")).isEmpty();
        } finally {
            hostPool.dispose();
        }
    }

    @Test
    void aDatabaseOtherThanH2OrPostgresqlIsRefused() {
        assertThatThrownBy(() -> JdbcStorage.create(reportingProduct("Apache Derby")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("caseload-jdbc runs on H2 or PostgreSQL; the DataSource connects to Apache Derby");
    }

    private static Optional<ClientRecord> findClient(Storage storage, String id) {
        return storage.inTransaction(session -> session.clients().findById(id));
    }

    /** A data source whose connections say they are {@code productName} and do nothing else. */
    private static DataSource reportingProduct(String productName) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (method, args) ->
                method.equals("getDatabaseProductName") ? productName : null);
        Connection connection = proxy(Connection.class, (method, args) ->
                method.equals("getMetaData") ? metaData : null);
        return proxy(DataSource.class, (method, args) -> method.equals("getConnection") ? connection : null);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String methodName, Object[] args);
    }
}
