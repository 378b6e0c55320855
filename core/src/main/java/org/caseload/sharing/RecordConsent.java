// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.caseload.spi.storage.sharing.ConsentDecision;

/**
 * Records a client's decision about releasing their information to other organizations: one
 * decision per organization named.
 *
 * @param clientId        required; a client the caller may see
 * @param organizationIds the organizations the decision is about; one or more (the client's own
 *                        organization too: it then sees what other organizations share of the client)
 * @param decision        granted or refused; required
 * @param validUntil      the last day a grant applies, in the runtime clock's zone: required for a
 *                        grant, not in the past; must be empty for a refusal, which stands until revoked
 */
public record RecordConsent(
        @NotBlank String clientId,
        @NotEmpty @Size(max = MAX_ORGANIZATIONS)
        Set<@NotBlank @Size(max = CreateSharingAgreement.ORGANIZATION_ID_MAX_LENGTH) String> organizationIds,
        @NotNull ConsentDecision decision,
        LocalDate validUntil) {

    /** The most organizations one decision names. */
    public static final int MAX_ORGANIZATIONS = 50;

    public RecordConsent {
        // A set with a null is kept as given, for validation to report it.
        organizationIds = organizationIds == null || organizationIds.stream().anyMatch(Objects::isNull)
                ? organizationIds : Set.copyOf(organizationIds);
    }

    /** The client releases their information to these organizations until {@code validUntil}. */
    public static RecordConsent grant(String clientId, LocalDate validUntil, String... organizationIds) {
        return new RecordConsent(clientId, Set.of(organizationIds), ConsentDecision.GRANTED, validUntil);
    }

    /** The client refuses to release their information to these organizations. */
    public static RecordConsent refuse(String clientId, String... organizationIds) {
        return new RecordConsent(clientId, Set.of(organizationIds), ConsentDecision.REFUSED, null);
    }
}
