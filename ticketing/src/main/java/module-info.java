// SPDX-License-Identifier: Apache-2.0
/**
 * Support tickets: submission, the local administrator's queue, the lifecycle and its history,
 * notifications, escalation to the vendor and the vendor's support desk.
 */
module org.caseload.ticketing {
    // Ticketing.builder takes a Caseload; the API carries the SPI's records and exceptions.
    requires transitive org.caseload.core;

    requires jakarta.validation;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.google.i18n.phonenumbers.libphonenumber;
    // ImageIO: screenshots are decoded and encoded again before they are stored.
    requires java.desktop;

    exports org.caseload.ticketing;
    exports org.caseload.ticketing.desk;
    exports org.caseload.ticketing.sla;

    // The in-memory stores of tickets, their history, SLA clocks, the desk and the support link.
    provides org.caseload.core.memory.MemoryStoreProvider
            with org.caseload.ticketing.internal.memory.TicketingMemoryStores;

    opens org.caseload.ticketing to org.hibernate.validator;
    opens org.caseload.ticketing.desk to org.hibernate.validator;
    // TicketReference is validated; the notification and vendor-update payloads are JSON-mapped.
    opens org.caseload.ticketing.internal to org.hibernate.validator, com.fasterxml.jackson.databind;
}
