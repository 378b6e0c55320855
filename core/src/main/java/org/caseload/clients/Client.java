package org.caseload.clients;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A client as a caller sees it.
 *
 * @param id             the client id
 * @param organizationId the organization that registered the client
 * @param firstName      never null
 * @param middleName     may be null
 * @param lastName       never null
 * @param suffix         may be null
 * @param dateOfBirth    may be null
 * @param createdAt      when the client was registered
 * @param version        the version, to name when changing the client
 */
public record Client(
        String id,
        String organizationId,
        String firstName,
        String middleName,
        String lastName,
        String suffix,
        LocalDate dateOfBirth,
        Instant createdAt,
        long version) {

    /** First, middle and last name and suffix, as one line. */
    public String fullName() {
        StringBuilder name = new StringBuilder(firstName);
        if (middleName != null) {
            name.append(' ').append(middleName);
        }
        name.append(' ').append(lastName);
        if (suffix != null) {
            name.append(' ').append(suffix);
        }
        return name.toString();
    }
}
