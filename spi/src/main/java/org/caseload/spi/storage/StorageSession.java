package org.caseload.spi.storage;

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
