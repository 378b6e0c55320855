// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caseload.spi.ui.ShortcutDefinition;
import org.caseload.spi.ui.ShortcutOverride;

/**
 * Reads a bundle's {@code shortcuts.json} files. The product's is an array of
 * {@code {"action", "keys", "screen" (optional), "description": {"en": ..., "fr": ...}}}; an
 * organization's is an array of {@code {"action", "keys"}} to remap or
 * {@code {"action", "disabled": true}} to turn one off. Combinations are parsed and checked
 * when the help service is created; this reader checks only the JSON's shape.
 */
final class ShortcutFileReader {

    private static final Set<String> PRODUCT_MEMBERS = Set.of("action", "keys", "screen", "description");
    private static final Set<String> ORGANIZATION_MEMBERS = Set.of("action", "keys", "disabled");

    private ShortcutFileReader() {
    }

    /** The product's shortcuts. */
    static List<ShortcutDefinition> definitions(JsonFile file) throws IOException {
        List<ShortcutDefinition> definitions = new ArrayList<>();
        for (JsonEntries.Entry entry : JsonEntries.read(file, "shortcut", PRODUCT_MEMBERS)) {
            JsonNode description = entry.object("description");
            if (description == null) {
                throw entry.fail("is missing required member \"description\"");
            }
            definitions.add(new ShortcutDefinition(entry.required("action"), entry.required("keys"),
                    entry.optional("screen"), descriptions(entry, description)));
        }
        return definitions;
    }

    /** An organization's changes. */
    static List<ShortcutOverride> overrides(JsonFile file, String organizationId) throws IOException {
        List<ShortcutOverride> overrides = new ArrayList<>();
        for (JsonEntries.Entry entry : JsonEntries.read(file, "shortcut change", ORGANIZATION_MEMBERS)) {
            String keys = entry.optional("keys");
            boolean disabled = entry.flag("disabled");
            if (disabled == (keys != null)) {
                throw entry.fail("must have either \"keys\" (to remap) or \"disabled\": true (to turn it off)");
            }
            overrides.add(new ShortcutOverride(organizationId, entry.required("action"), keys));
        }
        return overrides;
    }

    private static Map<Locale, String> descriptions(JsonEntries.Entry entry, JsonNode description) {
        Map<Locale, String> texts = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> members = description.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            Locale locale = LanguageTags.parse(member.getKey()).orElseThrow(() -> entry.fail("description \""
                    + member.getKey() + "\" is not a language tag such as \"fr-CA\""));
            if (!member.getValue().isTextual() || member.getValue().textValue().isBlank()) {
                throw entry.fail("description \"" + member.getKey() + "\" must be a non-blank string");
            }
            texts.put(locale, member.getValue().textValue());
        }
        return texts;
    }
}
