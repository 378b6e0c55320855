// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.help.ArticleFeedbackStore;
import org.caseload.spi.storage.audit.AuditStore;
import org.caseload.spi.storage.casework.CaseNoteStore;
import org.caseload.spi.storage.desk.DeskHistoryStore;
import org.caseload.spi.storage.desk.DeskTicketStore;
import org.caseload.spi.storage.messaging.ReceivedMessageStore;
import org.caseload.spi.storage.messaging.SupportSequenceStore;
import org.caseload.spi.storage.clients.ClientLinkStore;
import org.caseload.spi.storage.clients.ClientMergeStore;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.casework.EnrollmentStore;
import org.caseload.spi.storage.casework.HouseholdStore;
import org.caseload.spi.storage.messaging.OutboxStore;
import org.caseload.spi.storage.casework.ProjectStore;
import org.caseload.spi.storage.help.SearchMissStore;
import org.caseload.spi.storage.tickets.SlaClockStore;
import org.caseload.spi.storage.sharing.SharingAgreementStore;
import org.caseload.spi.storage.sharing.ConsentStore;
import org.caseload.spi.storage.casework.ServiceCatalogStore;
import org.caseload.spi.storage.casework.ServiceDeliveryStore;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.tickets.TicketHistoryStore;
import org.caseload.spi.storage.tickets.TicketStore;

/**
 * One unit of work: its connection (autocommit off), the thread that owns it, and the stores
 * bound to it. The stores run their statements through {@link #update} and {@link #query}, which
 * turn every {@link SQLException} into a {@link StorageException}.
 *
 * <p>A database error dooms the unit: PostgreSQL refuses every further statement of a transaction
 * after an error, so the unit is marked rollback-only on every database alike, and a unit that
 * catches the exception and returns normally still fails at commit.
 */
final class JdbcSession implements StorageSession {

    /** The SQLState of a unique or primary-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Binds the parameters of a statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Binds the parameters of one element of a batch. */
    @FunctionalInterface
    interface BatchBinder<E> {
        void bind(PreparedStatement statement, E element) throws SQLException;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final Thread owner = Thread.currentThread();
    private final ClientStore clients = new JdbcClientStore(this);
    private final TicketStore tickets = new JdbcTicketStore(this);
    private final AuditStore audit = new JdbcAuditStore(this);
    private final OutboxStore outbox = new JdbcOutboxStore(this);
    private final ArticleFeedbackStore articleFeedback = new JdbcArticleFeedbackStore(this);
    private final SearchMissStore searchMisses = new JdbcSearchMissStore(this);
    private final HouseholdStore households = new JdbcHouseholdStore(this);
    private final ProjectStore projects = new JdbcProjectStore(this);
    private final EnrollmentStore enrollments = new JdbcEnrollmentStore(this);
    private final CaseNoteStore caseNotes = new JdbcCaseNoteStore(this);
    private final ServiceCatalogStore serviceCatalog = new JdbcServiceCatalogStore(this);
    private final ServiceDeliveryStore serviceDeliveries = new JdbcServiceDeliveryStore(this);
    private final TicketHistoryStore ticketHistory = new JdbcTicketHistoryStore(this);
    private final DeskTicketStore deskTickets = new JdbcDeskTicketStore(this);
    private final DeskHistoryStore deskHistory = new JdbcDeskHistoryStore(this);
    private final ReceivedMessageStore receivedMessages = new JdbcReceivedMessageStore(this);
    private final SupportSequenceStore supportSequences = new JdbcSupportSequenceStore(this);
    private final ClientMergeStore clientMerges = new JdbcClientMergeStore(this);
    private final ClientLinkStore clientLinks = new JdbcClientLinkStore(this);
    private final SlaClockStore slaClocks = new JdbcSlaClockStore(this);
    private final SharingAgreementStore sharingAgreements = new JdbcSharingAgreementStore(this);
    private final ConsentStore consents = new JdbcConsentStore(this);
    private boolean open = true;
    private StorageException doomedBy;

    JdbcSession(Connection connection) {
        this.connection = connection;
    }

    @Override
    public ClientStore clients() {
        return clients;
    }

    @Override
    public TicketStore tickets() {
        return tickets;
    }

    @Override
    public AuditStore audit() {
        return audit;
    }

    @Override
    public OutboxStore outbox() {
        return outbox;
    }

    @Override
    public ArticleFeedbackStore articleFeedback() {
        return articleFeedback;
    }

    @Override
    public SearchMissStore searchMisses() {
        return searchMisses;
    }

    @Override
    public HouseholdStore households() {
        return households;
    }

    @Override
    public ProjectStore projects() {
        return projects;
    }

    @Override
    public EnrollmentStore enrollments() {
        return enrollments;
    }

    @Override
    public CaseNoteStore caseNotes() {
        return caseNotes;
    }

    @Override
    public ServiceCatalogStore serviceCatalog() {
        return serviceCatalog;
    }

    @Override
    public ServiceDeliveryStore serviceDeliveries() {
        return serviceDeliveries;
    }

    @Override
    public TicketHistoryStore ticketHistory() {
        return ticketHistory;
    }

    @Override
    public DeskTicketStore deskTickets() {
        return deskTickets;
    }

    @Override
    public DeskHistoryStore deskHistory() {
        return deskHistory;
    }

    @Override
    public ReceivedMessageStore receivedMessages() {
        return receivedMessages;
    }

    @Override
    public SupportSequenceStore supportSequences() {
        return supportSequences;
    }

    @Override
    public ClientMergeStore clientMerges() {
        return clientMerges;
    }

    @Override
    public ClientLinkStore clientLinks() {
        return clientLinks;
    }

    @Override
    public SlaClockStore slaClocks() {
        return slaClocks;
    }

    @Override
    public SharingAgreementStore sharingAgreements() {
        return sharingAgreements;
    }

    @Override
    public ConsentStore consents() {
        return consents;
    }

    /**
     * Runs an INSERT, UPDATE or DELETE.
     *
     * @param operation what the statement does, for the message of a failure; never personal data
     * @return the number of rows it changed
     */
    int update(String operation, String sql, Binder binder) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /** Runs one statement once per element of {@code batch}, in one round trip where the driver can. */
    <E> int[] updateEach(String operation, String sql, Collection<E> batch, BatchBinder<E> binder) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (E element : batch) {
                binder.bind(statement, element);
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * Runs a SELECT and reads every row.
     *
     * @param operation what the statement does, for the message of a failure; never personal data
     */
    <T> List<T> query(String operation, String sql, Binder binder, RowReader<T> reader) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /** A SQL array of text, for {@code column = ANY(?)}. */
    Array textArray(Collection<String> values) {
        try {
            return connection().createArrayOf("VARCHAR", values.toArray());
        } catch (SQLException e) {
            throw failure("create a parameter array", e);
        }
    }

    /** Commits, unless a storage failure has doomed the unit. */
    void commit() {
        if (doomedBy != null) {
            throw new StorageException("the unit of work was rolled back: a storage failure inside it ("
                    + doomedBy.getMessage() + ") was caught and the unit went on", doomedBy);
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new StorageException("could not commit the unit of work", e);
        }
    }

    /** Rolls back after {@code failure}, keeping any rollback error beside it. */
    void rollbackAfter(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Ends the session and gives the connection back. Failures are not reported: the unit's
     * outcome is already decided, and a connection that cannot be reset is discarded by its pool.
     */
    void end() {
        open = false;
        try (Connection done = connection) {
            done.setAutoCommit(true);
        } catch (SQLException e) {
            // See above: nothing the caller could act on.
        }
    }

    private Connection connection() {
        if (!open) {
            throw new IllegalStateException("a store was used after its unit of work ended");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a store was used on " + Thread.currentThread().getName()
                    + ", not on the thread running its unit of work");
        }
        return connection;
    }

    private StorageException failure(String operation, SQLException cause) {
        String reason = UNIQUE_VIOLATION.equals(cause.getSQLState())
                ? "a record with the same id already exists"
                : "the database failed with SQLState " + cause.getSQLState();
        StorageException failure = new StorageException("could not " + operation + ": " + reason, cause);
        if (doomedBy == null) {
            doomedBy = failure;
        }
        return failure;
    }
}
