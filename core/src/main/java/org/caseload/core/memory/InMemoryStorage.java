// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
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
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.tickets.TicketHistoryStore;
import org.caseload.spi.storage.tickets.TicketStore;
import org.caseload.spi.storage.UnitOfWork;

/**
 * A {@link Storage} that keeps everything in memory, for tests, demos, harnesses and hosts that do
 * not need durability. It passes the same contract test kit as the database storages.
 *
 * <p>Units of work are serialized by one lock, which makes them fully isolated; each write is
 * applied at once and undone in reverse order if the unit throws, so a failed unit leaves nothing
 * behind. Records are immutable, so nothing a caller holds can change what is stored.
 * Thread-safe. Contents are lost when the object is discarded.
 */
public final class InMemoryStorage implements Storage {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    private final MemoryClientStore clients = new MemoryClientStore();
    private final MemoryTicketStore tickets = new MemoryTicketStore();
    private final MemoryAuditStore audit = new MemoryAuditStore();
    private final MemoryOutboxStore outbox = new MemoryOutboxStore();
    private final MemoryHouseholdStore households = new MemoryHouseholdStore();
    private final MemoryProjectStore projects = new MemoryProjectStore();
    private final MemoryEnrollmentStore enrollments = new MemoryEnrollmentStore();
    private final MemoryCaseNoteStore caseNotes = new MemoryCaseNoteStore();
    private final MemoryServiceCatalogStore serviceCatalog = new MemoryServiceCatalogStore();
    private final MemoryServiceDeliveryStore serviceDeliveries = new MemoryServiceDeliveryStore();
    private final MemoryArticleFeedbackStore articleFeedback = new MemoryArticleFeedbackStore();
    private final MemorySearchMissStore searchMisses = new MemorySearchMissStore();
    private final MemoryTicketHistoryStore ticketHistory = new MemoryTicketHistoryStore(tickets::contains);
    private final MemoryDeskTicketStore deskTickets = new MemoryDeskTicketStore();
    private final MemoryDeskHistoryStore deskHistory = new MemoryDeskHistoryStore(deskTickets::contains);
    private final MemoryReceivedMessageStore receivedMessages = new MemoryReceivedMessageStore();
    private final MemorySupportSequenceStore supportSequences = new MemorySupportSequenceStore();
    private final MemoryClientMergeStore clientMerges = new MemoryClientMergeStore();
    private final MemoryClientLinkStore clientLinks = new MemoryClientLinkStore();
    private final MemorySlaClockStore slaClocks = new MemorySlaClockStore();
    private final MemorySharingAgreementStore sharingAgreements = new MemorySharingAgreementStore();
    private final MemoryConsentStore consents = new MemoryConsentStore();

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        Session joined = current.get();
        if (joined != null) {
            return work.run(joined);
        }
        lock.lock();
        Session session = new Session();
        current.set(session);
        try {
            T result = work.run(session);
            session.undoLog.clear();
            return result;
        } catch (Throwable e) {
            // Throwable, not RuntimeException: code from other JVM languages throws undeclared
            // checked exceptions, and those must roll back too.
            session.rollback();
            throw e;
        } finally {
            current.remove();
            lock.unlock();
        }
    }

    /** One unit of work: the stores bound to its undo log. */
    private final class Session implements StorageSession {
        private final List<Runnable> undoLog = new ArrayList<>();
        private final ClientStore clientView = clients.bind(undoLog);
        private final TicketStore ticketView = tickets.bind(undoLog);
        private final AuditStore auditView = audit.bind(undoLog);
        private final OutboxStore outboxView = outbox.bind(undoLog);
        private final HouseholdStore householdView = households.bind(undoLog);
        private final ProjectStore projectView = projects.bind(undoLog);
        private final EnrollmentStore enrollmentView = enrollments.bind(undoLog);
        private final CaseNoteStore caseNoteView = caseNotes.bind(undoLog);
        private final ServiceCatalogStore serviceCatalogView = serviceCatalog.bind(undoLog);
        private final ServiceDeliveryStore serviceDeliveryView = serviceDeliveries.bind(undoLog);
        private final ArticleFeedbackStore articleFeedbackView = articleFeedback.bind(undoLog);
        private final SearchMissStore searchMissView = searchMisses.bind(undoLog);
        private final TicketHistoryStore ticketHistoryView = ticketHistory.bind(undoLog);
        private final DeskTicketStore deskTicketView = deskTickets.bind(undoLog);
        private final DeskHistoryStore deskHistoryView = deskHistory.bind(undoLog);
        private final ReceivedMessageStore receivedMessageView = receivedMessages.bind(undoLog);
        private final SupportSequenceStore supportSequenceView = supportSequences.bind(undoLog);
        private final ClientMergeStore clientMergeView = clientMerges.bind(undoLog);
        private final ClientLinkStore clientLinkView = clientLinks.bind(undoLog);
        private final SlaClockStore slaClockView = slaClocks.bind(undoLog);
        private final SharingAgreementStore sharingAgreementView = sharingAgreements.bind(undoLog);
        private final ConsentStore consentView = consents.bind(undoLog);

        @Override
        public ClientStore clients() {
            return clientView;
        }

        @Override
        public TicketStore tickets() {
            return ticketView;
        }

        @Override
        public AuditStore audit() {
            return auditView;
        }

        @Override
        public OutboxStore outbox() {
            return outboxView;
        }

        @Override
        public ArticleFeedbackStore articleFeedback() {
            return articleFeedbackView;
        }

        @Override
        public SearchMissStore searchMisses() {
            return searchMissView;
        }

        @Override
        public HouseholdStore households() {
            return householdView;
        }

        @Override
        public ProjectStore projects() {
            return projectView;
        }

        @Override
        public EnrollmentStore enrollments() {
            return enrollmentView;
        }

        @Override
        public CaseNoteStore caseNotes() {
            return caseNoteView;
        }

        @Override
        public ServiceCatalogStore serviceCatalog() {
            return serviceCatalogView;
        }

        @Override
        public ServiceDeliveryStore serviceDeliveries() {
            return serviceDeliveryView;
        }

        @Override
        public TicketHistoryStore ticketHistory() {
            return ticketHistoryView;
        }

        @Override
        public DeskTicketStore deskTickets() {
            return deskTicketView;
        }

        @Override
        public DeskHistoryStore deskHistory() {
            return deskHistoryView;
        }

        @Override
        public ReceivedMessageStore receivedMessages() {
            return receivedMessageView;
        }

        @Override
        public SupportSequenceStore supportSequences() {
            return supportSequenceView;
        }

        @Override
        public ClientMergeStore clientMerges() {
            return clientMergeView;
        }

        @Override
        public ClientLinkStore clientLinks() {
            return clientLinkView;
        }

        @Override
        public SlaClockStore slaClocks() {
            return slaClockView;
        }

        @Override
        public SharingAgreementStore sharingAgreements() {
            return sharingAgreementView;
        }

        @Override
        public ConsentStore consents() {
            return consentView;
        }

        void rollback() {
            for (int i = undoLog.size() - 1; i >= 0; i--) {
                undoLog.get(i).run();
            }
            undoLog.clear();
        }
    }
}
