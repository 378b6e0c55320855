// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.clients;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.clients.Client;
import org.caseload.clients.UpdateClient;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormField;
import org.caseload.spi.forms.FormValues;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/**
 * The organization's custom forms on a client, rendered from their definitions (the latest version
 * of each): the fields by type, the form's tool tips, and the library's validation messages beside
 * the fields when a save is refused.
 */
public final class CustomFormPages implements PageModule {

    static final String SCREEN = "client.forms";
    private final Services services;

    /** The custom form pages over these services. */
    public CustomFormPages(Services services) {
        this.services = services;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/clients/{id}/forms", this::list)
                .get("/clients/{id}/forms/{form}", request -> {
                    Client client = services.caseload().clients().get(request.path("id"));
                    FormDefinition form = latest(request, request.path("form"));
                    Map<String, List<String>> values = new HashMap<>();
                    client.form(form.id()).ifPresent(saved -> saved.values()
                            .forEach((field, value) -> values.put(FormInput.name(fieldNamed(form, field)),
                                    FormInput.shown(value))));
                    return page(request, client, form, values, new FormErrors());
                })
                .post("/clients/{id}/forms/{form}", this::save);
    }

    private Reply list(WebRequest request) {
        Client client = services.caseload().clients().get(request.path("id"));
        List<FormDefinition> forms = latestForms(request);
        return Reply.view("clients/forms.jte", SCREEN, "Forms of " + client.fullName())
                .with("client", client).with("forms", forms);
    }

    private Reply save(WebRequest request) {
        Client client = services.caseload().clients().get(request.path("id"));
        FormDefinition form = latest(request, request.path("form"));
        FormErrors errors = new FormErrors();
        FormValues values = FormInput.read(form, request, errors);
        if (errors.isEmpty()) {
            List<FormValues> forms = new ArrayList<>(client.forms().stream()
                    .filter(saved -> !saved.formId().equals(form.id())).toList());
            forms.add(values);
            try {
                services.caseload().clients().update(new UpdateClient(client.id(), client.version(), client.details(),
                        forms));
                return Reply.redirect("/clients/" + client.id() + "/forms?done=form");
            } catch (ValidationException invalid) {
                errors.addAll(invalid, FormInput::fieldOf);
            }
        }
        Map<String, List<String>> sent = new HashMap<>();
        form.fields().forEach(field -> sent.put(FormInput.name(field), request.params(FormInput.name(field))));
        return page(request, client, form, sent, errors);
    }

    private Reply.View page(WebRequest request, Client client, FormDefinition form, Map<String, List<String>> values,
                            FormErrors errors) {
        Map<String, String> tips = new HashMap<>();
        for (FormField field : form.fields()) {
            try {
                services.help().formToolTip(SCREEN, form.id(), field.id())
                        .ifPresent(tip -> tips.put(FormInput.name(field), tip.text()));
            } catch (CaseloadException noHelp) {
                // A user without help.read sees the form without tool tips.
                break;
            }
        }
        return Reply.view("clients/custom-form.jte", SCREEN, form.title())
                .with("client", client).with("form", form).with("values", values).with("errors", errors)
                .with("tips", tips);
    }

    private List<FormDefinition> latestForms(WebRequest request) {
        return OrganizationForms.latest(services.forms(), request.user().organizationId());
    }

    private FormDefinition latest(WebRequest request, String formId) {
        return OrganizationForms.latest(services.forms(), request.user().organizationId(), formId);
    }

    private static FormField fieldNamed(FormDefinition form, String fieldId) {
        return form.fields().stream().filter(field -> field.id().equals(fieldId)).findFirst()
                .orElse(new FormField(fieldId, org.caseload.spi.forms.FieldType.TEXT, fieldId, false));
    }
}
