// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
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
 * The JDBC stores of each domain of the SPI, one constant per {@code org.caseload.spi.storage}
 * package: a new store is one line in its domain. A {@link JdbcSession} creates a store the first
 * time it is asked for it, with the factory registered here.
 */
enum JdbcStoreDomain {

    CLIENTS(stores -> {
        stores.add(ClientStore.class, JdbcClientStore::new);
        stores.add(ClientMergeStore.class, JdbcClientMergeStore::new);
        stores.add(ClientLinkStore.class, JdbcClientLinkStore::new);
    }),
    CASEWORK(stores -> {
        stores.add(HouseholdStore.class, JdbcHouseholdStore::new);
        stores.add(ProjectStore.class, JdbcProjectStore::new);
        stores.add(EnrollmentStore.class, JdbcEnrollmentStore::new);
        stores.add(CaseNoteStore.class, JdbcCaseNoteStore::new);
        stores.add(ServiceCatalogStore.class, JdbcServiceCatalogStore::new);
        stores.add(ServiceDeliveryStore.class, JdbcServiceDeliveryStore::new);
    }),
    SHARING(stores -> {
        stores.add(SharingAgreementStore.class, JdbcSharingAgreementStore::new);
        stores.add(ConsentStore.class, JdbcConsentStore::new);
    }),
    AUDIT(stores -> stores.add(AuditStore.class, JdbcAuditStore::new)),
    MESSAGING(stores -> {
        stores.add(OutboxStore.class, JdbcOutboxStore::new);
        stores.add(ReceivedMessageStore.class, JdbcReceivedMessageStore::new);
        stores.add(SupportSequenceStore.class, JdbcSupportSequenceStore::new);
    }),
    TICKETS(stores -> {
        stores.add(TicketStore.class, JdbcTicketStore::new);
        stores.add(TicketHistoryStore.class, JdbcTicketHistoryStore::new);
        stores.add(SlaClockStore.class, JdbcSlaClockStore::new);
    }),
    CHANNEL(stores -> stores.add(ChannelCredentialStore.class, JdbcChannelCredentialStore::new)),
    DESK(stores -> {
        stores.add(DeskTicketStore.class, JdbcDeskTicketStore::new);
        stores.add(DeskHistoryStore.class, JdbcDeskHistoryStore::new);
    }),
    HELP(stores -> {
        stores.add(ArticleFeedbackStore.class, JdbcArticleFeedbackStore::new);
        stores.add(SearchMissStore.class, JdbcSearchMissStore::new);
        stores.add(ArticleRevisionStore.class, JdbcArticleRevisionStore::new);
        stores.add(SuggestionEventStore.class, JdbcSuggestionEventStore::new);
    }),
    HMIS(stores -> stores.add(HmisRecordStore.class, JdbcHmisRecordStore::new));

    /** Every store factory of every domain, by store interface. */
    static final Map<Class<?>, Function<JdbcSession, ?>> FACTORIES = collectFactories();

    private final Registration registration;

    JdbcStoreDomain(Registration registration) {
        this.registration = registration;
    }

    private static Map<Class<?>, Function<JdbcSession, ?>> collectFactories() {
        Map<Class<?>, Function<JdbcSession, ?>> factories = new HashMap<>();
        for (JdbcStoreDomain domain : values()) {
            domain.registration.register(new Factories(factories));
        }
        return Collections.unmodifiableMap(factories);
    }

    /** Adds a domain's store factories. */
    @FunctionalInterface
    private interface Registration {
        void register(Factories stores);
    }

    /** What a domain's registration adds to. */
    private record Factories(Map<Class<?>, Function<JdbcSession, ?>> byType) {
        <S> void add(Class<S> storeType, Function<JdbcSession, ? extends S> factory) {
            if (byType.putIfAbsent(storeType, factory) != null) {
                throw new IllegalStateException(storeType.getName() + " is registered in two domains");
            }
        }
    }
}
