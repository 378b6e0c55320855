// SPDX-License-Identifier: Apache-2.0
/**
 * The HUD HMIS CSV format, FY2024 and FY2026: its specification as data, a streaming reader for
 * real files, and the data quality checks that need only the files.
 */
module org.caseload.hmis {
    // HmisFormatException is a CaseloadException with an ErrorCode.
    requires transitive org.caseload.spi;

    // The in-memory store joins core's InMemoryStorage; Client.csv's SSN is sealed by core's Sealer.
    requires org.caseload.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports org.caseload.hmis;

    // The in-memory store of HMIS records.
    provides org.caseload.core.memory.MemoryStoreProvider with org.caseload.hmis.internal.memory.HmisMemoryStores;
}
