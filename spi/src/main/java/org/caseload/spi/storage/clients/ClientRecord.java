// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.caseload.spi.forms.FormValues;

/**
 * A stored client: a person an organization serves, with the HUD Universal Data Elements grouped
 * by what they describe, and the values entered through the organization's custom forms.
 *
 * <p>Core has validated and cleaned every value before a store sees it; a store keeps the record
 * exactly as given and returns it equal. {@code matchKeys} are computed by core from the record's
 * identifying fields whenever it is written (normalized name parts and the like); a store keeps
 * them in an index so that {@link ClientStore#findByMatchKeys} is a lookup, and never interprets them.
 * A store only ever sees a client as it is kept at rest: its SSN and the values of sensitive form
 * fields sealed (encrypted) as text, its SSN match keys as keyed digests.
 *
 * @param id             the client id; required
 * @param organizationId the organization that registered the client; required
 * @param identity       name, SSN and date of birth with their data quality, and aliases; required
 * @param demographics   race and ethnicity, gender, veteran status; required
 * @param contact        phone, email and address history; required ({@link ContactInfo#NONE})
 * @param forms          the values entered through custom forms, at most one entry per form id, in
 *                       the order entered; required, may be empty
 * @param matchKeys      the retrieval keys; required, may be empty
 * @param restricted     registered with restricted intake: seen by its own organization only,
 *                       whatever agreement or consent exists
 * @param mergedInto     the id of the client this one was merged into; null while it is a client
 *                       in its own right
 * @param createdAt      required
 * @param updatedAt      required
 * @param version        the optimistic-locking version; 1 when first inserted
 */
public record ClientRecord(
        String id,
        String organizationId,
        ClientIdentity identity,
        Demographics demographics,
        ContactInfo contact,
        List<FormValues> forms,
        Set<String> matchKeys,
        boolean restricted,
        String mergedInto,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public ClientRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(demographics, "demographics");
        Objects.requireNonNull(contact, "contact");
        forms = List.copyOf(Objects.requireNonNull(forms, "forms"));
        matchKeys = Set.copyOf(Objects.requireNonNull(matchKeys, "matchKeys"));
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Set<String> formIds = new HashSet<>();
        for (FormValues form : forms) {
            if (!formIds.add(form.formId())) {
                throw new IllegalArgumentException("client " + id + " has two entries of form " + form.formId());
            }
        }
    }

    /** A client that is neither restricted nor merged. */
    public ClientRecord(String id, String organizationId, ClientIdentity identity, Demographics demographics,
            ContactInfo contact, List<FormValues> forms, Set<String> matchKeys, Instant createdAt, Instant updatedAt,
            long version) {
        this(id, organizationId, identity, demographics, contact, forms, matchKeys, false, null, createdAt, updatedAt,
                version);
    }

    /** This record with another version, as a store returns it after a write. */
    public ClientRecord withVersion(long newVersion) {
        return new ClientRecord(id, organizationId, identity, demographics, contact, forms, matchKeys, restricted,
                mergedInto, createdAt, updatedAt, newVersion);
    }

    /** This record without its match keys, as {@link ClientStore#findCandidatesByMatchKeys} returns it. */
    public ClientRecord withoutMatchKeys() {
        return new ClientRecord(id, organizationId, identity, demographics, contact, forms, Set.of(), restricted,
                mergedInto, createdAt, updatedAt, version);
    }

    /** This record marked merged into another client (or, with null, a client in its own right again). */
    public ClientRecord withMergedInto(String targetId, Instant at) {
        return new ClientRecord(id, organizationId, identity, demographics, contact, forms, matchKeys, restricted,
                targetId, createdAt, at, version);
    }
}
