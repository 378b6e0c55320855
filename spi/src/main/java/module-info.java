// SPDX-License-Identifier: Apache-2.0
/**
 * Caseload's service provider interface: every contract a host implements (storage and its stores,
 * identity, notifications, the vendor's support channel, forms, help content), the records they
 * carry, and the exception hierarchy. Every package is API.
 */
module org.caseload.spi {
    // Constraint annotations on a few records; Hibernate Validator reads them through core.
    requires jakarta.validation;

    exports org.caseload.spi.error;
    exports org.caseload.spi.forms;
    exports org.caseload.spi.hud;
    exports org.caseload.spi.identity;
    exports org.caseload.spi.security;
    exports org.caseload.spi.storage;
    exports org.caseload.spi.storage.audit;
    exports org.caseload.spi.storage.channel;
    exports org.caseload.spi.storage.casework;
    exports org.caseload.spi.storage.clients;
    exports org.caseload.spi.storage.desk;
    exports org.caseload.spi.storage.help;
    exports org.caseload.spi.storage.hmis;
    exports org.caseload.spi.storage.messaging;
    exports org.caseload.spi.storage.sharing;
    exports org.caseload.spi.storage.tickets;
    exports org.caseload.spi.support;
    exports org.caseload.spi.ui;

    // TicketAssigneeFilter carries constraints that the validator reads from its private fields.
    // (Ticketing's JSON codecs map org.caseload.spi.support's public records through their public
    // constructors and accessors, which the export alone allows.)
    opens org.caseload.spi.storage.tickets to org.hibernate.validator;
}
