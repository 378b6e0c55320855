// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.Map;

/** Which Caseload module contributes the in-memory store of each SPI domain, for the message of a missing one. */
final class ProvidingModules {

    private static final String STORAGE_PACKAGE = "org.caseload.spi.storage.";

    /** The support link's stores live in the messaging package but only ticketing uses them. */
    private static final Map<String, String> BY_TYPE = Map.of(
            STORAGE_PACKAGE + "messaging.ReceivedMessageStore", "caseload-ticketing",
            STORAGE_PACKAGE + "messaging.SupportSequenceStore", "caseload-ticketing");

    private static final Map<String, String> BY_DOMAIN = Map.of(
            STORAGE_PACKAGE + "tickets", "caseload-ticketing",
            STORAGE_PACKAGE + "desk", "caseload-ticketing",
            STORAGE_PACKAGE + "channel", "caseload-http",
            STORAGE_PACKAGE + "help", "caseload-help");

    private ProvidingModules() {
    }

    /** What to tell a host whose storage has no store of {@code storeType}. */
    static String remedyFor(Class<?> storeType) {
        String module = BY_TYPE.getOrDefault(storeType.getName(), BY_DOMAIN.get(storeType.getPackageName()));
        if (module != null) {
            return "add " + module + " to the class path or module path";
        }
        if (storeType.getPackageName().startsWith(STORAGE_PACKAGE)) {
            return "caseload-core provides it: check that its in-memory store provider is not left out"
                    + " of the module path";
        }
        return "it is not a store interface of the SPI, and no module on the class path contributes it";
    }
}
