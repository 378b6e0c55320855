// SPDX-License-Identifier: Apache-2.0
/** Help: tool tips, the Help menu, keyboard shortcuts, the knowledge base and its feedback. */
module org.caseload.help {
    // Help.create takes a Caseload; the API carries the SPI's records and exceptions.
    requires transitive org.caseload.core;

    requires jakarta.validation;
    requires com.fasterxml.jackson.databind;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.highlighter;
    requires org.apache.lucene.queries;
    requires org.commonmark;
    requires org.jsoup;

    exports org.caseload.help;

    // The in-memory stores of article feedback and searches that found nothing.
    provides org.caseload.core.memory.MemoryStoreProvider with org.caseload.help.internal.memory.HelpMemoryStores;

    // Requests carry constraints that the validator reads from their private fields.
    opens org.caseload.help to org.hibernate.validator;
    opens org.caseload.help.internal to org.hibernate.validator;
    opens org.caseload.help.internal.kb to org.hibernate.validator;
}
