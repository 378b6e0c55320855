// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ContactInfo;
import org.caseload.spi.storage.clients.Demographics;
import org.caseload.spi.storage.clients.PersonName;

/**
 * Stored clients ({@link ClientRecord}) for tests that write to a storage directly, such as a
 * host's store or a rule over records as stored. Unless told otherwise a client has no name, SSN
 * or date of birth ("data not collected"), no contact details, forms or match keys, is neither
 * restricted nor merged, was written at {@link #DEFAULT_TIME} and is at version 1.
 */
public final class ClientRecords {

    /** When a client was written unless {@link Builder#writtenAt} says otherwise. */
    public static final Instant DEFAULT_TIME = Instant.parse("2026-01-05T09:00:00Z");

    private ClientRecords() {
    }

    /** A builder of a client of this organization. */
    public static Builder client(String id, String organizationId) {
        return new Builder(id, organizationId);
    }

    /** Builds one stored client; each call changes this builder and returns it. Not thread-safe. */
    public static final class Builder {

        private final String id;
        private final String organizationId;
        private PersonName name = PersonName.NONE;
        private NameDataQuality nameQuality = NameDataQuality.DATA_NOT_COLLECTED;
        private String ssn;
        private SsnDataQuality ssnQuality = SsnDataQuality.DATA_NOT_COLLECTED;
        private LocalDate dateOfBirth;
        private DobDataQuality dobQuality = DobDataQuality.DATA_NOT_COLLECTED;
        private Set<String> matchKeys = Set.of();
        private boolean restricted;
        private String mergedInto;
        private Instant writtenAt = DEFAULT_TIME;
        private long version = 1;

        private Builder(String id, String organizationId) {
            this.id = Objects.requireNonNull(id, "id");
            this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        }

        /** A full first and last name. */
        public Builder named(String first, String last) {
            name = new PersonName(first, null, last, null);
            nameQuality = NameDataQuality.FULL;
            return this;
        }

        /** A full nine-digit SSN, digits only. */
        public Builder ssn(String nineDigits) {
            ssn = nineDigits;
            ssnQuality = SsnDataQuality.FULL;
            return this;
        }

        /** A full date of birth. */
        public Builder bornOn(LocalDate date) {
            dateOfBirth = date;
            dobQuality = DobDataQuality.FULL;
            return this;
        }

        /** The retrieval keys a store indexes. */
        public Builder matchKeys(String... keys) {
            matchKeys = Set.of(keys);
            return this;
        }

        /** Registered with restricted intake, or not. */
        public Builder restricted(boolean isRestricted) {
            restricted = isRestricted;
            return this;
        }

        /** Merged into the client with this id. */
        public Builder mergedInto(String survivorId) {
            mergedInto = survivorId;
            return this;
        }

        /** Created and last updated at this instant. */
        public Builder writtenAt(Instant instant) {
            writtenAt = Objects.requireNonNull(instant, "instant");
            return this;
        }

        /** The optimistic-locking version. */
        public Builder version(long recordVersion) {
            version = recordVersion;
            return this;
        }

        /** The client as built so far. */
        public ClientRecord build() {
            ClientIdentity identity = new ClientIdentity(name, nameQuality, List.of(), ssn, ssnQuality, dateOfBirth,
                    dobQuality);
            Demographics demographics = new Demographics(Set.of(RaceAndEthnicity.DATA_NOT_COLLECTED),
                    Set.of(Gender.DATA_NOT_COLLECTED), NoYesReasons.DATA_NOT_COLLECTED);
            return new ClientRecord(id, organizationId, identity, demographics, ContactInfo.NONE, List.of(), matchKeys,
                    restricted, mergedInto, writtenAt, writtenAt, version);
        }
    }
}
