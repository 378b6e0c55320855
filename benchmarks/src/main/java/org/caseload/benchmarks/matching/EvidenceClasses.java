// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchField;
import org.caseload.linkage.MatchModel;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.ScoredPair;

/**
 * The true pairs sorted by the evidence their two rows carry: for the first name, the surname, the
 * date of birth and the SSN, whether the field agrees exactly ({@code A}), partly ({@code P}: a
 * typo, a nickname, a sound-alike, names exchanged, an approximate date within a year, the last four
 * of an SSN), disagrees ({@code D}) or is missing on either side ({@code -}), as the engine's
 * comparators see it. Each class counts its pairs found probable, scored below probable and never
 * made candidates, and is called <em>recoverable</em> or not by a rule fixed in advance of any
 * result (docs/decisions/0137-recall-measured-over-recoverable-pairs.md): a careful reviewer
 * seeing only the two rows would call them one person when at least three of the four fields agree
 * at least partly, or when the full SSN agrees exactly and one more field agrees. Anything less —
 * two names and nothing else, a surname and a date (twins, families), a date and the last four —
 * is what different people also share, and such a pair is not recoverable from the rows alone,
 * whatever the truth says.
 */
final class EvidenceClasses {

    private static final MatchField[] FIELDS = {MatchField.FIRST_NAME, MatchField.LAST_NAME,
        MatchField.DATE_OF_BIRTH, MatchField.SSN};
    private static final String[] NAMES = {"first", "last", "dob", "ssn"};
    private static final int PROBABLE = 0;
    private static final int BELOW = 1;
    private static final int NEVER = 2;

    private final MatchEngine engine = MatchEngine.standard();
    private final MatchModel model = MatchModel.standard();
    private final Map<String, long[]> byClass = new TreeMap<>();

    /** Counts one true pair: {@code candidate} whether blocking found it, {@code probable} whether it was reported. */
    void add(MatchSubject a, MatchSubject b, boolean candidate, boolean probable) {
        ScoredPair compared = engine.score(model, a, b);
        FieldAgreement[] levels = new FieldAgreement[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            levels[i] = compared.agreement(FIELDS[i]);
        }
        long[] counts = byClass.computeIfAbsent(label(levels), label -> new long[3]);
        counts[probable ? PROBABLE : candidate ? BELOW : NEVER]++;
    }

    /**
     * Whether two rows with these levels (first name, surname, date of birth, SSN) would be called
     * one person by a reviewer who sees only them.
     */
    static boolean recoverable(FieldAgreement first, FieldAgreement last, FieldAgreement dob, FieldAgreement ssn) {
        int agreeing = 0;
        for (FieldAgreement level : new FieldAgreement[] {first, last, dob, ssn}) {
            agreeing += level == FieldAgreement.AGREE || level == FieldAgreement.PARTIAL ? 1 : 0;
        }
        return agreeing >= 3 || ssn == FieldAgreement.AGREE && agreeing >= 2;
    }

    private static String label(FieldAgreement[] levels) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < levels.length; i++) {
            label.append(i == 0 ? "" : " ").append(NAMES[i]).append(' ').append(letter(levels[i]));
        }
        return label.toString();
    }

    private static char letter(FieldAgreement level) {
        return level == FieldAgreement.MISSING ? '-' : level.name().charAt(0);
    }

    private static boolean recoverable(String label) {
        FieldAgreement[] levels = new FieldAgreement[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            char c = label.charAt(label.indexOf(NAMES[i] + ' ') + NAMES[i].length() + 1);
            levels[i] = switch (c) {
                case 'A' -> FieldAgreement.AGREE;
                case 'P' -> FieldAgreement.PARTIAL;
                case 'D' -> FieldAgreement.DISAGREE;
                default -> FieldAgreement.MISSING;
            };
        }
        return recoverable(levels[0], levels[1], levels[2], levels[3]);
    }

    /**
     * The classes with missed pairs, most missed first (at most {@code limit}), then the totals:
     * recall over all true pairs and, beside it, over the recoverable ones.
     */
    String report(int limit) {
        List<Map.Entry<String, long[]>> missed = new ArrayList<>(byClass.entrySet());
        missed.removeIf(entry -> entry.getValue()[BELOW] + entry.getValue()[NEVER] == 0);
        missed.sort((x, y) -> Long.compare(y.getValue()[BELOW] + y.getValue()[NEVER],
                x.getValue()[BELOW] + x.getValue()[NEVER]));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "missed true pairs by evidence (A agrees, P partly, D disagrees, - missing on either side):%n"
                + "  %-27s %9s %9s %9s %9s  %s%n", "class", "pairs", "probable", "below", "never", "recoverable"));
        long[] total = new long[3];
        long[] recoverable = new long[3];
        for (Map.Entry<String, long[]> entry : byClass.entrySet()) {
            for (int i = 0; i < 3; i++) {
                total[i] += entry.getValue()[i];
                recoverable[i] += recoverable(entry.getKey()) ? entry.getValue()[i] : 0;
            }
        }
        long[] shown = new long[3];
        for (Map.Entry<String, long[]> entry : missed.subList(0, Math.min(limit, missed.size()))) {
            long[] c = entry.getValue();
            out.append(String.format(Locale.ROOT, "  %-27s %,9d %,9d %,9d %,9d  %s%n", entry.getKey(),
                    c[0] + c[1] + c[2], c[0], c[1], c[2], recoverable(entry.getKey()) ? "yes" : "no"));
            for (int i = 0; i < 3; i++) {
                shown[i] += c[i];
            }
        }
        out.append(String.format(Locale.ROOT, "  %-27s %9s %9s %,9d %,9d%n", "other classes", "", "",
                total[BELOW] - shown[BELOW], total[NEVER] - shown[NEVER]));
        long recoverablePairs = recoverable[0] + recoverable[1] + recoverable[2];
        long allPairs = total[0] + total[1] + total[2];
        out.append(String.format(Locale.ROOT, "recoverable true pairs %,d of %,d (%.4f); missed recoverable: %,d below "
                + "probable, %,d never candidates; recall %.4f over all true pairs, %.4f over the recoverable ones",
                recoverablePairs, allPairs, recoverablePairs / (double) allPairs, recoverable[BELOW],
                recoverable[NEVER], total[PROBABLE] / (double) allPairs,
                recoverable[PROBABLE] / (double) recoverablePairs));
        return out.toString();
    }
}
