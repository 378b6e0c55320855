// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.clients;

import java.time.LocalDate;
import java.util.List;
import org.caseload.casework.WriteCaseNote;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.DuplicateCandidate;
import org.caseload.clients.ProbableDuplicateException;
import org.caseload.clients.RegisterClient;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;
import org.caseload.spi.error.ValidationException;

/**
 * Registering a client, searching first: "Check for matches" lists the clients the person may
 * already be, field by field; "Register" stops at a probable duplicate and shows why; "Register
 * anyway" takes a reason, kept as a read-only case note on the new client.
 */
public final class IntakePages implements PageModule {

    static final String SCREEN = "client.intake";
    private static final String TITLE = "Register a client";
    private final Services services;

    /** The intake pages over these services. */
    public IntakePages(Services services) {
        this.services = services;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/clients/new", request -> page(IntakeForm.empty(), new FormErrors(), List.of(), Stage.FORM))
                .post("/clients/new", this::submit);
    }

    /** What the page shows under the form. */
    public enum Stage {
        /** The form alone. */
        FORM,
        /** The matches of "Check for matches" (maybe none). */
        CHECKED,
        /** "Register" stopped at probable duplicates: the matches and the override. */
        STOPPED
    }

    private Reply submit(WebRequest request) {
        FormErrors errors = new FormErrors();
        IntakeForm form = IntakeForm.read(request, errors);
        ClientDetails details = form.details(errors);
        String action = request.param("action");
        if ("override".equals(action) && form.reason().isEmpty()) {
            errors.add("reason", "Required: say why this is another person.");
        }
        if (!errors.isEmpty()) {
            return page(form, errors, List.of(), "override".equals(action) ? Stage.STOPPED : Stage.FORM);
        }
        try {
            return switch (action) {
                case "check" -> page(form, errors, services.caseload().duplicates().check(details), Stage.CHECKED);
                case "override" -> registered(registerAnyway(details, form.reason()));
                default -> register(form, details, errors);
            };
        } catch (ValidationException invalid) {
            errors.addAll(invalid, IntakeForm::fieldOf);
            return page(form, errors, List.of(), Stage.FORM);
        }
    }

    private Reply register(IntakeForm form, ClientDetails details, FormErrors errors) {
        try {
            return registered(services.caseload().clients().register(RegisterClient.of(details)));
        } catch (ProbableDuplicateException stopped) {
            return page(form, errors, services.caseload().duplicates().check(details), Stage.STOPPED);
        }
    }

    private Client registerAnyway(ClientDetails details, String reason) {
        Client client = services.caseload().clients().register(RegisterClient.of(details).confirmingDuplicates());
        services.caseload().caseNotes().write(new WriteCaseNote(client.id(), null, LocalDate.now(),
                "Registered despite a probable duplicate", reason, true));
        return client;
    }

    private static Reply registered(Client client) {
        return Reply.redirect("/clients/" + client.id() + "?done=registered");
    }

    private static Reply.View page(IntakeForm form, FormErrors errors, List<DuplicateCandidate> candidates,
                                   Stage stage) {
        return Reply.view("clients/intake.jte", SCREEN, TITLE)
                .with("form", form).with("errors", errors).with("candidates", candidates).with("stage", stage);
    }
}
