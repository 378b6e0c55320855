// SPDX-License-Identifier: Apache-2.0
/**
 * Escalation over HTTP: the versioned JSON wire format of every support message, a signed
 * {@code SupportChannel} on the JDK's {@code HttpClient}, the framework-neutral receiving endpoint
 * with its adapter for the JDK's built-in HTTP server, and the per-organization credentials the
 * vendor issues (their secrets sealed under the host's key). See {@code docs/escalation.md}, "Over
 * HTTP", and {@code docs/wire/}.
 */
module org.caseload.http {
    // The API takes a Caseload runtime and carries the SPI's messages, keys and exceptions.
    requires transitive org.caseload.core;
    requires transitive java.net.http;
    requires transitive jdk.httpserver;

    requires jakarta.validation;
    requires com.fasterxml.jackson.databind;

    exports org.caseload.http;

    // The in-memory store of channel credentials.
    provides org.caseload.core.memory.MemoryStoreProvider
            with org.caseload.http.internal.memory.HttpMemoryStores;

    // Commands carry constraints that the validator reads from their private fields.
    opens org.caseload.http to org.hibernate.validator;
}
