// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caseload.linkage.internal.BulkBlockingKeys;
import org.caseload.linkage.internal.JaroWinkler;
import org.caseload.linkage.internal.PairComparator;
import org.caseload.linkage.internal.PreparedColumns;
import org.caseload.linkage.internal.PreparedSubject;
import org.caseload.linkage.internal.ScoringVariable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exported Splink SQL run on an SQL engine (H2, with the two similarity functions Splink adds
 * to DuckDB and Spark registered from Java) over every pair of records made to exercise each
 * comparator's rules: each comparison's level must be the level the engine's comparators give,
 * and the blocking rules must pair exactly the records that share a bulk blocking key. Public, for
 * H2 to call the two functions.
 */
public class SplinkSqlFidelityTest {

    private static final byte[] KEY = "sixteen bytes or more of key".getBytes(StandardCharsets.UTF_8);
    private final List<MatchSubject> subjects = variants();
    private final List<PreparedSubject> prepared = subjects.stream().map(PreparedSubject::of).toList();
    private Connection connection;

    @BeforeEach
    void load() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("create alias jaro_winkler_similarity for \"" + getClass().getName() + ".jaroWinkler\"");
            statement.execute("create alias damerau_levenshtein for \"" + getClass().getName() + ".damerauLevenshtein\"");
            List<String> columns = new ArrayList<>();
            PreparedColumns.NAMES.forEach(name -> columns.add(name + " varchar"));
            statement.execute("create table records (" + String.join(", ", columns) + ")");
        }
        PreparedColumns columns = new PreparedColumns(NicknameTable.standard(), KEY);
        String marks = String.join(", ", PreparedColumns.NAMES.stream().map(name -> "?").toList());
        try (PreparedStatement insert = connection.prepareStatement("insert into records values (" + marks + ")")) {
            for (int i = 0; i < prepared.size(); i++) {
                List<String> values = columns.values(String.format("%04d", i), prepared.get(i));
                for (int c = 0; c < values.size(); c++) {
                    insert.setString(c + 1, values.get(c).isEmpty() ? null : values.get(c));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyComparisonGivesThePairTheLevelTheComparatorsGive() throws SQLException {
        List<Object> comparisons = list(SplinkExport.of(MatchEngine.standard(), MatchModel.standard(), subjects, KEY)
                .settings().get("comparisons"));
        PairComparator comparator = new PairComparator(NicknameTable.standard());
        Map<String, Integer> mismatches = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        Map<ScoringVariable, Set<Integer>> seen = new java.util.EnumMap<>(ScoringVariable.class);
        long pairs = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(levelsQuery(comparisons))) {
            while (rows.next()) {
                pairs++;
                int i = Integer.parseInt(rows.getString(1));
                int j = Integer.parseInt(rows.getString(2));
                int pattern = comparator.compare(prepared.get(i), prepared.get(j)).pattern();
                for (ScoringVariable variable : ScoringVariable.values()) {
                    int sql = rows.getInt(3 + variable.ordinal());
                    int engine = variable.levelIn(pattern);
                    seen.computeIfAbsent(variable, v -> new TreeSet<>()).add(engine);
                    if (sql != engine) {
                        mismatches.merge(variable.name(), 1, Integer::sum);
                        if (examples.size() < 10) {
                            examples.add(variable + " " + i + "/" + j + ": sql " + sql + ", engine " + engine);
                        }
                    }
                }
            }
        }
        assertThat(pairs).isEqualTo((long) subjects.size() * (subjects.size() - 1) / 2);
        assertThat(mismatches).as(String.join("; ", examples)).isEmpty();
        // The records reach every level of every variable (gender never partly agrees).
        seen.forEach((variable, levels) -> assertThat(levels).as(variable.name())
                .containsExactlyElementsOf(variable == ScoringVariable.GENDER ? List.of(0, 2, 3) : List.of(0, 1, 2, 3)));
    }

    @Test
    void aTypoInAFullSsnIsTheOneSlipTheDigestsCannotTell() throws SQLException {
        PreparedSubject a = PreparedSubject.of(MatchSubject.builder("a").ssn("123456789").build());
        PreparedSubject b = PreparedSubject.of(MatchSubject.builder("b").ssn("123456780").build());
        int engine = ScoringVariable.SSN.levelIn(new PairComparator(NicknameTable.standard()).compare(a, b).pattern());
        PreparedColumns columns = new PreparedColumns(NicknameTable.standard(), KEY);
        int ssnKey = PreparedColumns.NAMES.indexOf("ssn_key");

        assertThat(engine).isEqualTo(1);
        assertThat(columns.values("a", a).get(ssnKey)).isNotEqualTo(columns.values("b", b).get(ssnKey));
    }

    @Test
    void theBlockingRulesPairExactlyTheRecordsThatShareABlockingKey() throws SQLException {
        List<Object> rules = list(SplinkExport.of(MatchEngine.standard(), MatchModel.standard(), subjects, KEY)
                .settings().get("blocking_rules_to_generate_predictions"));
        Set<String> bySql = new TreeSet<>();
        List<String> conditions = rules.stream().map(rule -> "(" + rule + ")").toList();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select l.unique_id, r.unique_id from records l join records r "
                        + "on l.unique_id < r.unique_id and (" + String.join(" or ", conditions) + ")")) {
            while (rows.next()) {
                bySql.add(rows.getString(1) + "|" + rows.getString(2));
            }
        }
        Set<String> byKeys = new TreeSet<>();
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            for (String key : BulkBlockingKeys.of(prepared.get(i))) {
                holders.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        holders.forEach((key, records) -> {
            for (int a : records) {
                for (int b : records) {
                    boolean dated = BulkBlockingKeys.hasFullDate(prepared.get(a))
                            && BulkBlockingKeys.hasFullDate(prepared.get(b));
                    if (a < b && !(BulkBlockingKeys.onlyWithoutDate(key) && dated)) {
                        byKeys.add(String.format("%04d|%04d", a, b));
                    }
                }
            }
        });
        assertThat(byKeys).hasSizeGreaterThan(subjects.size());
        assertThat(bySql).isEqualTo(byKeys);
    }

    /**
     * Every pair's level of every comparison, as Splink numbers them from the CASE: -1 for the
     * null level, then 0, 1, 2 for agree, partial and the rest (0 and 2 where there is no
     * partial level), the engine's level codes.
     */
    private static String levelsQuery(List<Object> comparisons) {
        List<String> sides = new ArrayList<>();
        for (String name : PreparedColumns.NAMES) {
            sides.add("l." + name + " as " + name + "_l");
            sides.add("r." + name + " as " + name + "_r");
        }
        List<String> cases = new ArrayList<>();
        for (Object comparison : comparisons) {
            List<Object> levels = list(map(comparison).get("comparison_levels"));
            StringBuilder sql = new StringBuilder("case");
            for (int k = 0; k < levels.size(); k++) {
                String condition = (String) map(levels.get(k)).get("sql_condition");
                int code = k == 0 ? ScoringVariable.MISSING_LEVEL : k == levels.size() - 1 ? 2 : k - 1;
                sql.append(condition.equals("ELSE") ? " else " + code : " when " + condition + " then " + code);
            }
            cases.add(sql.append(" end").toString());
        }
        return "select unique_id_l, unique_id_r, " + String.join(", ", cases) + " from (select "
                + String.join(", ", sides) + " from records l join records r on l.unique_id < r.unique_id) pairs "
                + "order by unique_id_l, unique_id_r";
    }

    /** Splink's {@code jaro_winkler_similarity}, as the engine computes it; null for a null side. */
    public static Double jaroWinkler(String a, String b) {
        return a == null || b == null ? null : JaroWinkler.similarity(a, b);
    }

    /**
     * Splink's {@code damerau_levenshtein}: edits, an adjacent transposition counting one (the
     * optimal string alignment distance); null for a null side.
     */
    public static Integer damerauLevenshtein(String a, String b) {
        if (a == null || b == null) {
            return null;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * People entered again with the slips each comparator forgives: nicknames, initials, swapped
     * names, an alias, a part of a double surname, typos, swapped day and month, only the SSN's
     * last four, another address, a missing name, date or SSN.
     */
    private static List<MatchSubject> variants() {
        String[][] people = {
            {"William", "James", "Garcia Lopez", "1980-03-04", "123456789", "AB1234", "m", "12", "Main St", "Apt 4",
                "Springfield", "62704", "IL"},
            {"Margaret", "", "O'Brien", "1975-11-30", "234567891", "", "f", "7", "Oak Avenue", "", "Portland", "97201",
                "OR"},
            {"Robert", "Lee", "Nguyen", "1990-07-12", "", "XY98765", "m", "", "Elm Street", "Unit 2", "Austin", "",
                "TX"},
            {"Elena", "", "Petrova", "1962-01-09", "345678912", "", "f", "400", "Pine Rd", "", "Denver", "80202",
                "CO"},
            {"Chen", "", "Wei", "2001-12-25", "", "", "", "", "", "", "", "", ""},
        };
        List<MatchSubject> subjects = new ArrayList<>();
        for (String[] p : people) {
            MatchSubject base = subject(p);
            subjects.add(base);
            subjects.add(with(base, b -> b.firstName(nickname(p[0]))));
            subjects.add(with(base, b -> b.firstName(p[0].substring(0, 1)).middleName(p[1].isEmpty() ? "" : p[1]
                    .substring(0, 1))));
            subjects.add(with(base, b -> b.firstName(p[2]).lastName(p[0])));
            subjects.add(with(base, b -> b.lastName(p[2].replace("a", "e"))));
            subjects.add(with(base, b -> b.lastName(p[2].split(" ")[0]).aliases(List.of(p[0] + " Smith"))));
            subjects.add(with(base, b -> b.lastName("Smith").aliases(List.of(p[0] + " " + p[2]))));
            // a married name, the birth surname kept as the middle name
            subjects.add(with(base, b -> b.middleName(p[2]).lastName("Jones")));
            LocalDate born = LocalDate.parse(p[3]);
            subjects.add(with(base, b -> b.dateOfBirth(LocalDate.of(born.getYear(), born.getDayOfMonth() <= 12
                    ? born.getDayOfMonth() : born.getMonthValue(), born.getDayOfMonth() <= 12 ? born.getMonthValue()
                    : born.getDayOfMonth()))));
            subjects.add(with(base, b -> b.dateOfBirth(born.plusYears(10))));
            subjects.add(with(base, b -> b.dateOfBirth(born.plusDays(1)).ssn(p[4].isEmpty() ? "" : p[4].substring(5))));
            subjects.add(with(base, b -> b.identifier(p[5].isEmpty() ? "" : p[5].substring(1, 2) + p[5].charAt(0)
                    + p[5].substring(2)).gender(p[6].equals("m") ? "f" : p[6])));
            subjects.add(with(base, b -> b.street(p[8] + "et").city("Springfeld").postalCode("")));
            subjects.add(with(base, b -> b.streetNumber("").addressLine2("").state("").city("Elsewhere")));
            subjects.add(with(base, b -> b.middleName("").identifier(p[5] + "9").ssn(p[4].isEmpty() ? "" : "0000")));
            subjects.add(with(base, b -> b.firstName("").lastName(p[2].split(" ")[0] + " " + p[0]).dateOfBirth(null)));
            subjects.add(with(base, b -> b.lastName("").firstName(p[2]).ssn("")));
            // Approximate dates: the same year on the first of January, a year on, five years on.
            subjects.add(with(base, b -> b.dateOfBirth(LocalDate.of(born.getYear(), 1, 1)).dateOfBirthApproximate(true)));
            subjects.add(with(base, b -> b.dateOfBirth(LocalDate.of(born.getYear() + 1, 6, 15))
                    .dateOfBirthApproximate(true).firstName(nickname(p[0]))));
            subjects.add(with(base, b -> b.dateOfBirth(LocalDate.of(born.getYear() + 5, 1, 1))
                    .dateOfBirthApproximate(true)));
            // Two slips: a wrong month with a changed surname; no date with a misspelt first name.
            subjects.add(with(base, b -> b.dateOfBirth(born.withMonth(born.getMonthValue() % 12 + 1))
                    .lastName(p[2] + "son").ssn("")));
            subjects.add(with(base, b -> b.dateOfBirth(null).firstName(p[0] + "x").ssn("")));
        }
        return subjects;
    }

    private static String nickname(String first) {
        return switch (first) {
            case "William" -> "Bill";
            case "Margaret" -> "Peggy";
            case "Robert" -> "Bob";
            case "Elena" -> "Helen";
            default -> first + "y";
        };
    }

    private static MatchSubject subject(String[] p) {
        return MatchSubject.builder("base").firstName(p[0]).middleName(p[1]).lastName(p[2])
                .dateOfBirth(LocalDate.parse(p[3])).ssn(p[4]).identifier(p[5]).gender(p[6]).streetNumber(p[7])
                .street(p[8]).addressLine2(p[9]).city(p[10]).postalCode(p[11]).state(p[12]).build();
    }

    private static MatchSubject with(MatchSubject base, java.util.function.UnaryOperator<MatchSubject.Builder> change) {
        return change.apply(MatchSubject.builder("variant").firstName(base.firstName()).middleName(base.middleName())
                .lastName(base.lastName()).aliases(base.aliases()).dateOfBirth(base.dateOfBirth()).ssn(base.ssn())
                .identifier(base.identifier()).gender(base.gender()).streetNumber(base.streetNumber())
                .street(base.street()).addressLine2(base.addressLine2()).city(base.city())
                .postalCode(base.postalCode()).state(base.state())).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
