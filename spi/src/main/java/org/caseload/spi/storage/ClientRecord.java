package org.caseload.spi.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A stored client: a person an organization serves.
 *
 * <p>{@code matchKeys} are computed by core from the record's identifying fields whenever it is
 * written (normalized name parts and the like); a store keeps them in an index so that
 * {@link ClientStore#findByMatchKeys} is a lookup, and never interprets them.
 *
 * @param id             the client id; required
 * @param organizationId the organization that registered the client; required
 * @param firstName      required, already normalized by core
 * @param middleName     may be null
 * @param lastName       required, already normalized by core
 * @param suffix         may be null
 * @param dateOfBirth    may be null (not collected)
 * @param matchKeys      the retrieval keys; required, may be empty
 * @param createdAt      required
 * @param updatedAt      required
 * @param version        the optimistic-locking version; 1 when first inserted
 */
public record ClientRecord(
        String id,
        String organizationId,
        String firstName,
        String middleName,
        String lastName,
        String suffix,
        LocalDate dateOfBirth,
        Set<String> matchKeys,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public ClientRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        matchKeys = Set.copyOf(Objects.requireNonNull(matchKeys, "matchKeys"));
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** This record with another version, as a store returns it after a write. */
    public ClientRecord withVersion(long newVersion) {
        return new ClientRecord(id, organizationId, firstName, middleName, lastName, suffix,
                dateOfBirth, matchKeys, createdAt, updatedAt, newVersion);
    }
}
