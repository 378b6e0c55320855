package org.caseload.clients;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A search for clients by name.
 *
 * @param name  one or more name parts in any order, such as {@code "maria garcia"}; required
 * @param limit the most matches to return, 1 to {@value #MAX_LIMIT}
 */
public record ClientSearch(
        @NotBlank @Size(max = 200) String name,
        @Min(1) @Max(MAX_LIMIT) int limit) {

    /** The most matches one search returns. */
    public static final int MAX_LIMIT = 100;

    /** A search for a name, returning up to 20 matches. */
    public static ClientSearch byName(String name) {
        return new ClientSearch(name, 20);
    }
}
