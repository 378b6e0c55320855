// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * A search for clients: a free-text box, structured fields, or both. Every part given narrows what
 * "a good match" means; matches are ranked by how well they agree with all of them, best first.
 *
 * <p>The free text is split on spaces: a date ({@code 3/4/1980}, {@code 1980-03-04},
 * {@code 03-04-1980}, month first) is a date of birth; nine digits ({@code 123-45-6789}) an SSN;
 * four digits the last four of an SSN; a client id (a UUID) that client; every other word a name
 * part, in any order.
 *
 * @param text        free text, such as {@code "jon smith 3/4/1980"}; optional
 * @param firstName   optional
 * @param lastName    optional
 * @param dateOfBirth optional
 * @param ssn         nine digits (hyphens allowed) or the last four; optional
 * @param clientId    a client id; optional
 * @param offset      how many matches to skip, for the next page: 0 to {@value #MAX_OFFSET}
 * @param limit       the most matches to return, 1 to {@value #MAX_LIMIT}
 */
public record ClientSearch(
        @Size(max = 200) String text,
        @Size(max = ClientDetails.NAME_MAX_LENGTH) String firstName,
        @Size(max = ClientDetails.NAME_MAX_LENGTH) String lastName,
        LocalDate dateOfBirth,
        @Pattern(regexp = "\\d{3}-?\\d{2}-?\\d{4}|\\d{4}", message = "{caseload.clientSearch.ssn.format}") String ssn,
        @Size(max = 64) String clientId,
        @Min(0) @Max(MAX_OFFSET) int offset,
        @Min(1) @Max(MAX_LIMIT) int limit) {

    /** The most matches one search returns. */
    public static final int MAX_LIMIT = 100;
    /** The deepest page a search reaches: past it, the search should be narrowed. */
    public static final int MAX_OFFSET = 400;
    /** How many matches a search returns unless told otherwise. */
    public static final int DEFAULT_LIMIT = 20;

    /** A free-text search, such as {@code "maria garcia"} or {@code "jon smith 3/4/1980"}, first page. */
    public static ClientSearch text(String text) {
        return new ClientSearch(text, null, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    /** A search by name parts in any order; the same as {@link #text}. */
    public static ClientSearch byName(String name) {
        return text(name);
    }

    /** A structured search; any argument may be null. */
    public static ClientSearch of(String firstName, String lastName, LocalDate dateOfBirth, String ssn) {
        return new ClientSearch(null, firstName, lastName, dateOfBirth, ssn, null, 0, DEFAULT_LIMIT);
    }

    /** This search for another page. */
    public ClientSearch page(int pageOffset, int pageLimit) {
        return new ClientSearch(text, firstName, lastName, dateOfBirth, ssn, clientId, pageOffset, pageLimit);
    }

    /** A search must say what to look for: text or at least one field. */
    @AssertTrue(message = "give search text or at least one field")
    public boolean isAnyCriterionGiven() {
        return Stream.of(text, firstName, lastName, ssn, clientId).anyMatch(value -> value != null && !value.isBlank())
                || dateOfBirth != null;
    }
}
