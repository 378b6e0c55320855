// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SplinkExportTest {

    private static final byte[] KEY = "a key of sixteen bytes or more".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final String[] FIRST = {"maria", "james", "john", "robert", "linda", "susan", "karen", "david"};
    private static final String[] LAST = {"garcia", "okonkwo", "nguyen", "smith", "kowalski", "haddad", "osei"};

    @Test
    void theListenerIsToldTheModelADetectionRunFitsWithItsSubjects() {
        List<MatchSubject> subjects = people(600);
        AtomicReference<MatchModel> fitted = new AtomicReference<>();
        AtomicReference<List<MatchSubject>> seen = new AtomicReference<>();
        MatchEngine engine = MatchEngine.builder().modelListener((given, model) -> {
            seen.set(given);
            fitted.set(model);
        }).build();

        engine.detect(subjects, MatchClassification.PROBABLE, 1, ProgressListener.NONE, () -> false, pair -> { });

        assertThat(seen.get()).isEqualTo(subjects);
        assertThat(fitted.get().iterations()).isPositive();
        assertThat(SplinkExport.of(engine, fitted.get(), subjects, KEY).termFrequencyColumns())
                .containsExactly("first", "last");
    }

    @Test
    void theSettingsHoldTheFittedPriorAndEveryVariableWithANullLevelFirstAndItsMAndU() {
        SplinkExport export = SplinkExport.of(MatchEngine.standard(), MatchModel.standard(), people(10), KEY);

        Map<String, Object> settings = export.settings();

        assertThat(settings).containsEntry("link_type", "dedupe_only").containsEntry("unique_id_column_name",
                "unique_id").containsEntry("probability_two_random_records_match", 0.001);
        List<Object> comparisons = list(settings.get("comparisons"));
        assertThat(comparisons).hasSize(8);
        Map<String, Object> firstName = map(comparisons.get(0));
        assertThat(firstName.get("output_column_name")).isEqualTo("first_name");
        List<Object> levels = list(firstName.get("comparison_levels"));
        assertThat(levels).hasSize(4);
        assertThat(map(levels.get(0))).containsEntry("is_null_level", true)
                .containsEntry("sql_condition", "first_l is null or first_r is null");
        assertThat(map(levels.get(1))).containsEntry("sql_condition", "first_l = first_r")
                .containsEntry("m_probability", 0.88).containsEntry("u_probability", 0.01)
                .doesNotContainKey("tf_adjustment_column");
        assertThat(map(levels.get(3))).containsEntry("sql_condition", "ELSE");
        assertThat(export.termFrequencyColumns()).isEmpty();
        assertThat(list(settings.get("blocking_rules_to_generate_predictions")))
                .contains("l.dob_exact = r.dob_exact and l.initials = r.initials", "l.ssn_key = r.ssn_key");
    }

    @Test
    void preparedRecordsCarryDerivedColumnsAndNeverAnSsn() throws IOException {
        List<MatchSubject> subjects = List.of(
                MatchSubject.builder("a").firstName("Bill").lastName("García-López").dateOfBirth(LocalDate.of(1980, 3, 4))
                        .ssn("123-45-6789").build(),
                MatchSubject.builder("b").firstName("William").lastName("Garcia").ssn("123456789").build(),
                MatchSubject.builder("c,1").firstName("Ann").ssn("6789").build());
        StringBuilder out = new StringBuilder();

        SplinkExport.of(MatchEngine.standard(), MatchModel.standard(), subjects, KEY).writePrepared(out,
                id -> "x-" + id);

        List<String> lines = Arrays.asList(out.toString().split("\r\n"));
        assertThat(lines).hasSize(4);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertThat(header).startsWith("unique_id", "first", "dm_first").contains("ssn_key", "ssn4_key")
                .doesNotContain("ssn");
        Map<String, String> a = row(header, lines.get(1));
        Map<String, String> b = row(header, lines.get(2));
        assertThat(a).containsEntry("unique_id", "x-a").containsEntry("first", "bill")
                .containsEntry("last", "garcialopez").containsEntry("last_parts", "|garcia|lopez|")
                .containsEntry("dob", "19800304").containsEntry("dob_swapped", "19800403")
                .containsEntry("birth_year", "1980").containsEntry("birth_monthday", "0304");
        assertThat(a.get("first_nicknames")).contains("|william|");
        assertThat(a.get("dm_last")).isNotEmpty();
        assertThat(a.get("ssn_key")).hasSize(32).isEqualTo(b.get("ssn_key"));
        assertThat(a.get("ssn4_key")).isEqualTo(b.get("ssn4_key"));
        assertThat(lines.get(3)).startsWith("\"x-c,1\",ann,");
        assertThat(out.toString()).doesNotContain("6789").doesNotContain("12345");
    }

    @Test
    void digestsUnderAnotherKeyDiffer() throws IOException {
        List<MatchSubject> one = List.of(MatchSubject.builder("a").ssn("123-45-6789").build());
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();

        SplinkExport.of(MatchEngine.standard(), MatchModel.standard(), one, KEY).writePrepared(first, id -> id);
        SplinkExport.of(MatchEngine.standard(), MatchModel.standard(), one, "another key, sixteen bytes"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).writePrepared(second, id -> id);

        assertThat(first.toString()).isNotEqualTo(second.toString());
        assertThatThrownBy(() -> SplinkExport.of(MatchEngine.standard(), MatchModel.standard(), one, new byte[8]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 bytes");
    }

    @Test
    void termFrequencyTablesGiveEachNameItsShareOfTheRecordsWithOne() throws IOException {
        List<MatchSubject> subjects = people(600);
        AtomicReference<MatchModel> fitted = new AtomicReference<>();
        MatchEngine engine = MatchEngine.builder().modelListener((given, model) -> fitted.set(model)).build();
        engine.detect(subjects, MatchClassification.PROBABLE, 1, ProgressListener.NONE, () -> false, pair -> { });
        SplinkExport export = SplinkExport.of(engine, fitted.get(), subjects, KEY);
        StringBuilder out = new StringBuilder();

        export.writeTermFrequencies("last", out);

        List<String> lines = Arrays.asList(out.toString().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("last,tf_last");
        assertThat(lines).hasSize(1 + LAST.length);
        double total = lines.stream().skip(1).mapToDouble(line -> Double.parseDouble(line.split(",")[1])).sum();
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        Map<String, Object> lastName = map(list(export.settings().get("comparisons")).get(2));
        assertThat(map(list(lastName.get("comparison_levels")).get(1)))
                .containsEntry("tf_adjustment_column", "last").containsEntry("tf_adjustment_weight", 1.0);
        assertThatThrownBy(() -> export.writeTermFrequencies("dob", new StringBuilder()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no term-frequency adjustment on column dob");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static Map<String, String> row(List<String> header, String line) {
        String[] values = line.split(",", -1);
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), values[i]);
        }
        return row;
    }

    /** People with a few common names, every fifth entered twice. */
    private static List<MatchSubject> people(int count) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<MatchSubject> subjects = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            MatchSubject subject = MatchSubject.builder("p" + p).firstName(FIRST[random.nextInt(FIRST.length)])
                    .lastName(LAST[random.nextInt(LAST.length)])
                    .dateOfBirth(LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .build();
            subjects.add(subject);
            if (p % 5 == 0) {
                subjects.add(new MatchSubject(subject.id() + "b", subject.firstName(), null, subject.lastName(), null,
                        subject.dateOfBirth(), null, null, null, null, null, null, null, null, null));
            }
        }
        return subjects;
    }
}
