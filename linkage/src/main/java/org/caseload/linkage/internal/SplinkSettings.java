// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fitted model as Splink 4 settings: each scoring variable a comparison whose levels are SQL
 * conditions on the {@link PreparedColumns} (null level first, then agree, partial and the rest),
 * with the variable's m and u; the bulk blocking keys as blocking rules. Levels compare
 * {@code <column>_l} with {@code <column>_r}, blocking rules {@code l.<column>} with
 * {@code r.<column>}, as Splink names the two sides. The SQL uses only what Splink provides on
 * DuckDB and on Spark: {@code jaro_winkler_similarity}, {@code damerau_levenshtein}, {@code instr},
 * {@code substr}, {@code length} and {@code ||}. The result is plain JSON values: maps in key
 * order, lists, strings, numbers and booleans. Stateless.
 */
public final class SplinkSettings {

    /** The columns whose exact agreement is adjusted for how common the value is. */
    public static final List<String> TERM_FREQUENCY_COLUMNS = List.of("first", "last");

    private static final String CLOSE = String.format(Locale.ROOT, "%.2f", NameComparator.CLOSE_SIMILARITY);

    private SplinkSettings() {
    }

    /**
     * The settings of a fitted model.
     *
     * @param parameters      the fitted m, u and prior
     * @param nameFrequencies whether agreeing first names and surnames are adjusted by term frequency
     */
    public static Map<String, Object> of(FellegiSunterParameters parameters, boolean nameFrequencies) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("link_type", "dedupe_only");
        settings.put("unique_id_column_name", "unique_id");
        settings.put("probability_two_random_records_match", parameters.prior());
        settings.put("retain_matching_columns", true);
        settings.put("retain_intermediate_calculation_columns", false);
        settings.put("blocking_rules_to_generate_predictions", blockingRules());
        List<Object> comparisons = new ArrayList<>();
        for (ScoringVariable variable : ScoringVariable.values()) {
            comparisons.add(comparison(variable, parameters, nameFrequencies));
        }
        settings.put("comparisons", comparisons);
        return settings;
    }

    /**
     * The composite keys of {@link BulkBlockingKeys} as rules that pair exactly the records that
     * share a key: a name's sound or first letters meet the same of the other record's either
     * name, as the keys do.
     */
    static List<Object> blockingRules() {
        String anySound = "(l.dm_first in (r.dm_first, r.dm_last) or l.dm_last in (r.dm_first, r.dm_last))";
        String soundAndPrefix = "((l.dm_first = r.dm_first and l.last_prefix = r.last_prefix)"
                + " or (l.dm_first = r.dm_last and l.last_prefix = r.first_prefix)"
                + " or (l.dm_last = r.dm_first and l.first_prefix = r.last_prefix)"
                + " or (l.dm_last = r.dm_last and l.first_prefix = r.first_prefix))";
        String undated = "(l.dob_exact is null or r.dob_exact is null)";
        List<Object> rules = new ArrayList<>();
        rules.add("l.dob_exact = r.dob_exact and " + anySound);
        rules.add("l.dob_exact = r.dob_exact_swapped and " + anySound);
        rules.add("l.dob_exact_swapped = r.dob_exact and " + anySound);
        rules.add("l.dob_exact = r.dob_exact and l.initials = r.initials");
        for (String part : List.of("birth_yearmonth", "birth_monthday", "birth_yearday")) {
            rules.add("l." + part + " = r." + part + " and " + soundAndPrefix);
        }
        rules.add("l.birth_year = r.birth_year and l.name_sounds = r.name_sounds");
        rules.add("l.name_sounds = r.name_sounds and " + undated);
        rules.add(undated + " and " + soundAndPrefix);
        rules.add("l.ssn_key = r.ssn_key");
        rules.add("l.ssn4_key = r.ssn4_key and " + anySound);
        rules.add("l.ssn4_key = r.ssn4_key and l.birth_year = r.birth_year");
        rules.add("l.identifier = r.identifier");
        rules.add("l.postal_code = r.postal_code and l.street_number = r.street_number");
        rules.add("l.postal_code = r.postal_code and l.dm_last = r.dm_last");
        return rules;
    }

    private static Map<String, Object> comparison(ScoringVariable variable, FellegiSunterParameters parameters,
            boolean nameFrequencies) {
        Conditions conditions = conditions(variable);
        double[] m = parameters.m()[variable.ordinal()];
        double[] u = parameters.u()[variable.ordinal()];
        String tf = !nameFrequencies ? null : switch (variable) {
            case FIRST_NAME -> "first";
            case LAST_NAME -> "last";
            default -> null;
        };
        List<Object> levels = new ArrayList<>();
        Map<String, Object> nullLevel = new LinkedHashMap<>();
        nullLevel.put("sql_condition", conditions.missing());
        nullLevel.put("label_for_charts", "missing");
        nullLevel.put("is_null_level", true);
        levels.add(nullLevel);
        if (conditions.partial() != null) {
            levels.add(level(conditions.agree(), "agree", m[0], u[0], tf));
            levels.add(level(conditions.partial(), "partial: " + conditions.partialLabel(), m[1], u[1], null));
            levels.add(level("ELSE", "disagree", m[2], u[2], null));
        } else {
            // A variable that never partly agrees (gender) keeps the floor EM gives the unseen level:
            // the two levels there are share what is left, as their weights' ratio stays.
            double mSeen = m[0] + m[2];
            double uSeen = u[0] + u[2];
            levels.add(level(conditions.agree(), "agree", m[0] / mSeen, u[0] / uSeen, tf));
            levels.add(level("ELSE", "disagree", m[2] / mSeen, u[2] / uSeen, null));
        }
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("output_column_name", variable.name().toLowerCase(Locale.ROOT));
        comparison.put("comparison_description", conditions.description());
        comparison.put("comparison_levels", levels);
        return comparison;
    }

    private static Map<String, Object> level(String condition, String label, double m, double u, String tf) {
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("sql_condition", condition);
        level.put("label_for_charts", label);
        level.put("m_probability", m);
        level.put("u_probability", u);
        if (tf != null) {
            level.put("tf_adjustment_column", tf);
            level.put("tf_adjustment_weight", 1.0);
        }
        return level;
    }

    /** The SQL of one variable's levels; {@code partial} null where the variable has no partial agreement. */
    private record Conditions(String description, String missing, String agree, String partial,
            String partialLabel) {
    }

    private static Conditions conditions(ScoringVariable variable) {
        return switch (variable) {
            case FIRST_NAME -> new Conditions("first name, as the engine compares given names",
                    missing("first"), equal("first"),
                    or(close("first", "first"), nickname("first"), initial("first"), swappedNames(),
                            inAliases("first")),
                    "typo, sound-alike, nickname, initial, swapped with surname or an alias");
            case MIDDLE_NAME -> new Conditions("middle name, as the engine compares given names",
                    missing("middle"), equal("middle"),
                    or(close("middle", "middle"), nickname("middle"), initial("middle")),
                    "typo, sound-alike, nickname or initial");
            case LAST_NAME -> new Conditions("surname, as the engine compares it",
                    missing("last"), equal("last"),
                    or(close("last", "last"), sharedPart(), swappedNames(), inAliases("last"),
                            "last_l = middle_r or middle_l = last_r"),
                    "typo, sound-alike, a shared part, swapped with first name, an alias or the other's middle name");
            case DATE_OF_BIRTH -> new Conditions("date of birth as yyyyMMdd; of an approximate one only the year",
                    missing("dob"), "dob_approximate_l is null and dob_approximate_r is null and " + equal("dob"),
                    "(dob_approximate_l is null and dob_approximate_r is null and (" + or("dob_l = dob_swapped_r",
                            oneTypo("dob")) + ")) or ((dob_approximate_l is not null or dob_approximate_r is not null)"
                            + " and abs(cast(birth_year_l as integer) - cast(birth_year_r as integer)) <= "
                            + DateOfBirthComparator.MAX_APPROXIMATE_YEARS + ")",
                    "day and month swapped, or one typo; an approximate date's year, give or take one");
            case SSN -> new Conditions("SSN by keyed digests of the number and of its last four digits",
                    "ssn4_key_l is null or ssn4_key_r is null", equal("ssn_key"),
                    "(ssn_key_l is null or ssn_key_r is null) and ssn4_key_l = ssn4_key_r",
                    "the same last four digits, one side without the full number");
            case IDENTIFIER -> new Conditions("other identifier", missing("identifier"), equal("identifier"),
                    oneTypo("identifier"), "one typo");
            case GENDER -> new Conditions("gender code", missing("gender"), equal("gender"), null, null);
            case ADDRESS -> address();
        };
    }

    /**
     * The address as one piece of evidence: street number, street, second line, city and postal
     * code count 1 each, the state 1/2; agreeing counts fully, partly agreeing half, missing not at
     * all. Agree at 80% of what was compared if that is at least 2, partly at 50%.
     */
    private static Conditions address() {
        String[][] components = {
            {"street_number", oneTypo("street_number"), "1"},
            {"street", close("street", "street"), "1"},
            {"address_line2", close("address_line2", "address_line2"), "1"},
            {"city", close("city", "city"), "1"},
            {"postal_code", oneTypo("postal_code"), "1"},
            {"state", null, "0.5"},
        };
        List<String> agreeing = new ArrayList<>();
        List<String> compared = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String[] c : components) {
            String name = c[0];
            String weight = c[2];
            agreeing.add("(case when " + missing(name) + " then 0 when " + equal(name) + " then " + weight
                    + (c[1] == null ? "" : " when " + c[1] + " then " + weight + " / 2.0") + " else 0 end)");
            compared.add("(case when " + missing(name) + " then 0 else " + weight + " end)");
            missing.add("(" + missing(name) + ")");
        }
        String agree = "(" + String.join(" + ", agreeing) + ")";
        String all = "(" + String.join(" + ", compared) + ")";
        return new Conditions("address components together: street number, street, second line, city, postal code, "
                + "state at half weight", String.join(" and ", missing),
                "5 * " + agree + " >= 4 * " + all + " and " + all + " >= 2",
                "2 * " + agree + " >= " + all, "half of the components agree");
    }

    private static String missing(String column) {
        return column + "_l is null or " + column + "_r is null";
    }

    private static String equal(String column) {
        return column + "_l = " + column + "_r";
    }

    /** A typo (Jaro–Winkler at least the engine's cut-off) or the same primary Double Metaphone code. */
    private static String close(String left, String right) {
        return "jaro_winkler_similarity(" + left + "_l, " + right + "_r) >= " + CLOSE + " or dm_" + left + "_l = dm_"
                + right + "_r";
    }

    private static String nickname(String column) {
        return "instr(" + column + "_nicknames_l, '|' || " + column + "_r || '|') > 0 or instr(" + column
                + "_nicknames_r, '|' || " + column + "_l || '|') > 0";
    }

    private static String initial(String column) {
        return "(length(" + column + "_l) = 1 and substr(" + column + "_r, 1, 1) = " + column + "_l) or (length("
                + column + "_r) = 1 and substr(" + column + "_l, 1, 1) = " + column + "_r)";
    }

    private static String swappedNames() {
        return "(first_l = last_r and last_l = first_r) or ((" + close("first", "last") + ") and (" + close("last",
                "first") + "))";
    }

    private static String inAliases(String column) {
        return "instr(aliases_l, '|' || " + column + "_r || '|') > 0 or instr(aliases_r, '|' || " + column
                + "_l || '|') > 0";
    }

    /** A part of two letters or more of one surname is a part of the other (either's first two parts). */
    private static String sharedPart() {
        List<String> shared = new ArrayList<>();
        for (String part : List.of("last_part1", "last_part2")) {
            shared.add("instr(last_parts_r, '|' || " + part + "_l || '|') > 0");
            shared.add("instr(last_parts_l, '|' || " + part + "_r || '|') > 0");
        }
        return String.join(" or ", shared);
    }

    private static String oneTypo(String column) {
        return "damerau_levenshtein(" + column + "_l, " + column + "_r) <= 1";
    }

    private static String or(String... conditions) {
        List<String> wrapped = new ArrayList<>();
        for (String condition : conditions) {
            wrapped.add("(" + condition + ")");
        }
        return String.join(" or ", wrapped);
    }
}
