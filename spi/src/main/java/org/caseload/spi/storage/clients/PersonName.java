// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.clients;

/**
 * The parts of a person's name, each already cleaned by core (trimmed, NFC-normalized); any part
 * may be null when it is unknown or not given.
 *
 * @param first  the first (given) name
 * @param middle the middle name
 * @param last   the last (family) name
 * @param suffix such as {@code Jr.} or {@code III}
 */
public record PersonName(String first, String middle, String last, String suffix) {

    /** A name with no part at all. */
    public static final PersonName NONE = new PersonName(null, null, null, null);
}
