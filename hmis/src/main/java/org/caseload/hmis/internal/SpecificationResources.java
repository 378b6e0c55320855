// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.caseload.hmis.HmisCodeList;
import org.caseload.hmis.HmisColumn;
import org.caseload.hmis.HmisConditionalCodeList;
import org.caseload.hmis.HmisFile;
import org.caseload.hmis.HmisForeignKey;
import org.caseload.hmis.HmisType;

/**
 * Reads the specification's tables shipped beside this class: {@code columns_YEAR.csv} (every
 * file's columns in order), {@code lists_YEAR.json} (the code lists, with the codes a version
 * retired) and {@code rules.json} (primary and foreign keys, patterns, conditional lists). They are
 * machine-readable copies of the HUD HMIS CSV Format Specifications FY2024 and FY2026.
 */
public final class SpecificationResources {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The earliest version shipped, whose labels name the codes later versions retired. */
    private static final String EARLIEST = "2024";

    private SpecificationResources() {
    }

    /**
     * A version's tables, as the public types hold them.
     *
     * @param files                the files in order
     * @param codeLists            the code lists by name, in order
     * @param foreignKeys          the references between files
     * @param conditionalCodeLists the lists that another column chooses
     * @param patterns             the patterns by {@code File.Column}
     */
    public record Tables(List<HmisFile> files, Map<String, HmisCodeList> codeLists, List<HmisForeignKey> foreignKeys,
            List<HmisConditionalCodeList> conditionalCodeLists, Map<String, Pattern> patterns) {
    }

    /**
     * The tables of one version.
     *
     * @param year the version's year, {@code 2024} or {@code 2026}
     * @return its files, lists and rules
     */
    public static Tables read(String year) {
        try {
            JsonNode rules = json("rules.json");
            Map<String, HmisCodeList> lists = codeLists(json("lists_" + year + ".json"),
                    year.equals(EARLIEST) ? Map.of() : codeLists(json("lists_" + EARLIEST + ".json"), Map.of()));
            List<HmisFile> files = files(columns("columns_" + year + ".csv"), rules.get("files"), year);
            List<HmisForeignKey> foreignKeys = new ArrayList<>();
            for (JsonNode key : rules.get("foreign_keys")) {
                foreignKeys.add(new HmisForeignKey(key.get("file").asText(), key.get("column").asText(),
                        key.get("parent").asText(), key.get("parent_column").asText()));
            }
            List<HmisConditionalCodeList> conditional = new ArrayList<>();
            rules.get("conditional_lists").fields().forEachRemaining(entry -> {
                String[] fileColumn = entry.getKey().split("\\.", 2);
                JsonNode rule = entry.getValue();
                Map<String, String> only = new LinkedHashMap<>();
                if (rule.has("only_when")) {
                    rule.get("only_when").fields().forEachRemaining(e -> only.put(e.getKey(), e.getValue().asText()));
                }
                conditional.add(new HmisConditionalCodeList(fileColumn[0], fileColumn[1], rule.get("by").asText(),
                        strings(rule.get("lists")), only));
            });
            Map<String, Pattern> patterns = new LinkedHashMap<>();
            rules.get("patterns").fields().forEachRemaining(e -> patterns.put(e.getKey(),
                    Pattern.compile(e.getValue().asText())));
            return new Tables(List.copyOf(files), java.util.Collections.unmodifiableMap(lists),
                    List.copyOf(foreignKeys), List.copyOf(conditional), java.util.Collections.unmodifiableMap(patterns));
        } catch (IOException e) {
            throw new UncheckedIOException("the HMIS specification's tables for " + year
                    + " cannot be read from the module's resources", e);
        }
    }

    /**
     * The code lists of a version; a retired code without a label of its own takes the label an
     * earlier version's list gave it.
     */
    private static Map<String, HmisCodeList> codeLists(JsonNode root, Map<String, HmisCodeList> earlier) {
        Map<String, HmisCodeList> lists = new LinkedHashMap<>();
        root.fields().forEachRemaining(entry -> {
            JsonNode list = entry.getValue();
            List<String> codes = new ArrayList<>();
            list.get("values").forEach(code -> codes.add(code.asText()));
            Set<String> retired = new LinkedHashSet<>();
            if (list.has("deprecated")) {
                list.get("deprecated").forEach(code -> retired.add(code.asText()));
            }
            Map<String, String> labels = strings(list.get("labels"));
            HmisCodeList before = earlier.get(entry.getKey());
            for (String code : retired) {
                if (!labels.containsKey(code) && before != null) {
                    before.label(code).ifPresent(label -> labels.put(code, label));
                }
            }
            lists.put(entry.getKey(), new HmisCodeList(entry.getKey(), list.get("code").asText(), codes, labels,
                    retired));
        });
        return lists;
    }

    private static List<HmisFile> files(Map<String, List<HmisColumn>> columns, JsonNode fileRules, String year) {
        List<HmisFile> files = new ArrayList<>();
        columns.forEach((name, fileColumns) -> {
            JsonNode rule = fileRules.get(name);
            if (rule == null) {
                throw new IllegalStateException("rules.json has no file " + name);
            }
            boolean inVersion = false;
            for (JsonNode version : rule.get("versions")) {
                inVersion |= version.asText().equals(year);
            }
            if (inVersion) {
                files.add(new HmisFile(name, rule.get("primary_key").asText(), fileColumns));
            }
        });
        return files;
    }

    /** The rows of a columns table, grouped by file in the table's order. */
    private static Map<String, List<HmisColumn>> columns(String resource) throws IOException {
        Map<String, List<HmisColumn>> byFile = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line = in.readLine(); // File,Order,Column,Type,MaxLength,Required,Lists,ListCodes
            for (line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                byFile.computeIfAbsent(f[0], file -> new ArrayList<>()).add(new HmisColumn(f[2],
                        Integer.parseInt(f[1]), HmisType.valueOf(f[3].strip().toUpperCase(java.util.Locale.ROOT)),
                        f[4].isBlank() ? 0 : Integer.parseInt(f[4]), "Y".equals(f[5]), split(f[6]), split(f[7])));
            }
        }
        return byFile;
    }

    private static List<String> split(String field) {
        return field.isBlank() ? List.of() : Arrays.asList(field.split("\\|"));
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static JsonNode json(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = SpecificationResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no resource " + resource);
        }
        return in;
    }
}
