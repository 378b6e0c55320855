// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.sharing.CreateSharingAgreement;
import org.caseload.sharing.EndSharingAgreement;
import org.caseload.sharing.SharingAgreement;
import org.caseload.sharing.SharingDirection;
import org.caseload.sharing.SharingService;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.spi.storage.sharing.SharingAgreementRecord;
import org.caseload.core.internal.Messages;

/** The sharing agreements service over a runtime's {@link Kernel}. */
public final class DefaultSharingService implements SharingService {

    static final String RECORD_TYPE = "sharingAgreement";
    private static final Operation CREATE = new Operation("sharing.create", Permission.SHARING_ADMINISTER);
    private static final Operation END = new Operation("sharing.end", Permission.SHARING_ADMINISTER);
    private static final Operation LIST = Operation.reading("sharing.list", Permission.SHARING_ADMINISTER);

    private final Kernel kernel;

    public DefaultSharingService(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public SharingAgreement create(CreateSharingAgreement command) {
        return kernel.call(CREATE, command, context -> {
            check(command, context);
            String caller = context.principal().organizationId();
            boolean systemAdmin = context.principal().hasPermission(Permission.SYSTEM_ADMIN.key());
            // The organization whose records leave it decides: both do in a two-way agreement,
            // so only a system administrator records one.
            if (!systemAdmin && (command.direction() == SharingDirection.TWO_WAY
                    || !command.sharingOrganizationId().equals(caller))) {
                throw new AccessDeniedException("user " + context.principal().userId() + " may record one-way "
                        + "agreements sharing organization " + caller + "'s records only; two-way agreements and "
                        + "other organizations' records need a system administrator");
            }
            SharingAgreementRecord stored = context.session().sharingAgreements().insert(new SharingAgreementRecord(
                    context.newId(), command.sharingOrganizationId(), command.receivingOrganizationId(),
                    command.direction() == SharingDirection.TWO_WAY, command.kinds(), command.effectiveFrom(),
                    command.effectiveTo(), context.principal().userId(), context.now(), null, null, 1));
            context.auditRecord(RECORD_TYPE, stored.id());
            context.auditDetail(stored.sharingOrganizationId() + (stored.twoWay() ? " <-> " : " -> ")
                    + stored.receivingOrganizationId() + " " + stored.kinds());
            return view(stored);
        });
    }

    @Override
    public SharingAgreement end(EndSharingAgreement command) {
        return kernel.call(END, command, context -> {
            context.auditRecord(RECORD_TYPE, command.agreementId());
            SharingAgreementRecord agreement = context.session().sharingAgreements().findById(command.agreementId())
                    .filter(found -> found.involves(context.principal().organizationId())
                            || context.principal().hasPermission(Permission.SYSTEM_ADMIN.key()))
                    .orElseThrow(() -> new NotFoundException(RECORD_TYPE, command.agreementId()));
            if (agreement.version() != command.expectedVersion()) {
                throw new ConcurrentModificationException(RECORD_TYPE, agreement.id(), command.expectedVersion());
            }
            if (agreement.endedAt() != null) {
                throw new InvalidTransitionException(RECORD_TYPE, agreement.id(), "ENDED", "ENDED");
            }
            return view(context.session().sharingAgreements().update(
                    agreement.withEnd(context.principal().userId(), context.now())));
        });
    }

    @Override
    public List<SharingAgreement> agreements() {
        return kernel.call(LIST, null, context -> {
            List<SharingAgreement> agreements = context.session().sharingAgreements()
                    .findByOrganization(context.principal().organizationId()).stream()
                    .map(DefaultSharingService::view)
                    .toList();
            context.auditDetail(agreements.size() + " agreements");
            return agreements;
        });
    }

    /** The rules across fields, reported together. */
    private static void check(CreateSharingAgreement command, CallContext context) {
        List<Violation> violations = new ArrayList<>();
        if (command.kinds().contains(SharedRecordKind.CASE_NOTES)) {
            violations.add(Messages.violation("kinds", "caseload.sharing.caseNotesNeverShared",
                    "a set of " + command.kinds().size() + " kinds including CASE_NOTES"));
        }
        if (Objects.equals(command.sharingOrganizationId(), command.receivingOrganizationId())) {
            violations.add(Messages.violation("receivingOrganizationId", "caseload.sharing.sameOrganization",
                    "the sharing organization's id"));
        }
        if (command.effectiveTo() != null && command.effectiveTo().isBefore(command.effectiveFrom())) {
            violations.add(Messages.violation("effectiveTo", "caseload.sharing.endsBeforeStart",
                    "a date before effectiveFrom"));
        } else if (command.effectiveTo() != null && command.effectiveTo().isBefore(context.today())) {
            violations.add(Messages.violation("effectiveTo", "caseload.sharing.endsInThePast", "a date before today"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(CreateSharingAgreement.class.getSimpleName(), violations);
        }
    }

    static SharingAgreement view(SharingAgreementRecord record) {
        return new SharingAgreement(record.id(), record.sharingOrganizationId(), record.receivingOrganizationId(),
                record.twoWay() ? SharingDirection.TWO_WAY : SharingDirection.ONE_WAY, record.kinds(),
                record.effectiveFrom(), record.effectiveTo(), record.createdBy(), record.createdAt(),
                record.endedBy(), record.endedAt(), record.version());
    }
}
