// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import org.caseload.clients.internal.validation.AnyPartGiven;
import org.caseload.clients.internal.validation.CleanText;

/**
 * A postal address. Every part is optional, but at least one is given; parts are stored trimmed
 * and NFC-normalized.
 *
 * @param line1      street and number, at most 200 characters
 * @param line2      apartment, unit, care-of, at most 200 characters
 * @param city       city or town, at most 100 characters
 * @param region     state, province or territory, at most 100 characters
 * @param postalCode ZIP or postal code, at most 20 characters
 */
@AnyPartGiven
public record Address(
        @CleanText(max = 200) String line1,
        @CleanText(max = 200) String line2,
        @CleanText(max = 100) String city,
        @CleanText(max = 100) String region,
        @CleanText(max = 20) String postalCode) {
}
