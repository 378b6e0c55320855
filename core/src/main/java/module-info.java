// SPDX-License-Identifier: Apache-2.0
/**
 * Caseload's runtime: {@code Caseload} and its builder, clients and their duplicates, casework,
 * sharing between organizations, the audit log, custom forms, the in-memory storage and the
 * outbox. Implementation packages ({@code *.internal}) are hidden; ticketing and help reach the
 * kernel through the one qualified export below.
 */
module org.caseload.core {
    // The API is written in the SPI's types: Principal, Storage, the exceptions, the records.
    requires transitive org.caseload.spi;
    // The duplicate services' API shows the engine's types: MatchField, FieldAgreement, ProgressListener.
    requires transitive org.caseload.linkage;

    requires jakarta.validation;
    requires org.hibernate.validator;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports org.caseload.audit;
    exports org.caseload.casework;
    exports org.caseload.clients;
    exports org.caseload.core;
    exports org.caseload.core.forms;
    exports org.caseload.core.memory;
    exports org.caseload.core.outbox;
    exports org.caseload.sharing;

    // KernelAccess, Kernel, CallContext, Operation: the services of ticketing and help run through
    // the same kernel as core's, which no host may reach.
    exports org.caseload.core.internal to org.caseload.ticketing, org.caseload.help, org.caseload.http;
    // Visibility: escalation redacts the names of every client the organization can see.
    exports org.caseload.sharing.internal to org.caseload.ticketing;
    // Sealer and KeyedDigest: the library's other modules seal their own secrets (the support
    // channel's) with the same AES-GCM format and the host's keys; hosts never see them.
    exports org.caseload.core.internal.crypto to org.caseload.ticketing, org.caseload.http, org.caseload.hmis;
    // The versioned-record helpers the in-memory stores of ticketing and help are written on.
    exports org.caseload.core.internal.memory to org.caseload.ticketing, org.caseload.help, org.caseload.http;

    // InMemoryStorage gathers its stores from every module that contributes some.
    uses org.caseload.core.memory.MemoryStoreProvider;
    provides org.caseload.core.memory.MemoryStoreProvider with org.caseload.core.memory.CoreMemoryStores;

    // Commands and requests carry constraints that the validator reads from their private fields;
    // the custom constraints' validators are instantiated by it.
    opens org.caseload.audit to org.hibernate.validator;
    opens org.caseload.casework to org.hibernate.validator;
    opens org.caseload.clients to org.hibernate.validator;
    opens org.caseload.clients.internal to org.hibernate.validator;
    opens org.caseload.core to org.hibernate.validator;
    opens org.caseload.clients.internal.validation to org.hibernate.validator;
    opens org.caseload.core.forms.internal to org.hibernate.validator;
    opens org.caseload.sharing to org.hibernate.validator;
}
