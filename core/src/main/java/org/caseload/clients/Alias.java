// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import org.caseload.clients.internal.validation.AnyPartGiven;
import org.caseload.clients.internal.validation.CleanText;

/**
 * Another name a client is known by (a maiden name, a street name). At least one part is given;
 * parts are cleaned like the client's own name and are searched like it.
 *
 * @param firstName  optional
 * @param middleName optional
 * @param lastName   optional
 * @param suffix     optional
 */
@AnyPartGiven
public record Alias(
        @CleanText(max = ClientDetails.NAME_MAX_LENGTH) String firstName,
        @CleanText(max = ClientDetails.NAME_MAX_LENGTH) String middleName,
        @CleanText(max = ClientDetails.NAME_MAX_LENGTH) String lastName,
        @CleanText(max = ClientDetails.SUFFIX_MAX_LENGTH) String suffix) {

    /** An alias of a first and a last name. */
    public static Alias of(String firstName, String lastName) {
        return new Alias(firstName, null, lastName, null);
    }
}
