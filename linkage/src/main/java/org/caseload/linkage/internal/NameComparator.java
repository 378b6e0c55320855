// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.Collection;
import java.util.List;
import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.NicknameTable;

/**
 * Compares two folded names: equal agrees; a typo (Jaro–Winkler), a sound-alike (phonetic code),
 * a nickname, an initial, or one part of a multi-part name partly agrees. Thread-safe.
 */
public final class NameComparator {

    /** Winkler's customary cut-off for "probably the same name with a typo". */
    static final double CLOSE_SIMILARITY = 0.88;

    private final NicknameTable nicknames;

    public NameComparator(NicknameTable nicknames) {
        this.nicknames = nicknames;
    }

    /** Compares two given names, nicknames and initials included. */
    public FieldAgreement compareGivenNames(String a, String b) {
        return compareGivenNames(a, Phonetics.primary(a), b, Phonetics.primary(b));
    }

    /** Compares two given names whose phonetic codes are known, nicknames and initials included. */
    public FieldAgreement compareGivenNames(String a, String codeA, String b, String codeB) {
        FieldAgreement agreement = compare(a, codeA, b, codeB, List.of(), List.of());
        if (agreement == FieldAgreement.DISAGREE && (nicknames.areNicknames(a, b) || isInitialOf(a, b))) {
            return FieldAgreement.PARTIAL;
        }
        return agreement;
    }

    /**
     * Compares two names given as folded compact strings and their tokens (the tokens tell that
     * {@code garcialopez} and {@code garcia} share a part).
     */
    public FieldAgreement compare(String a, String b, Collection<String> tokensA, Collection<String> tokensB) {
        return compare(a, Phonetics.primary(a), b, Phonetics.primary(b), tokensA, tokensB);
    }

    /** {@link #compare(String, String, Collection, Collection)} with the names' phonetic codes known. */
    public FieldAgreement compare(String a, String codeA, String b, String codeB, Collection<String> tokensA,
            Collection<String> tokensB) {
        if (a.isEmpty() || b.isEmpty()) {
            return FieldAgreement.MISSING;
        }
        if (a.equals(b)) {
            return FieldAgreement.AGREE;
        }
        return isClose(a, codeA, b, codeB) || sharesPart(tokensA, tokensB) ? FieldAgreement.PARTIAL
                : FieldAgreement.DISAGREE;
    }

    /** A typo or a sound-alike. */
    public static boolean isClose(String a, String b) {
        return isClose(a, Phonetics.primary(a), b, Phonetics.primary(b));
    }

    /** A typo or a sound-alike, the phonetic codes computed beforehand (once per record, not per pair). */
    public static boolean isClose(String a, String codeA, String b, String codeB) {
        if (JaroWinkler.similarity(a, b) >= CLOSE_SIMILARITY) {
            return true;
        }
        return !codeA.isEmpty() && codeA.equals(codeB);
    }

    private static boolean sharesPart(Collection<String> tokensA, Collection<String> tokensB) {
        if (tokensA.size() < 2 && tokensB.size() < 2) {
            return false;
        }
        return tokensA.stream().anyMatch(token -> token.length() > 1 && tokensB.contains(token));
    }

    private static boolean isInitialOf(String a, String b) {
        return (a.length() == 1 && b.charAt(0) == a.charAt(0)) || (b.length() == 1 && a.charAt(0) == b.charAt(0));
    }
}
