// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;

/**
 * Makes another member the head of household. Relationships are relative to the head, so the
 * command gives every other member's relationship to the new head, the former head's included.
 *
 * @param householdId     required
 * @param expectedVersion the version of the household the caller read
 * @param newHeadClientId a member who is not the head now; required
 * @param relationships   the relationship to the new head of every member except the new head,
 *                        keyed by client id; none {@code SELF}
 */
public record ChangeHeadOfHousehold(
        @NotBlank String householdId,
        @Positive long expectedVersion,
        @NotBlank String newHeadClientId,
        @NotNull Map<@NotBlank String, @NotNull RelationshipToHeadOfHousehold> relationships) {

    public ChangeHeadOfHousehold {
        // A copy that keeps null keys and values, so that validation reports them rather than a
        // NullPointerException here.
        relationships = relationships == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
    }
}
