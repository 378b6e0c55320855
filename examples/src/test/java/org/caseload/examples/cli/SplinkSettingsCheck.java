// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks exported Splink settings: against the structure of Splink 4's published settings schema
 * ({@code /splink/settings-structure.json}, restated from
 * {@code splink/internals/files/settings_jsonschema.json} of moj-analytical-services/splink), then
 * what the schema cannot say: every comparison has a null level first and an {@code ELSE} last,
 * m and u each sum to 1 over the other levels, and every column the SQL names is a column of the
 * prepared records. Collects every problem rather than stopping at the first.
 */
final class SplinkSettingsCheck {

    /** A side of a comparison level's column: {@code first_l}, {@code dm_first_r}. */
    private static final Pattern LEVEL_COLUMN = Pattern.compile("\\b([a-z][a-z0-9_]*?)_([lr])\\b");
    /** A side of a blocking rule's column: {@code l.dob}, {@code r.dm_last}. */
    private static final Pattern RULE_COLUMN = Pattern.compile("\\b([lr])\\.([a-z][a-z0-9_]*)\\b");
    private static final double TOLERANCE = 1e-6;

    private final List<String> problems = new ArrayList<>();

    private SplinkSettingsCheck() {
    }

    /** The problems of these settings given the prepared records' columns; empty when none. */
    static List<String> problems(JsonNode settings, Set<String> preparedColumns) throws IOException {
        SplinkSettingsCheck check = new SplinkSettingsCheck();
        try (InputStream structure = SplinkSettingsCheck.class.getResourceAsStream("/splink/settings-structure.json")) {
            check.structure("settings", new ObjectMapper().readTree(structure), settings);
        }
        check.levels(settings, preparedColumns);
        check.blockingRules(settings, preparedColumns);
        return check.problems;
    }

    /** The columns a comparison level's SQL names, either side. */
    static Set<String> levelColumns(String sql) {
        Set<String> columns = new LinkedHashSet<>();
        Matcher matcher = LEVEL_COLUMN.matcher(withoutStrings(sql));
        while (matcher.find()) {
            columns.add(matcher.group(1));
        }
        return columns;
    }

    private void structure(String where, JsonNode schema, JsonNode value) {
        String type = schema.path("type").asText();
        boolean fits = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!fits) {
            problems.add(where + " is not a " + type);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(where + " is " + value + ", not one of " + schema.get("enum"));
            }
        }
        if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()
                || schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
            problems.add(where + " is " + value + ", out of range");
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(where + " lacks " + required.asText());
            }
        }
        JsonNode properties = schema.path("properties");
        for (Iterator<String> names = value.isObject() ? value.fieldNames() : List.<String>of().iterator();
                names.hasNext(); ) {
            String name = names.next();
            if (properties.has(name)) {
                structure(where + "." + name, properties.get(name), value.get(name));
            } else if (!schema.path("additionalProperties").asBoolean(true)) {
                problems.add(where + " has " + name + ", which the schema does not allow");
            }
        }
        if (schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                structure(where + "[" + i + "]", schema.get("items"), value.get(i));
            }
        }
    }

    private void levels(JsonNode settings, Set<String> preparedColumns) {
        for (JsonNode comparison : settings.path("comparisons")) {
            String name = comparison.path("output_column_name").asText();
            JsonNode levels = comparison.path("comparison_levels");
            if (levels.size() < 2) {
                problems.add(name + " has fewer than two levels");
                continue;
            }
            if (!levels.get(0).path("is_null_level").asBoolean(false)) {
                problems.add(name + ": the first level is not the null level");
            }
            if (!levels.get(levels.size() - 1).path("sql_condition").asText().equals("ELSE")) {
                problems.add(name + ": the last level is not ELSE");
            }
            double m = 0;
            double u = 0;
            for (int i = 0; i < levels.size(); i++) {
                JsonNode level = levels.get(i);
                String sql = level.path("sql_condition").asText();
                if (!sql.equals("ELSE") && levelColumns(sql).isEmpty()) {
                    problems.add(name + " level " + i + " compares no column");
                }
                for (String column : levelColumns(sql)) {
                    if (!preparedColumns.contains(column)) {
                        problems.add(name + " level " + i + " names " + column + ", no prepared column");
                    }
                }
                if (i == 0) {
                    continue;
                }
                for (String probability : List.of("m_probability", "u_probability")) {
                    double p = level.path(probability).asDouble(-1);
                    if (!(p > 0 && p <= 1)) {
                        problems.add(name + " level " + i + ": " + probability + " " + p + " is not in (0, 1]");
                    }
                }
                m += level.path("m_probability").asDouble();
                u += level.path("u_probability").asDouble();
                String tf = level.path("tf_adjustment_column").asText(null);
                if (tf != null && !preparedColumns.contains(tf)) {
                    problems.add(name + " level " + i + " adjusts by " + tf + ", no prepared column");
                }
            }
            if (Math.abs(m - 1) > TOLERANCE || Math.abs(u - 1) > TOLERANCE) {
                problems.add(name + ": m sums to " + m + " and u to " + u + " over its levels, not 1");
            }
        }
    }

    private void blockingRules(JsonNode settings, Set<String> preparedColumns) {
        for (JsonNode rule : settings.path("blocking_rules_to_generate_predictions")) {
            Matcher matcher = RULE_COLUMN.matcher(withoutStrings(rule.asText()));
            int found = 0;
            while (matcher.find()) {
                found++;
                if (!preparedColumns.contains(matcher.group(2))) {
                    problems.add("blocking rule '" + rule.asText() + "' names " + matcher.group(2)
                            + ", no prepared column");
                }
            }
            if (found < 2) {
                problems.add("blocking rule '" + rule.asText() + "' compares no column of both sides");
            }
        }
    }

    /** The SQL with its string literals blanked, so that a bar or a letter in quotes is not a column. */
    private static String withoutStrings(String sql) {
        return sql.replaceAll("'[^']*'", "''");
    }
}
