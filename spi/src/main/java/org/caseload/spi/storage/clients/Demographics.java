// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import java.util.Objects;
import java.util.Set;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;

/**
 * The HUD demographic elements of a client.
 *
 * @param raceAndEthnicity one or more responses; required
 * @param gender           one or more responses; required
 * @param veteranStatus    required
 */
public record Demographics(Set<RaceAndEthnicity> raceAndEthnicity, Set<Gender> gender, NoYesReasons veteranStatus) {
    public Demographics {
        raceAndEthnicity = Set.copyOf(Objects.requireNonNull(raceAndEthnicity, "raceAndEthnicity"));
        gender = Set.copyOf(Objects.requireNonNull(gender, "gender"));
        Objects.requireNonNull(veteranStatus, "veteranStatus");
    }
}
