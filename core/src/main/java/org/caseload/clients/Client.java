// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caseload.spi.forms.FormValues;

/**
 * A client as a caller sees it. Immutable.
 *
 * <p>{@code details().ssn()} is masked on every read: {@code *****} and the last four characters
 * as stored ({@code *****6789}). The full SSN comes only from {@link ClientService#revealSsn}; an
 * update that carries the masked SSN back keeps the stored one.
 *
 * @param id             the client id
 * @param organizationId the organization that registered the client
 * @param details        what is known about the client, cleaned as stored; its contact's address
 *                       is the current one
 * @param addressHistory every address recorded, newest first, the current one (if any) first
 * @param forms          the values entered through custom forms, one entry per form, each with
 *                       the form version it was entered with
 * @param mergedInto     the id of the client this one was merged into, whose record holds its
 *                       casework now; null while it is a client in its own right
 * @param createdAt      when the client was registered
 * @param updatedAt      when the client last changed
 * @param version        the version, to name when changing the client
 */
public record Client(
        String id,
        String organizationId,
        ClientDetails details,
        List<AddressPeriod> addressHistory,
        List<FormValues> forms,
        String mergedInto,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Client {
        addressHistory = List.copyOf(addressHistory);
        forms = List.copyOf(forms);
    }

    /** The name parts that are known (first, middle, last, suffix), as one line; empty when none are. */
    public String fullName() {
        return Stream.of(details.firstName(), details.middleName(), details.lastName(), details.suffix())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    /** The values entered through the form with this id. */
    public Optional<FormValues> form(String formId) {
        return forms.stream().filter(form -> form.formId().equals(formId)).findFirst();
    }
}
