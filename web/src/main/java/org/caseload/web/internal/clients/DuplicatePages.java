// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.clients;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.caseload.clients.Client;
import org.caseload.clients.ClientLink;
import org.caseload.clients.ClientMerge;
import org.caseload.clients.LinkClients;
import org.caseload.clients.MergeClients;
import org.caseload.clients.UnmergeClients;
import org.caseload.core.Permission;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/**
 * Merging a client into another (with a reason), undoing the merge just made, and linking two
 * records of one person without merging them.
 */
public final class DuplicatePages implements PageModule {

    static final String SCREEN = "client.duplicates";
    private static final int REASON_MAX_LENGTH = 500;
    private final Services services;

    /** The merge and link pages over these services. */
    public DuplicatePages(Services services) {
        this.services = services;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/clients/{id}/duplicates", request -> page(request, new FormErrors(), Map.of()))
                .post("/clients/{id}/merge", this::merge)
                .post("/clients/{id}/unmerge", this::unmerge)
                .post("/clients/{id}/link", this::link);
    }

    private Reply.View page(WebRequest request, FormErrors errors, Map<String, String> sent) {
        Client client = services.caseload().clients().get(request.path("id"));
        List<ClientLink> links = services.caseload().duplicates().links(client.id());
        return Reply.view("clients/duplicates.jte", SCREEN, "Merge and link " + client.fullName())
                .with("client", client).with("links", links).with("errors", errors).with("sent", sent)
                .with("undo", errors.checkText("merge", request.optional("undo").orElse(request.param("merge")), 100))
                .with("mayMerge", request.can(Permission.CLIENT_MERGE.key()));
    }

    private Reply merge(WebRequest request) {
        FormErrors errors = new FormErrors();
        Map<String, String> sent = Map.of("mergeTarget", request.param("mergeTarget"),
                "mergeReason", request.param("mergeReason"));
        String target = errors.requiredText("mergeTarget", sent.get("mergeTarget"), 100);
        String reason = errors.requiredText("mergeReason", sent.get("mergeReason"), REASON_MAX_LENGTH);
        if (errors.isEmpty()) {
            try {
                ClientMerge merge = services.caseload().duplicates().merge(
                        new MergeClients(request.path("id"), target, reason));
                // Back to this page, which offers to undo the merge just made.
                return Reply.redirect("/clients/" + request.path("id") + "/duplicates?done=merged&undo="
                        + URLEncoder.encode(merge.id(), StandardCharsets.UTF_8));
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.endsWith("targetClientId") ? "mergeTarget"
                        : path.endsWith("reason") ? "mergeReason" : null);
            } catch (NotFoundException unknown) {
                errors.add("mergeTarget", "No client you may see has this id.");
            }
        }
        return page(request, errors, sent);
    }

    private Reply unmerge(WebRequest request) {
        FormErrors errors = new FormErrors();
        String mergeId = errors.requiredText("merge", request.param("merge"), 100);
        String reason = errors.requiredText("undoReason", request.param("undoReason"), REASON_MAX_LENGTH);
        if (errors.isEmpty()) {
            try {
                services.caseload().duplicates().unmerge(new UnmergeClients(mergeId, reason));
                return Reply.redirect("/clients/" + request.path("id") + "?done=unmerged");
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.endsWith("reason") ? "undoReason" : null);
            }
        }
        return page(request, errors, Map.of("undoReason", request.param("undoReason")));
    }

    private Reply link(WebRequest request) {
        FormErrors errors = new FormErrors();
        Map<String, String> sent = Map.of("linkTarget", request.param("linkTarget"),
                "linkReason", request.param("linkReason"));
        String other = errors.requiredText("linkTarget", sent.get("linkTarget"), 100);
        String reason = errors.requiredText("linkReason", sent.get("linkReason"), REASON_MAX_LENGTH);
        if (errors.isEmpty()) {
            try {
                services.caseload().duplicates().link(new LinkClients(request.path("id"), other, reason));
                return Reply.redirect("/clients/" + request.path("id") + "/duplicates?done=linked");
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.endsWith("clientIdB") ? "linkTarget"
                        : path.endsWith("reason") ? "linkReason" : null);
            } catch (NotFoundException unknown) {
                errors.add("linkTarget", "No client you may see has this id.");
            }
        }
        return page(request, errors, sent);
    }
}
