// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage;

import org.caseload.spi.storage.audit.AuditStore;
import org.caseload.spi.storage.casework.CaseNoteStore;
import org.caseload.spi.storage.channel.ChannelCredentialStore;
import org.caseload.spi.storage.casework.EnrollmentStore;
import org.caseload.spi.storage.casework.HouseholdStore;
import org.caseload.spi.storage.casework.ProjectStore;
import org.caseload.spi.storage.casework.ServiceCatalogStore;
import org.caseload.spi.storage.casework.ServiceDeliveryStore;
import org.caseload.spi.storage.clients.ClientLinkStore;
import org.caseload.spi.storage.clients.ClientMergeStore;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.desk.DeskHistoryStore;
import org.caseload.spi.storage.desk.DeskTicketStore;
import org.caseload.spi.storage.help.ArticleFeedbackStore;
import org.caseload.spi.storage.help.SearchMissStore;
import org.caseload.spi.storage.help.ArticleRevisionStore;
import org.caseload.spi.storage.help.SuggestionEventStore;
import org.caseload.spi.storage.hmis.HmisRecordStore;
import org.caseload.spi.storage.messaging.OutboxStore;
import org.caseload.spi.storage.messaging.ReceivedMessageStore;
import org.caseload.spi.storage.messaging.SupportSequenceStore;
import org.caseload.spi.storage.sharing.ConsentStore;
import org.caseload.spi.storage.sharing.SharingAgreementStore;
import org.caseload.spi.storage.tickets.SlaClockStore;
import org.caseload.spi.storage.tickets.TicketHistoryStore;
import org.caseload.spi.storage.tickets.TicketStore;

/**
 * The stores of one unit of work, all bound to its transaction. Valid only inside
 * {@link Storage#inTransaction} and only on the thread running it.
 *
 * <p>Every store is reached through {@link #store(Class)}; the named accessors below are
 * shorthands for it, one line per store interface of the SPI, so callers read
 * {@code session.tickets()} rather than {@code session.store(TicketStore.class)}. A storage
 * implements {@link #store(Class)} only.
 */
public interface StorageSession {

    /**
     * The store of the given type bound to this session.
     *
     * <p>Within one session every call with the same type returns the same instance. Which types a
     * storage knows depends on the modules that contributed stores to it: an in-memory storage knows
     * the stores of {@code caseload-core} and of the feature modules on the class or module path
     * ({@code caseload-ticketing}, {@code caseload-help}); a database storage knows every store
     * interface of the SPI.
     *
     * @param storeType a store interface of the SPI, such as {@code TicketStore.class}; not null
     * @param <S>       the store interface
     * @return the store bound to this session's unit of work; never null
     * @throws org.caseload.spi.error.ConfigurationException when no module contributed a store of
     *         this type to the storage; the message names the type and the module that provides it
     */
    <S> S store(Class<S> storeType);

    default ClientStore clients() {
        return store(ClientStore.class);
    }

    default TicketStore tickets() {
        return store(TicketStore.class);
    }

    default AuditStore audit() {
        return store(AuditStore.class);
    }

    default OutboxStore outbox() {
        return store(OutboxStore.class);
    }

    default ArticleFeedbackStore articleFeedback() {
        return store(ArticleFeedbackStore.class);
    }

    default SearchMissStore searchMisses() {
        return store(SearchMissStore.class);
    }

    default ArticleRevisionStore articleRevisions() {
        return store(ArticleRevisionStore.class);
    }

    default SuggestionEventStore suggestionEvents() {
        return store(SuggestionEventStore.class);
    }

    default HmisRecordStore hmisRecords() {
        return store(HmisRecordStore.class);
    }

    default HouseholdStore households() {
        return store(HouseholdStore.class);
    }

    default ProjectStore projects() {
        return store(ProjectStore.class);
    }

    default EnrollmentStore enrollments() {
        return store(EnrollmentStore.class);
    }

    default CaseNoteStore caseNotes() {
        return store(CaseNoteStore.class);
    }

    default ServiceCatalogStore serviceCatalog() {
        return store(ServiceCatalogStore.class);
    }

    default ServiceDeliveryStore serviceDeliveries() {
        return store(ServiceDeliveryStore.class);
    }

    default TicketHistoryStore ticketHistory() {
        return store(TicketHistoryStore.class);
    }

    default DeskTicketStore deskTickets() {
        return store(DeskTicketStore.class);
    }

    default DeskHistoryStore deskHistory() {
        return store(DeskHistoryStore.class);
    }

    default ReceivedMessageStore receivedMessages() {
        return store(ReceivedMessageStore.class);
    }

    default SupportSequenceStore supportSequences() {
        return store(SupportSequenceStore.class);
    }

    default ClientMergeStore clientMerges() {
        return store(ClientMergeStore.class);
    }

    default ClientLinkStore clientLinks() {
        return store(ClientLinkStore.class);
    }

    default SlaClockStore slaClocks() {
        return store(SlaClockStore.class);
    }

    default SharingAgreementStore sharingAgreements() {
        return store(SharingAgreementStore.class);
    }

    default ConsentStore consents() {
        return store(ConsentStore.class);
    }

    default ChannelCredentialStore channelCredentials() {
        return store(ChannelCredentialStore.class);
    }
}
