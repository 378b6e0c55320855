// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.sharing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseload.clients.Client;
import org.caseload.core.Permission;
import org.caseload.sharing.Consent;
import org.caseload.sharing.CreateSharingAgreement;
import org.caseload.sharing.EndSharingAgreement;
import org.caseload.sharing.RecordConsent;
import org.caseload.sharing.RevokeConsent;
import org.caseload.sharing.SharingAgreement;
import org.caseload.sharing.SharingDirection;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.sharing.ConsentDecision;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/**
 * Sharing between organizations: the local administrator's agreements (recorded and ended), and
 * each client's consent to be seen by another organization (granted until a day, refused, revoked).
 * Another organization sees a client only under both (docs/decisions/0061).
 */
public final class SharingPages implements PageModule {

    private static final int ORGANIZATION_MAX_LENGTH = CreateSharingAgreement.ORGANIZATION_ID_MAX_LENGTH;
    private final Services services;

    /** The sharing pages over these services. */
    public SharingPages(Services services) {
        this.services = services;
    }

    @Override
    public void routes(Routes routes) {
        routes.nav("Sharing", "/sharing", Permission.SHARING_ADMINISTER.key())
                .get("/sharing", request -> agreements(request, new FormErrors(), Map.of()))
                .post("/sharing", this::createAgreement)
                .post("/sharing/{agreement}/end", this::endAgreement)
                .get("/clients/{id}/consent", request -> consent(request, new FormErrors(), Map.of()))
                .post("/clients/{id}/consent", this::recordConsent)
                .post("/clients/{id}/consent/{consent}/revoke", this::revokeConsent);
    }

    private Reply.View agreements(WebRequest request, FormErrors errors, Map<String, String> sent) {
        return Reply.view("sharing/agreements.jte", "sharing.agreements", "Sharing agreements")
                .with("agreements", services.caseload().sharing().agreements()).with("errors", errors)
                .with("sent", sent).with("today", LocalDate.now().toString());
    }

    private Reply createAgreement(WebRequest request) {
        FormErrors errors = new FormErrors();
        Map<String, String> sent = Map.of("receiving", request.param("receiving"),
                "direction", request.param("direction"), "effectiveFrom", request.param("effectiveFrom"),
                "effectiveTo", request.param("effectiveTo"));
        String receiving = errors.requiredText("receiving", sent.get("receiving"), ORGANIZATION_MAX_LENGTH);
        SharingDirection direction = errors.choice("direction", sent.get("direction"), SharingDirection.class, true);
        LocalDate from = errors.date("effectiveFrom", sent.get("effectiveFrom"), true);
        LocalDate to = errors.date("effectiveTo", sent.get("effectiveTo"), false);
        Set<SharedRecordKind> kinds = EnumSet.noneOf(SharedRecordKind.class);
        for (String kind : request.params("kinds")) {
            SharedRecordKind chosen = errors.choice("kinds", kind, SharedRecordKind.class, false);
            if (chosen != null) {
                kinds.add(chosen);
            }
        }
        if (kinds.isEmpty()) {
            errors.add("kinds", "Choose at least one kind of record.");
        }
        if (errors.isEmpty()) {
            try {
                services.caseload().sharing().create(new CreateSharingAgreement(request.user().organizationId(),
                        receiving, direction, kinds, from, to));
                return Reply.redirect("/sharing?done=agreement");
            } catch (AccessDeniedException notAllowed) {
                // Local administrators share their own organization's records one way only.
                errors.add("direction", "You may record one-way agreements sharing your organization's records "
                        + "only; a system administrator records the others.");
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.endsWith("receivingOrganizationId") ? "receiving"
                        : path.endsWith("effectiveTo") ? "effectiveTo"
                        : path.endsWith("effectiveFrom") ? "effectiveFrom" : null);
            }
        }
        return agreements(request, errors, sent);
    }

    private Reply endAgreement(WebRequest request) {
        SharingAgreement agreement = services.caseload().sharing().agreements().stream()
                .filter(candidate -> candidate.id().equals(request.path("agreement"))).findFirst()
                .orElseThrow(() -> new NotFoundException("sharing agreement", request.path("agreement")));
        services.caseload().sharing().end(EndSharingAgreement.of(agreement));
        return Reply.redirect("/sharing?done=ended");
    }

    private Reply.View consent(WebRequest request, FormErrors errors, Map<String, String> sent) {
        Client client = services.caseload().clients().get(request.path("id"));
        List<Consent> consents = services.caseload().consents().consentsOf(client.id());
        return Reply.view("sharing/consent.jte", "client.consent", "Sharing and consent for " + client.fullName())
                .with("client", client).with("consents", consents).with("errors", errors).with("sent", sent)
                .with("today", LocalDate.now());
    }

    private Reply recordConsent(WebRequest request) {
        FormErrors errors = new FormErrors();
        Map<String, String> sent = Map.of("organization", request.param("organization"),
                "decision", request.param("decision"), "validUntil", request.param("validUntil"));
        String organization = errors.requiredText("organization", sent.get("organization"), ORGANIZATION_MAX_LENGTH);
        ConsentDecision decision = errors.choice("decision", sent.get("decision"), ConsentDecision.class, true);
        LocalDate until = errors.date("validUntil", sent.get("validUntil"), decision == ConsentDecision.GRANTED);
        if (errors.isEmpty()) {
            try {
                services.caseload().consents().record(new RecordConsent(request.path("id"), Set.of(organization),
                        decision, decision == ConsentDecision.GRANTED ? until : null));
                return Reply.redirect("/clients/" + request.path("id") + "/consent?done=consent");
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> path.contains("organizationIds") ? "organization"
                        : path.endsWith("validUntil") ? "validUntil" : null);
            }
        }
        return consent(request, errors, sent);
    }

    private Reply revokeConsent(WebRequest request) {
        Consent consent = services.caseload().consents().consentsOf(request.path("id")).stream()
                .filter(candidate -> candidate.id().equals(request.path("consent"))).findFirst()
                .orElseThrow(() -> new NotFoundException("consent", request.path("consent")));
        services.caseload().consents().revoke(RevokeConsent.of(consent));
        return Reply.redirect("/clients/" + request.path("id") + "/consent?done=revoked");
    }
}
