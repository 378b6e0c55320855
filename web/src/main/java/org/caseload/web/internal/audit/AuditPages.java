// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.caseload.audit.AuditPage;
import org.caseload.audit.AuditSearch;
import org.caseload.core.Permission;
import org.caseload.spi.error.ValidationException;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/**
 * The audit view: the organization's audit trail, by client, user and days, oldest first, one
 * page at a time. Entries hold ids and actions only, never a client's personal data.
 */
public final class AuditPages implements PageModule {

    private static final int PAGE_SIZE = 50;
    private final Services services;

    /** The audit view over these services. */
    public AuditPages(Services services) {
        this.services = services;
    }

    @Override
    public void routes(Routes routes) {
        routes.nav("Audit", "/audit", Permission.AUDIT_READ.key())
                .get("/audit", this::search);
    }

    private Reply search(WebRequest request) {
        FormErrors errors = new FormErrors();
        Map<String, String> sent = Map.of("client", request.param("client"), "user", request.param("user"),
                "from", request.param("from"), "to", request.param("to"));
        String client = errors.checkText("client", sent.get("client"), 100);
        String user = errors.checkText("user", sent.get("user"), 200);
        LocalDate from = errors.date("from", sent.get("from"), false);
        LocalDate to = errors.date("to", sent.get("to"), false);
        String pageToken = errors.checkText("page", request.param("page"), 200);
        AuditPage page = new AuditPage(java.util.List.of(), null);
        if (errors.isEmpty()) {
            try {
                page = services.caseload().audit().find(new AuditSearch(null, client.isEmpty() ? null : client,
                        user.isEmpty() ? null : user,
                        from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                        to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        PAGE_SIZE, pageToken.isEmpty() ? null : pageToken, false));
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.endsWith("to") ? "to" : path.endsWith("from") ? "from"
                        : path.endsWith("pageToken") ? "page" : null);
            }
        }
        return Reply.view("audit/search.jte", "audit.view", "Audit trail")
                .with("page", page).with("errors", errors).with("sent", sent);
    }
}
