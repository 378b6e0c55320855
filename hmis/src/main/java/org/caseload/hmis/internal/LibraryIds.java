// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.HexFormat;
import java.util.UUID;
import org.caseload.hmis.HmisFormatException;

/**
 * The ids an export writes for the library's own records. The CSV's ids hold at most 32
 * characters; the library's are UUIDs (36 with their dashes), written as their 32 hexadecimal
 * digits in lower case. A host's own id that is not a UUID is written as it is when it fits.
 */
public final class LibraryIds {

    /** The most characters of an id in the CSV. */
    static final int MAX_LENGTH = 32;

    private LibraryIds() {
    }

    /** A UUID as the CSV's ids allow it: 32 hexadecimal digits in lower case, no dashes. */
    public static String hex(UUID id) {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(id.getMostSignificantBits()) + hex.toHexDigits(id.getLeastSignificantBits());
    }

    /**
     * The id written for one of the library's ids.
     *
     * @param file   the file written, for the error
     * @param column the column written, for the error
     * @param id     the library's id
     * @throws HmisFormatException when the id is neither a UUID nor at most 32 characters
     */
    static String of(String file, String column, String id) {
        UUID uuid = uuid(id);
        if (uuid != null) {
            return hex(uuid);
        }
        if (id.length() <= MAX_LENGTH) {
            return id;
        }
        throw new HmisFormatException(file + ".csv", 0, column, "the library's id " + id
                + " is neither a UUID nor at most " + MAX_LENGTH + " characters, so no export can hold it", null);
    }

    /** Whether a requested id names this library id, in its own form or as the export writes it. */
    static boolean names(String requested, String id) {
        if (requested.equals(id)) {
            return true;
        }
        UUID uuid = uuid(id);
        return uuid != null && requested.equalsIgnoreCase(hex(uuid));
    }

    private static UUID uuid(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            // UUID.fromString also takes short groups ("1-2-3-4-5"), which are not the library's ids.
            return uuid.toString().equalsIgnoreCase(id) ? uuid : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
