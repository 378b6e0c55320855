// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a file that holds an array of flat objects, such as {@code shortcuts.json}: each entry is
 * checked for unknown members and handed over with where it starts, so that a format reader's
 * messages name the line and column. Not thread-safe; lives while its file is read.
 */
final class JsonEntries {

    /** One entry of the array. */
    static final class Entry {
        private final JsonFile file;
        private final JsonNode node;
        private final JsonLocation start;
        private final String name;

        private Entry(JsonFile file, JsonNode node, JsonLocation start, String name) {
            this.file = file;
            this.node = node;
            this.start = start;
            this.name = name;
        }

        /** A member that must be a non-blank string. */
        String required(String member) {
            String value = optional(member);
            if (value == null) {
                throw fail("is missing required member \"" + member + "\"");
            }
            return value;
        }

        /** A member that, when present and not null, must be a non-blank string; null when absent. */
        String optional(String member) {
            JsonNode value = node.get(member);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual() || value.textValue().isBlank()) {
                throw fail("\"" + member + "\" must be a non-blank string");
            }
            return value.textValue();
        }

        /** A member that must be an array of non-blank strings, at least {@code minimum} of them. */
        List<String> strings(String member, int minimum) {
            JsonNode value = node.get(member);
            if (value == null || !value.isArray() || value.size() < minimum) {
                throw fail("\"" + member + "\" must be an array of at least " + minimum + " strings");
            }
            List<String> strings = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual() || item.textValue().isBlank()) {
                    throw fail("\"" + member + "\" must hold only non-blank strings");
                }
                strings.add(item.textValue());
            }
            return strings;
        }

        /** A member that, when present, must be a boolean; false when absent. */
        boolean flag(String member) {
            JsonNode value = node.get(member);
            if (value == null) {
                return false;
            }
            if (!value.isBoolean()) {
                throw fail("\"" + member + "\" must be true or false");
            }
            return value.booleanValue();
        }

        /** A member that, when present, must be an object; null when absent. */
        JsonNode object(String member) {
            JsonNode value = node.get(member);
            if (value != null && !value.isObject()) {
                throw fail("\"" + member + "\" must be an object");
            }
            return value;
        }

        /** A failure of this entry, naming the file, the place and the entry. */
        RuntimeException fail(String problem) {
            return file.fail(start, name + " " + problem);
        }
    }

    private JsonEntries() {
    }

    /**
     * The entries of the file's array.
     *
     * @param what    how messages name one entry, such as {@code shortcut}
     * @param members the members an entry may have
     */
    static List<Entry> read(JsonFile file, String what, Set<String> members) throws IOException {
        file.next();
        file.require(JsonToken.START_ARRAY, "the file must hold an array of " + what + "s");
        List<Entry> entries = new ArrayList<>();
        while (file.next() != JsonToken.END_ARRAY) {
            String name = what + " " + (entries.size() + 1);
            file.require(JsonToken.START_OBJECT, name + " must be an object");
            JsonLocation start = file.location();
            JsonNode node = file.readValue();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String member = names.next();
                if (!members.contains(member)) {
                    throw file.fail(start, name + " has an unknown member \"" + member + "\"");
                }
            }
            entries.add(new Entry(file, node, start, name));
        }
        return entries;
    }
}
