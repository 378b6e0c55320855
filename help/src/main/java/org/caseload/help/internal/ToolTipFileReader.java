// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caseload.spi.ui.ToolTipEntry;

/**
 * Reads a bundle's {@code tooltips.json}: an array of locale blocks, each
 * {@code {"locale": "fr-CA", "tips": [{"screen": ..., "field": ..., "text": ...}]}}, with every
 * member required and no other allowed, except that an organization's tip may name the custom
 * {@code "form"} it belongs to (the format is documented on {@code HelpContent}).
 */
final class ToolTipFileReader {

    private static final String LOCALE = "locale";
    private static final String TIPS = "tips";
    private static final String SCREEN = "screen";
    private static final String FIELD = "field";
    private static final String TEXT = "text";
    private static final String FORM = "form";
    private static final Set<String> TIP_MEMBERS = Set.of(SCREEN, FIELD, TEXT, FORM);

    /** One tip as the file gives it; its block's locale may come after it. {@code form} may be null. */
    private record Tip(String screen, String field, String text, String form) {
    }

    private ToolTipFileReader() {
    }

    /**
     * The tips of the file.
     *
     * @param organizationId the organization the file belongs to, or null for the product defaults
     */
    static List<ToolTipEntry> read(JsonFile file, String organizationId) throws IOException {
        file.next();
        file.require(JsonToken.START_ARRAY, "the file must hold an array of locale blocks");
        List<ToolTipEntry> entries = new ArrayList<>();
        int blocks = 0;
        while (file.next() != JsonToken.END_ARRAY) {
            blocks++;
            entries.addAll(readBlock(file, "locale block " + blocks, organizationId));
        }
        return entries;
    }

    private static List<ToolTipEntry> readBlock(JsonFile file, String block, String organizationId)
            throws IOException {
        file.require(JsonToken.START_OBJECT, block + " must be an object");
        JsonLocation start = file.location();
        Locale locale = null;
        List<Tip> tips = null;
        while (file.next() == JsonToken.FIELD_NAME) {
            String member = file.memberName();
            JsonLocation memberAt = file.location();
            file.next();
            switch (member) {
                case LOCALE -> locale = readLocale(file, block);
                case TIPS -> tips = readTips(file, block, organizationId != null);
                default -> throw file.fail(memberAt, block + " has an unknown member \"" + member + "\"");
            }
        }
        if (locale == null) {
            throw file.fail(start, block + " is missing required member \"" + LOCALE + "\"");
        }
        if (tips == null) {
            throw file.fail(start, block + " is missing required member \"" + TIPS + "\"");
        }
        Locale blockLocale = locale;
        return tips.stream()
                .map(tip -> new ToolTipEntry(organizationId, tip.screen(), tip.field(), blockLocale, tip.text(),
                        tip.form()))
                .toList();
    }

    private static Locale readLocale(JsonFile file, String block) throws IOException {
        file.require(JsonToken.VALUE_STRING, block + ": \"" + LOCALE + "\" must be a string");
        String tag = file.text();
        return LanguageTags.parse(tag).orElseThrow(() -> file.fail(file.location(),
                block + ": \"" + tag + "\" is not a language tag such as \"fr-CA\""));
    }

    /** @param forms whether tips may name a custom form: only an organization's may */
    private static List<Tip> readTips(JsonFile file, String block, boolean forms) throws IOException {
        file.require(JsonToken.START_ARRAY, block + ": \"" + TIPS + "\" must be an array");
        List<Tip> tips = new ArrayList<>();
        while (file.next() != JsonToken.END_ARRAY) {
            String where = block + ", tip " + (tips.size() + 1);
            file.require(JsonToken.START_OBJECT, where + " must be an object");
            JsonLocation start = file.location();
            JsonNode tip = file.readValue();
            for (Iterator<String> members = tip.fieldNames(); members.hasNext(); ) {
                String member = members.next();
                if (!TIP_MEMBERS.contains(member)) {
                    throw file.fail(start, where + " has an unknown member \"" + member + "\"");
                }
            }
            String form = null;
            if (tip.has(FORM)) {
                if (!forms) {
                    throw file.fail(start, where + ": only an organization's tips may name a custom \"" + FORM
                            + "\"");
                }
                form = requiredText(file, start, where, tip, FORM);
            }
            tips.add(new Tip(requiredText(file, start, where, tip, SCREEN),
                    requiredText(file, start, where, tip, FIELD),
                    requiredText(file, start, where, tip, TEXT), form));
        }
        return tips;
    }

    private static String requiredText(JsonFile file, JsonLocation start, String where, JsonNode tip,
                                       String member) {
        JsonNode value = tip.get(member);
        if (value == null || value.isNull()) {
            throw file.fail(start, where + " is missing required member \"" + member + "\"");
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw file.fail(start, where + ": \"" + member + "\" must be a non-blank string");
        }
        return value.textValue();
    }
}
