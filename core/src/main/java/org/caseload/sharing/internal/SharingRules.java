// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing.internal;

import java.time.LocalDate;
import java.util.Collection;
import org.caseload.spi.storage.sharing.ConsentDecision;
import org.caseload.spi.storage.sharing.ConsentRecord;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.spi.storage.sharing.SharingAgreementRecord;

/** The rules of agreements and consent, as pure functions of the records and the day. */
public final class SharingRules {

    private SharingRules() {
    }

    /**
     * Whether an agreement lets {@code receiver} see {@code owner}'s records of this kind on this
     * day: not ended, the day within its dates, the kind named (case notes never), and the owner
     * sharing with the receiver, or the other way round when two-way.
     */
    public static boolean shares(SharingAgreementRecord agreement, String owner, String receiver,
                                 SharedRecordKind kind, LocalDate day) {
        boolean parties = agreement.sharingOrganizationId().equals(owner)
                && agreement.receivingOrganizationId().equals(receiver)
                || agreement.twoWay() && agreement.sharingOrganizationId().equals(receiver)
                && agreement.receivingOrganizationId().equals(owner);
        return parties && kind != SharedRecordKind.CASE_NOTES && agreement.kinds().contains(kind)
                && agreement.endedAt() == null && !day.isBefore(agreement.effectiveFrom())
                && (agreement.effectiveTo() == null || !day.isAfter(agreement.effectiveTo()));
    }

    /** Whether any of these agreements {@linkplain #shares shares}. */
    public static boolean anyShares(Collection<SharingAgreementRecord> agreements, String owner, String receiver,
                                    SharedRecordKind kind, LocalDate day) {
        boolean found = false;
        for (SharingAgreementRecord agreement : agreements) {
            found |= shares(agreement, owner, receiver, kind, day);
        }
        return found;
    }

    /**
     * Whether a client's decisions let {@code organizationId} see them on this day: a grant to it
     * that is neither revoked nor past its last day, and no refusal for it that is not revoked. A
     * refusal overrides any grant; decisions about other clients or organizations are ignored.
     */
    public static boolean consents(Collection<ConsentRecord> decisions, String clientId, String organizationId,
                                   LocalDate day) {
        boolean granted = false;
        boolean refused = false;
        for (ConsentRecord decision : decisions) {
            if (!decision.clientId().equals(clientId) || !decision.organizationId().equals(organizationId)
                    || decision.revoked()) {
                continue;
            }
            if (decision.decision() == ConsentDecision.REFUSED) {
                refused = true;
            } else if (!day.isAfter(decision.validUntil())) {
                granted = true;
            }
        }
        return granted && !refused;
    }
}
