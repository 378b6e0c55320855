// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing.internal;

import java.util.ArrayList;
import java.util.List;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.sharing.Consent;
import org.caseload.sharing.ConsentService;
import org.caseload.sharing.RecordConsent;
import org.caseload.sharing.RevokeConsent;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.sharing.ConsentDecision;
import org.caseload.spi.storage.sharing.ConsentRecord;
import org.caseload.core.internal.Messages;

/** The consent service over a runtime's {@link Kernel}. */
public final class DefaultConsentService implements ConsentService {

    static final String RECORD_TYPE = "consent";
    private static final String CLIENT = "client";
    private static final Operation RECORD = new Operation("consent.record", Permission.CLIENT_WRITE);
    private static final Operation REVOKE = new Operation("consent.revoke", Permission.CLIENT_WRITE);
    private static final Operation LIST = Operation.reading("consent.listForClient", Permission.CLIENT_READ);

    private final Kernel kernel;

    public DefaultConsentService(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public List<Consent> record(RecordConsent command) {
        return kernel.call(RECORD, command, context -> {
            context.auditRecord(CLIENT, command.clientId());
            ClientRecord client = visibleClient(context, command.clientId());
            requireOwner(context, client);
            List<String> organizations = command.organizationIds().stream().sorted().toList();
            check(command, context, organizations);
            List<Consent> recorded = new ArrayList<>();
            for (String organizationId : organizations) {
                recorded.add(view(context.session().consents().insert(new ConsentRecord(context.newId(), client.id(),
                        organizationId, command.decision(), command.validUntil(), context.principal().organizationId(),
                        context.principal().userId(), context.now(), null, null, 1))));
            }
            context.auditDetail(command.decision() + " for " + String.join(", ", organizations));
            return recorded;
        });
    }

    @Override
    public Consent revoke(RevokeConsent command) {
        return kernel.call(REVOKE, command, context -> {
            context.auditRecord(RECORD_TYPE, command.consentId());
            ConsentRecord consent = context.session().consents().findById(command.consentId())
                    .filter(found -> canSeeDecision(context, found))
                    .orElseThrow(() -> new NotFoundException(RECORD_TYPE, command.consentId()));
            requireOwner(context, context.session().clients().findById(consent.clientId()).orElseThrow());
            if (consent.version() != command.expectedVersion()) {
                throw new ConcurrentModificationException(RECORD_TYPE, consent.id(), command.expectedVersion());
            }
            if (consent.revoked()) {
                throw new InvalidTransitionException(RECORD_TYPE, consent.id(), "REVOKED", "REVOKED");
            }
            return view(context.session().consents().update(
                    consent.withRevocation(context.principal().userId(), context.now())));
        });
    }

    @Override
    public List<Consent> consentsOf(String clientId) {
        return kernel.call(LIST, null, context -> {
            context.auditRecord(CLIENT, clientId);
            visibleClient(context, clientId);
            List<Consent> consents = context.session().consents().findByClient(clientId).stream()
                    .filter(consent -> canSeeDecision(context, consent))
                    .map(DefaultConsentService::view)
                    .toList();
            context.auditDetail(consents.size() + " decisions");
            return consents;
        });
    }

    /**
     * Whether the caller may see a decision: about a client it may see, and either about the
     * caller's organization or read by the client's own organization (or a system administrator),
     * so that other organizations do not learn where else a client is served.
     */
    private static boolean canSeeDecision(CallContext context, ConsentRecord consent) {
        String caller = context.principal().organizationId();
        return context.session().clients().findById(consent.clientId())
                .filter(client -> Visibility.of(context).canSeeClient(client))
                .filter(client -> consent.organizationId().equals(caller) || client.organizationId().equals(caller)
                        || context.principal().hasPermission(Permission.SYSTEM_ADMIN.key()))
                .isPresent();
    }

    /**
     * Refuses a caller outside the client's organization (a system administrator aside): the
     * client's decisions are recorded where the client is served, so that an organization that
     * receives the client cannot grant itself, or anyone, what the owner revoked.
     */
    private static void requireOwner(CallContext context, ClientRecord client) {
        if (!Visibility.of(context).canChange(client.organizationId())) {
            throw new AccessDeniedException("consent of a client shared by another organization is recorded and "
                    + "revoked by that organization only");
        }
    }

    private static ClientRecord visibleClient(CallContext context, String clientId) {
        return context.session().clients().findById(clientId)
                .filter(client -> Visibility.of(context).canSeeClient(client))
                .orElseThrow(() -> new NotFoundException(CLIENT, clientId));
    }

    /** The rules across fields and against stored decisions, reported together. */
    private static void check(RecordConsent command, CallContext context, List<String> organizations) {
        List<Violation> violations = new ArrayList<>();
        if (command.decision() == ConsentDecision.GRANTED) {
            if (command.validUntil() == null) {
                violations.add(Messages.violation("validUntil", "caseload.consent.validUntil.missing", "null"));
            } else if (command.validUntil().isBefore(context.today())) {
                violations.add(Messages.violation("validUntil", "caseload.consent.validUntil.past",
                        "a date before today"));
            }
            List<ConsentRecord> stored = context.session().consents().findByClient(command.clientId());
            for (String organizationId : organizations) {
                boolean refusalStands = stored.stream().anyMatch(decision -> decision.organizationId()
                        .equals(organizationId) && decision.decision() == ConsentDecision.REFUSED && !decision.revoked());
                if (refusalStands) {
                    violations.add(Messages.violation("organizationIds", "caseload.consent.refusalStands",
                            "organization " + organizationId));
                }
            }
        } else if (command.validUntil() != null) {
            violations.add(Messages.violation("validUntil", "caseload.consent.validUntil.refusal", "a date"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(RecordConsent.class.getSimpleName(), violations);
        }
    }

    static Consent view(ConsentRecord record) {
        return new Consent(record.id(), record.clientId(), record.organizationId(), record.decision(),
                record.validUntil(), record.recordedByOrganizationId(), record.recordedBy(), record.recordedAt(),
                record.revokedBy(), record.revokedAt(), record.version());
    }
}
