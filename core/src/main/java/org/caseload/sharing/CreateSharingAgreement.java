// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.caseload.spi.storage.sharing.SharedRecordKind;

/**
 * Records an agreement by which one organization's records are seen by another.
 *
 * @param sharingOrganizationId   the organization whose records are shared; required
 * @param receivingOrganizationId the organization that sees them; required, another organization
 * @param direction               one-way, or two-way (each sees the other's); required
 * @param kinds                   the kinds of records shared; one or more, never
 *                                {@link SharedRecordKind#CASE_NOTES}
 * @param effectiveFrom           the first day it applies, in the runtime clock's zone; required
 * @param effectiveTo             the last day it applies; null for no end date; not before
 *                                {@code effectiveFrom}, not in the past
 */
public record CreateSharingAgreement(
        @NotBlank @Size(max = ORGANIZATION_ID_MAX_LENGTH) String sharingOrganizationId,
        @NotBlank @Size(max = ORGANIZATION_ID_MAX_LENGTH) String receivingOrganizationId,
        @NotNull SharingDirection direction,
        @NotEmpty Set<@NotNull SharedRecordKind> kinds,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    /** The longest organization id accepted. */
    public static final int ORGANIZATION_ID_MAX_LENGTH = 100;

    public CreateSharingAgreement {
        // A set with a null is kept as given, for validation to report it.
        kinds = kinds == null || kinds.stream().anyMatch(Objects::isNull) ? kinds
                : kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** A one-way agreement without an end date. */
    public static CreateSharingAgreement oneWay(String sharingOrganizationId, String receivingOrganizationId,
                                                LocalDate effectiveFrom, SharedRecordKind... kinds) {
        return new CreateSharingAgreement(sharingOrganizationId, receivingOrganizationId, SharingDirection.ONE_WAY,
                Set.of(kinds), effectiveFrom, null);
    }

    /** This agreement, two-way. */
    public CreateSharingAgreement twoWay() {
        return new CreateSharingAgreement(sharingOrganizationId, receivingOrganizationId, SharingDirection.TWO_WAY,
                kinds, effectiveFrom, effectiveTo);
    }

    /** This agreement ending on {@code lastDay}. */
    public CreateSharingAgreement until(LocalDate lastDay) {
        return new CreateSharingAgreement(sharingOrganizationId, receivingOrganizationId, direction, kinds,
                effectiveFrom, lastDay);
    }
}
