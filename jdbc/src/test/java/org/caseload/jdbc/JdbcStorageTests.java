// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.sparseClient;
import static org.caseload.tck.TckFixtures.ticket;
import static org.caseload.tck.TckFixtures.unique;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.clients.ContactInfo;
import org.caseload.spi.storage.clients.Demographics;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.caseload.spi.storage.clients.PersonName;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What a JDBC storage must do beyond the contract test kit, run on every database it supports:
 * failures of the database surface as {@link StorageException} and leave nothing behind, the
 * schema version is checked at start, and values come back exactly on every database.
 */
abstract class JdbcStorageTests {

    /** Unpooled connections to a new, empty database (or schema) that only this test uses. */
    abstract DataSource newDatabase();

    /** Breaks a connection underneath its user, as a crashed server or a cut network would. */
    abstract void breakConnection(Connection connection) throws SQLException;

    /** Makes new connections from {@code dataSource} fail, as when the server is down. */
    abstract void makeUnreachable(DataSource dataSource);

    @Test
    void aConstraintViolationIsAStorageExceptionWithItsCauseAndTheUnitLeavesNothingBehind() {
        JdbcStorage storage = JdbcStorage.create(newDatabase());
        ClientRecord existing = client(unique("org"), "key");
        inUnit(storage, session -> session.clients().insert(existing));
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));

        assertThatThrownBy(() -> inUnit(storage, session -> {
            session.tickets().insert(ticket);
            session.clients().insert(client(existing.id(), unique("org"), Set.of("other-key")));
        }))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(existing.id())
                .hasCauseInstanceOf(SQLException.class);

        assertThat(findTicket(storage, ticket.id())).isEmpty();
        assertThat(findClient(storage, existing.id())).contains(existing);
    }

    @Test
    void aStorageFailureThatTheWorkCatchesStillRollsTheUnitBack() {
        JdbcStorage storage = JdbcStorage.create(newDatabase());
        ClientRecord existing = client(unique("org"));
        inUnit(storage, session -> session.clients().insert(existing));
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));

        assertThatThrownBy(() -> inUnit(storage, session -> {
            session.tickets().insert(ticket);
            try {
                session.clients().insert(existing);
            } catch (StorageException ignored) {
                // The work goes on as if nothing happened; the commit must not.
            }
        }))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("rolled back")
                .hasCauseInstanceOf(StorageException.class);

        assertThat(findTicket(storage, ticket.id())).isEmpty();
    }

    @Test
    void aConnectionLostInsideAUnitIsAStorageExceptionAndTheUnitLeavesNothingBehind() {
        RecordingDataSource dataSource = new RecordingDataSource(newDatabase());
        JdbcStorage storage = JdbcStorage.create(dataSource);
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));

        assertThatThrownBy(() -> inUnit(storage, session -> {
            session.tickets().insert(ticket);
            try {
                breakConnection(dataSource.lastConnection());
            } catch (SQLException e) {
                throw new AssertionError("could not break the connection", e);
            }
            session.tickets().findById(ticket.id());
        }))
                .isInstanceOf(StorageException.class)
                .hasCauseInstanceOf(SQLException.class);

        assertThat(findTicket(storage, ticket.id())).isEmpty();
    }

    @Test
    void anUnreachableDatabaseIsAStorageExceptionWhenAUnitBegins() {
        DataSource dataSource = newDatabase();
        JdbcStorage storage = JdbcStorage.create(dataSource);
        makeUnreachable(dataSource);

        assertThatThrownBy(() -> storage.inTransaction(session -> session.clients().findById("any")))
                .isInstanceOf(StorageException.class)
                .hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void aDatabaseThatANewerReleaseUpgradedRefusesToStart() throws SQLException {
        DataSource dataSource = newDatabase();
        JdbcStorage.create(dataSource);
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            // Flyway quotes the names of its history table and columns.
            statement.executeUpdate("INSERT INTO \"" + SchemaMigration.HISTORY_TABLE + "\" (\"installed_rank\","
                    + " \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                    + " \"execution_time\", \"success\")"
                    + " VALUES (100, '999', 'from a newer release', 'SQL', 'V999__from_a_newer_release.sql', 0,"
                    + " 'test', 0, TRUE)");
        }

        assertThatThrownBy(() -> JdbcStorage.create(dataSource))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("at version 999, newer than version ");
    }

    @Test
    void aRestartOnAnUpToDateSchemaKeepsTheData() {
        DataSource dataSource = newDatabase();
        ClientRecord client = client(unique("org"), "key");
        inUnit(JdbcStorage.create(dataSource), session -> session.clients().insert(client));

        JdbcStorage restarted = JdbcStorage.create(dataSource);

        assertThat(findClient(restarted, client.id())).contains(client);
    }

    @Test
    void clientsStoredBeforeTheHudElementsReadBackWithEveryNewElementNotCollected() throws SQLException {
        DataSource dataSource = migratedTo("2");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO client (id, organization_id, first_name, middle_name, last_name, suffix,"
                    + " date_of_birth, created_at_epoch_ns, updated_at_epoch_ns, version) VALUES"
                    + " ('with-dob', 'org', 'Ada', NULL, 'Lovelace', NULL, DATE '1990-12-10', 0, 0, 3),"
                    + " ('without-dob', 'org', 'Alan', NULL, 'Turing', NULL, NULL, 0, 0, 1)");
        }

        JdbcStorage storage = JdbcStorage.create(dataSource);

        ClientRecord withDob = findClient(storage, "with-dob").orElseThrow();
        ClientRecord withoutDob = findClient(storage, "without-dob").orElseThrow();
        assertThat(withDob.identity()).isEqualTo(new ClientIdentity(new PersonName("Ada", null, "Lovelace", null),
                NameDataQuality.FULL, List.of(), null, SsnDataQuality.DATA_NOT_COLLECTED, LocalDate.of(1990, 12, 10),
                DobDataQuality.FULL));
        assertThat(withoutDob.identity().dobQuality()).isEqualTo(DobDataQuality.DATA_NOT_COLLECTED);
        assertThat(withDob.demographics()).isEqualTo(new Demographics(Set.of(RaceAndEthnicity.DATA_NOT_COLLECTED),
                Set.of(Gender.DATA_NOT_COLLECTED), NoYesReasons.DATA_NOT_COLLECTED));
        assertThat(withDob.contact()).isEqualTo(ContactInfo.NONE);
        assertThat(withDob.forms()).isEmpty();
        assertThat(withDob.version()).isEqualTo(3);
    }

    @Test
    void ticketsEscalatedBeforeRoundsExistedAreInRoundOneAndStillWithTheVendorWhileEscalated() throws SQLException {
        DataSource dataSource = migratedTo("50");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String[] ticket : new String[][] {{"escalated", "ESCALATED"}, {"resolved", "RESOLVED"},
                    {"local", "IN_PROGRESS"}}) {
                statement.execute("INSERT INTO ticket (id, organization_id, reporter_user_id, kind, status,"
                        + " description, screen_id, contact_name, contact_method, created_at_epoch_ns,"
                        + " updated_at_epoch_ns, status_changed_at_epoch_ns, version) VALUES ('" + ticket[0]
                        + "', 'org', 'u-1', 'ISSUE', '" + ticket[1] + "', 'Slow', 'intake', 'Riley', 'IN_APP',"
                        + " 0, 0, 0, 2)");
            }
            for (String ticketId : new String[] {"escalated", "resolved"}) {
                statement.execute("INSERT INTO ticket_history (id, ticket_id, occurred_at_epoch_ns, actor_user_id,"
                        + " actor_name, event_type, from_status, to_status) VALUES ('h-" + ticketId + "', '"
                        + ticketId + "', 0, 'u-2', 'Ada', 'STATUS_CHANGED', 'SUBMITTED', 'ESCALATED')");
            }
        }

        JdbcStorage storage = JdbcStorage.create(dataSource);

        TicketRecord escalated = findTicket(storage, "escalated").orElseThrow();
        TicketRecord resolved = findTicket(storage, "resolved").orElseThrow();
        TicketRecord local = findTicket(storage, "local").orElseThrow();
        assertThat(List.of(escalated.escalationRound(), resolved.escalationRound(), local.escalationRound()))
                .containsExactly(1, 1, 0);
        assertThat(List.of(escalated.withVendor(), resolved.withVendor(), local.withVendor()))
                .containsExactly(true, false, false);
    }

    @Test
    void clientsStoredBeforeTheirKeysWereKeptInTheRowReadBackAndRankByTheirKeys() throws SQLException {
        DataSource dataSource = migratedTo("91");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO client (id, organization_id, first_name, middle_name, last_name, suffix,"
                    + " date_of_birth, created_at_epoch_ns, updated_at_epoch_ns, version, name_quality, ssn_quality,"
                    + " dob_quality, race_and_ethnicity, gender, veteran_status) VALUES"
                    + " ('a-one-key', 'org', 'Ada', NULL, 'Lovelace', NULL, NULL, 0, 0, 1, 1, 99, 99, '99', '99', 99),"
                    + " ('b-two-keys', 'org', 'Alan', NULL, 'Turing', NULL, NULL, 0, 0, 1, 1, 99, 99, '99', '99', 99)");
            statement.execute("INSERT INTO client_match_key (match_key, client_id) VALUES ('selects', 'a-one-key'),"
                    + " ('selects', 'b-two-keys'), ('ranks', 'b-two-keys')");
        }

        JdbcStorage storage = JdbcStorage.create(dataSource);

        assertThat(findClient(storage, "b-two-keys").orElseThrow().matchKeys()).containsExactlyInAnyOrder("selects",
                "ranks");
        List<ClientRecord> found = storage.inTransaction(session -> session.clients().findByMatchKeys(
                new MatchKeyQuery(Set.of("selects"), Set.of("org"), null, 10, Set.of("ranks"))));
        assertThat(found).extracting(ClientRecord::id).containsExactly("b-two-keys", "a-one-key");
    }

    /** A new database migrated up to {@code version} only, as an older release left it. */
    private DataSource migratedTo(String version) throws SQLException {
        DataSource dataSource = newDatabase();
        Dialect dialect;
        try (Connection connection = dataSource.getConnection()) {
            dialect = Dialect.ofProduct(connection.getMetaData().getDatabaseProductName());
        }
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/caseload-schema/common", dialect.migrationLocation())
                .placeholders(dialect.placeholders()).table(SchemaMigration.HISTORY_TABLE)
                .target(version).load().migrate();
        return dataSource;
    }

    @Test
    void idsBreakTiesByCharacterCodeWhateverTheDatabaseLocale() {
        JdbcStorage storage = JdbcStorage.create(newDatabase());
        String org = unique("org");
        String key = unique("key");
        List<String> ids = new ArrayList<>(List.of("b-1", "B-2", "a_3", "A-4", "a-5", "ab", "a b", "Z", "é"));
        inUnit(storage, session -> ids.forEach(id -> {
            session.clients().insert(client(id + org, org, Set.of(key)));
            session.tickets().insert(ticket(id + org, org, TicketStatus.SUBMITTED, at(0)));
        }));
        List<String> expected = ids.stream().map(id -> id + org).sorted().toList();

        List<ClientRecord> clients = storage.inTransaction(session -> session.clients()
                .findByMatchKeys(new MatchKeyQuery(Set.of(key), Set.of(org), 100)));
        List<TicketRecord> tickets = storage.inTransaction(session -> session.tickets()
                .find(new TicketQuery(org, Set.of(), 0, 100)));

        assertThat(clients).extracting(ClientRecord::id).containsExactlyElementsOf(expected);
        assertThat(tickets).extracting(TicketRecord::id).containsExactlyElementsOf(expected);
    }

    @Test
    void instantsDatesAndTextComeBackExactly() {
        JdbcStorage storage = JdbcStorage.create(newDatabase());
        ClientRecord sparse = sparseClient(unique("client"), unique("org"));
        ClientRecord client = new ClientRecord(sparse.id(), sparse.organizationId(),
                new ClientIdentity(new PersonName("Zoë", "Ngọc", "O'Brien-Łukasz", "名前 😀"), NameDataQuality.FULL,
                        List.of(), null, SsnDataQuality.DATA_NOT_COLLECTED, LocalDate.of(1901, 2, 28),
                        DobDataQuality.FULL),
                sparse.demographics(), sparse.contact(), sparse.forms(), Set.of("zoë", "名前"),
                Instant.parse("1970-01-01T00:00:00.000000001Z"), Instant.parse("2262-04-11T23:47:16.854775807Z"), 1);

        inUnit(storage, session -> session.clients().insert(client));

        assertThat(findClient(storage, client.id())).contains(client);
    }

    @Test
    void aStoreUsedOutsideItsUnitOfWorkRefusesToRun() {
        JdbcStorage storage = JdbcStorage.create(newDatabase());
        AtomicReference<ClientStore> escaped = new AtomicReference<>();
        Throwable fromAnotherThread = storage.inTransaction(session -> {
            escaped.set(session.clients());
            return CompletableFuture.supplyAsync(() -> catchFailure(() -> session.clients().findById("any"))).join();
        });

        assertThat(fromAnotherThread).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not on the thread running its unit of work");
        assertThatThrownBy(() -> escaped.get().findById("any"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after its unit of work ended");
    }

    private static Optional<ClientRecord> findClient(JdbcStorage storage, String id) {
        return storage.inTransaction(session -> session.clients().findById(id));
    }

    private static Optional<TicketRecord> findTicket(JdbcStorage storage, String id) {
        return storage.inTransaction(session -> session.tickets().findById(id));
    }

    private static Throwable catchFailure(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
