// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage;

import org.caseload.spi.storage.audit.AuditStore;
import org.caseload.spi.storage.casework.CaseNoteStore;
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
 * {@link Storage#inTransaction} and only on the thread running it. Each accessor returns the same
 * store every time within a session.
 */
public interface StorageSession {

    ClientStore clients();

    TicketStore tickets();

    AuditStore audit();

    OutboxStore outbox();

    ArticleFeedbackStore articleFeedback();

    SearchMissStore searchMisses();

    HouseholdStore households();

    ProjectStore projects();

    EnrollmentStore enrollments();

    CaseNoteStore caseNotes();

    ServiceCatalogStore serviceCatalog();

    ServiceDeliveryStore serviceDeliveries();

    TicketHistoryStore ticketHistory();

    DeskTicketStore deskTickets();

    DeskHistoryStore deskHistory();

    ReceivedMessageStore receivedMessages();

    SupportSequenceStore supportSequences();

    ClientMergeStore clientMerges();

    ClientLinkStore clientLinks();

    SlaClockStore slaClocks();

    SharingAgreementStore sharingAgreements();

    ConsentStore consents();
}
