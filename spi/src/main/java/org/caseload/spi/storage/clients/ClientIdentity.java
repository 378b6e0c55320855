// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.SsnDataQuality;

/**
 * Who a client is: the HUD identifying elements (name, SSN, date of birth), each beside its data
 * quality, and the other names the client is known by. Core has checked that each value agrees
 * with its quality before a store sees it.
 *
 * @param name          the client's name; required ({@link PersonName#NONE} when not given)
 * @param nameQuality   required
 * @param aliases       other names, in the order entered; required, may be empty
 * @param ssn           nine characters, digits and {@code x} for unknown digits; null when not given.
 *                      A store receives it sealed ({@code sealed:v1:<keyId>:<base64>}, about a
 *                      hundred characters) and keeps it as any text
 * @param ssnQuality    required
 * @param dateOfBirth   null when not given
 * @param dobQuality    required
 * @param otherId       an identifier of the person from another system (a previous system's
 *                      client id, a benefits number); null when not given
 */
public record ClientIdentity(PersonName name, NameDataQuality nameQuality, List<PersonName> aliases, String ssn,
                             SsnDataQuality ssnQuality, LocalDate dateOfBirth, DobDataQuality dobQuality,
                             String otherId) {
    public ClientIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameQuality, "nameQuality");
        aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        Objects.requireNonNull(ssnQuality, "ssnQuality");
        Objects.requireNonNull(dobQuality, "dobQuality");
    }

    /** An identity without an identifier from another system. */
    public ClientIdentity(PersonName name, NameDataQuality nameQuality, List<PersonName> aliases, String ssn,
            SsnDataQuality ssnQuality, LocalDate dateOfBirth, DobDataQuality dobQuality) {
        this(name, nameQuality, aliases, ssn, ssnQuality, dateOfBirth, dobQuality, null);
    }
}
