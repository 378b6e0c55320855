// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseload.core.forms.internal.JsonFormFile.Member;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormField;

/**
 * Reads one form definition file: an object with {@code id}, {@code version}, {@code title} and
 * {@code fields}, every member required and no other allowed. The fields are read one at a time,
 * so that each failure can name the place of its field.
 */
final class FormDefinitionReader {

    private FormDefinitionReader() {
    }

    static FormDefinition read(JsonFormFile file) throws IOException {
        file.next();
        JsonLocation start = file.location();
        file.require(JsonToken.START_OBJECT, "a form definition must be an object");
        Map<String, Member> members = new LinkedHashMap<>();
        List<FormField> fields = null;
        while (file.next() == JsonToken.FIELD_NAME) {
            String member = file.memberName();
            file.next();
            switch (member) {
                case "fields" -> fields = readFields(file);
                case "id", "version", "title" -> members.put(member, file.readMember(member));
                default -> throw file.fail(file.location(),
                        "a form definition has an unknown member \"" + member + "\"");
            }
        }
        String id = text(file, start, members, "id");
        String title = text(file, start, members, "title");
        Member version = members.get("version");
        if (version == null) {
            throw file.fail(start, "form \"" + id + "\" is missing required member \"version\"");
        }
        if (!version.value().isIntegralNumber() || !version.value().canConvertToInt()
                || version.value().intValue() < 1) {
            throw file.fail(version.location(),
                    "form \"" + id + "\": \"version\" must be a whole number of at least 1");
        }
        if (fields == null) {
            throw file.fail(start, "form \"" + id + "\" is missing required member \"fields\"");
        }
        try {
            return new FormDefinition(id, version.value().intValue(), title, fields);
        } catch (IllegalArgumentException e) {
            throw file.fail(start, "form \"" + id + "\": " + e.getMessage());
        }
    }

    private static List<FormField> readFields(JsonFormFile file) throws IOException {
        file.require(JsonToken.START_ARRAY, "\"fields\" must be an array of field objects");
        List<FormField> fields = new ArrayList<>();
        Map<String, FormField> earlier = new LinkedHashMap<>();
        while (file.next() != JsonToken.END_ARRAY) {
            JsonLocation start = file.location();
            Map<String, Member> members = file.readObject("field " + (fields.size() + 1) + " must be an object");
            FormField field = new FormFieldReader(file, start, members, earlier).read();
            fields.add(field);
            try {
                // The form's rules across fields (unique ids, rules over earlier fields only) hold
                // for the fields before this one, so a prefix that breaks them is this field's fault.
                new FormDefinition("prefix", 1, "prefix", fields);
            } catch (IllegalArgumentException e) {
                throw file.fail(start, e.getMessage());
            }
            earlier.put(field.id(), field);
        }
        return fields;
    }

    private static String text(JsonFormFile file, JsonLocation start, Map<String, Member> members, String name) {
        Member member = members.get(name);
        if (member == null) {
            throw file.fail(start, "a form definition is missing required member \"" + name + "\"");
        }
        if (!member.value().isTextual() || member.value().asText().isBlank()) {
            throw file.fail(member.location(), "\"" + name + "\" must be a non-blank string, not "
                    + JsonFormFile.describe(member.value()));
        }
        return member.value().asText();
    }
}
