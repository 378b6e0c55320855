// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.util.Map;

/**
 * The confirmation shown after a redirect, named by {@code ?done=CODE}: only these fixed texts,
 * so that a link cannot make a page say anything else.
 */
final class Flash {

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("registered", "The client is registered."),
            Map.entry("household", "The household is started, with this client as its head."),
            Map.entry("member", "The member is added to the household."),
            Map.entry("enrolled", "The client is enrolled."),
            Map.entry("exited", "The enrollment is exited."),
            Map.entry("note", "The case note is saved."),
            Map.entry("service", "The service is recorded."),
            Map.entry("form", "The form is saved."),
            Map.entry("merged", "The clients are merged."),
            Map.entry("unmerged", "The merge is undone: both clients are back as they were."),
            Map.entry("linked", "The clients are linked."),
            Map.entry("consent", "The client's decision is recorded."),
            Map.entry("revoked", "The consent is revoked."),
            Map.entry("agreement", "The sharing agreement is recorded."),
            Map.entry("ended", "The sharing agreement is ended."));

    private Flash() {
    }

    /** The message of a code, or null for none or an unknown one. */
    static String of(String code) {
        return code == null ? null : MESSAGES.get(code);
    }
}
