// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a bundle's {@code organizations.json}: an array of distinct organization ids, each safe to
 * use as the name of a folder.
 */
final class OrganizationIndexReader {

    private static final Pattern ORGANIZATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private OrganizationIndexReader() {
    }

    /** The ids the file lists, in its order. */
    static List<String> read(JsonFile file) throws IOException {
        file.next();
        file.require(JsonToken.START_ARRAY, "the file must hold an array of organization ids");
        Set<String> ids = new LinkedHashSet<>();
        while (file.next() != JsonToken.END_ARRAY) {
            file.require(JsonToken.VALUE_STRING, "organization " + (ids.size() + 1) + " must be a string");
            String id = file.text();
            if (!ORGANIZATION_ID.matcher(id).matches()) {
                throw file.fail(file.location(), "\"" + id + "\" is not an organization id: use letters, digits, "
                        + "'.', '_' and '-', starting with a letter or digit");
            }
            if (!ids.add(id)) {
                throw file.fail(file.location(), "organization \"" + id + "\" is listed twice");
            }
        }
        return List.copyOf(ids);
    }
}
