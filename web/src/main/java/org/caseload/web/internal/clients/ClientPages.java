// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.clients;

import java.util.List;
import org.caseload.casework.ClientProfile;
import org.caseload.clients.Client;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.core.Permission;
import org.caseload.spi.error.ValidationException;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/** The client pages: search before intake, registration, the profile and its records. */
public final class ClientPages implements PageModule {

    private static final int SEARCH_MAX_LENGTH = 200;
    private final Services services;

    /** The client pages over these services. */
    public ClientPages(Services services) {
        this.services = services;
    }

    @Override
    public void routes(Routes routes) {
        routes.nav("Clients", "/clients", Permission.CLIENT_READ.key())
                .get("/clients", this::search)
                .get("/clients/{id}", this::profile);
    }

    private Reply profile(WebRequest request) {
        ClientProfile profile = services.caseload().clientProfiles().profile(request.path("id"));
        Client client = profile.client();
        return Reply.view("clients/profile.jte", "client.profile", client.fullName())
                .with("profile", profile).with("client", client)
                .with("names", ClientNames.of(services.caseload(), profile.households()))
                .with("projects", services.caseload().enrollments().projects());
    }

    private Reply search(WebRequest request) {
        FormErrors errors = new FormErrors();
        String text = errors.checkText("q", request.param("q"), SEARCH_MAX_LENGTH);
        List<ClientMatch> matches = List.of();
        if (errors.isEmpty() && !text.isEmpty()) {
            try {
                matches = services.caseload().clients().search(ClientSearch.text(text));
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> "q");
            }
        }
        return Reply.view("clients/search.jte", "client.search", "Find a client")
                .with("query", text).with("matches", matches).with("searched", errors.isEmpty() && !text.isEmpty())
                .with("errors", errors);
    }
}
