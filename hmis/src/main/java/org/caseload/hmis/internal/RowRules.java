// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.caseload.hmis.HmisCodeList;
import org.caseload.hmis.HmisColumn;
import org.caseload.hmis.HmisConditionalCodeList;
import org.caseload.hmis.HmisFile;
import org.caseload.hmis.HmisFinding.Severity;
import org.caseload.hmis.HmisSpecification;
import org.caseload.hmis.HmisType;
import org.caseload.hmis.HmisVersion;

/**
 * What the specification says of one value of a row: present when required, of its type and
 * length, a code of its list (the list another column chooses, for Services.csv's types), of its
 * pattern. The check, the import and the export all judge values here. Reasons name columns and
 * code lists, never the value.
 */
public final class RowRules {

    /** Told of each problem of a row. */
    @FunctionalInterface
    public interface Problems {
        /**
         * One problem.
         *
         * @param severity an error, or a warning (a retired code)
         * @param column   the column
         * @param reason   what is wrong, without the value
         */
        void add(Severity severity, String column, String reason);
    }

    private final HmisSpecification spec;

    /** The rules of a version. */
    public RowRules(HmisSpecification spec) {
        this.spec = spec;
    }

    /**
     * Judges one value.
     *
     * @param file     the file the row is of
     * @param column   the column
     * @param row      the row's values by column name (any letter case), null when empty
     * @param problems told of each problem
     */
    public void check(HmisFile file, HmisColumn column, Function<String, String> row, Problems problems) {
        String value = row.apply(column.name());
        if (value == null) {
            if (column.required()) {
                problems.add(Severity.ERROR, column.name(), "a required value is missing");
            }
            return;
        }
        String problem = Values.typeProblem(column, value);
        if (problem != null) {
            problems.add(Severity.ERROR, column.name(), problem);
            return;
        }
        if (column.type() == HmisType.STRING && hostile(value)) {
            problems.add(Severity.ERROR, column.name(), "holds a control character or a bidirectional-text "
                    + "control, which no HMIS value needs and which could disguise what is shown");
            return;
        }
        if (column.coded()) {
            codes(file, column, value, column.codeLists(), problems);
        }
        for (HmisConditionalCodeList conditional : spec.conditionalCodeLists()) {
            if (conditional.file().equals(file.name()) && conditional.column().equals(column.name())
                    && conditional.onlyWhen().entrySet().stream()
                            .allMatch(e -> e.getValue().equals(row.apply(e.getKey())))) {
                conditional.listFor(row.apply(conditional.byColumn()))
                        .ifPresent(list -> codes(file, column, value, List.of(list), problems));
            }
        }
        spec.pattern(file.name(), column.name()).ifPresent(pattern -> {
            if (!pattern.matcher(value).matches()) {
                problems.add(Severity.ERROR, column.name(), "not a CoC code (two letters, a dash, "
                        + "three digits, such as XX-500)");
            }
        });
    }

    /** The other version whose list of the same file's same column has the code, if any. */
    private Optional<HmisVersion> otherVersionTaking(HmisFile file, HmisColumn column, String value) {
        for (HmisVersion version : HmisVersion.values()) {
            if (version == spec.version()) {
                continue;
            }
            HmisSpecification other = HmisSpecification.of(version);
            Optional<HmisColumn> there = other.file(file.name()).flatMap(f -> f.column(column.name()));
            if (there.isPresent() && there.get().codeLists().stream()
                    .anyMatch(name -> other.codeList(name).map(list -> list.contains(value)).orElse(false))) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /** Control characters but tab and line breaks, and the bidirectional embeddings, overrides and isolates. */
    private static boolean hostile(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return true;
            }
        }
        return false;
    }

    private void codes(HmisFile file, HmisColumn column, String value, List<String> lists, Problems problems) {
        boolean retired = false;
        for (String listName : lists) {
            HmisCodeList list = spec.codeList(listName).orElse(null);
            if (list == null || list.contains(value)) {
                return;
            }
            retired |= list.isRetired(value);
        }
        Optional<HmisVersion> other = otherVersionTaking(file, column, value);
        if (!retired && other.isPresent()) {
            // Kept, as the published conversion keeps them: HUD maps no such code to another.
            problems.add(Severity.WARNING, column.name(), "a code of " + other.get() + " that "
                    + String.join(" or ", lists) + " of " + spec.version() + " does not have: kept for records of "
                    + other.get());
        } else if (retired) {
            problems.add(Severity.WARNING, column.name(), "a code of " + String.join(" or ", lists)
                    + " retired in " + spec.version() + ": kept for old records, not for new data");
        } else {
            problems.add(Severity.ERROR, column.name(), "not a code of " + String.join(" or ", lists)
                    + " in " + spec.version());
        }
    }
}
