// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.MatchField;
import org.caseload.linkage.NicknameTable;

/** Compares two prepared subjects field by field. Thread-safe. */
public final class PairComparator {

    private static final FieldAgreement[] AGREEMENTS = FieldAgreement.values();
    /** How many values {@link #compareNames} takes: three names' levels. */
    private static final int NAME_PATTERNS = ScoringVariable.LEVELS * ScoringVariable.LEVELS * ScoringVariable.LEVELS;

    private final NameComparator names;

    public PairComparator(NicknameTable nicknames) {
        this.names = new NameComparator(nicknames);
    }

    /** Compares two subjects. */
    public Comparison compare(PreparedSubject a, PreparedSubject b) {
        FieldAgreement[] fields = new FieldAgreement[MatchField.values().length];
        int nameLevels = compareNames(a, b);
        fields[MatchField.FIRST_NAME.ordinal()] = nameLevel(nameLevels, ScoringVariable.FIRST_NAME);
        fields[MatchField.MIDDLE_NAME.ordinal()] = nameLevel(nameLevels, ScoringVariable.MIDDLE_NAME);
        fields[MatchField.LAST_NAME.ordinal()] = nameLevel(nameLevels, ScoringVariable.LAST_NAME);
        fields[MatchField.DATE_OF_BIRTH.ordinal()] = DateOfBirthComparator.compare(a, b);
        fields[MatchField.SSN.ordinal()] = IdentifierComparator.compareSsns(a, b);
        fields[MatchField.IDENTIFIER.ordinal()] = IdentifierComparator.compareIdentifiers(a.identifier(), b.identifier());
        fields[MatchField.GENDER.ordinal()] = compareGenders(a, b);
        FieldAgreement[] address = new FieldAgreement[AddressComparator.COMPONENTS];
        FieldAgreement addressOverall = AddressComparator.compare(a, b, address);
        System.arraycopy(address, 0, fields, MatchField.STREET_NUMBER.ordinal(), AddressComparator.COMPONENTS);
        return new Comparison(fields, encode(nameLevels, fields[MatchField.DATE_OF_BIRTH.ordinal()],
                fields[MatchField.SSN.ordinal()], fields[MatchField.IDENTIFIER.ordinal()],
                fields[MatchField.GENDER.ordinal()], addressOverall));
    }

    /**
     * The {@link Comparison#pattern() pattern} of {@link #compare}, without the agreement of each
     * field an explanation needs: what ranking many candidates and counting patterns use, with
     * nothing allocated a pair unless both subjects have an address.
     */
    public int pattern(PreparedSubject a, PreparedSubject b) {
        return encode(compareNames(a, b), DateOfBirthComparator.compare(a, b), IdentifierComparator.compareSsns(a, b),
                IdentifierComparator.compareIdentifiers(a.identifier(), b.identifier()), compareGenders(a, b),
                AddressComparator.overall(a, b));
    }

    /**
     * The agreements of first, middle and last name, encoded as the low levels of a pattern
     * ({@link ScoringVariable}'s first three, in that order).
     */
    private int compareNames(PreparedSubject a, PreparedSubject b) {
        FieldAgreement first = names.compareGivenNames(a.first(), a.firstPhonetic(), b.first(), b.firstPhonetic());
        FieldAgreement last = names.compare(a.last(), a.lastPhonetic(), b.last(), b.lastPhonetic(), a.lastTokens(),
                b.lastTokens());
        if (first == FieldAgreement.DISAGREE && last == FieldAgreement.DISAGREE && namesSwapped(a, b)) {
            first = FieldAgreement.PARTIAL;
            last = FieldAgreement.PARTIAL;
        }
        if (last == FieldAgreement.DISAGREE && (a.aliasTokens().contains(b.last()) || b.aliasTokens().contains(a.last())
                || surnameKeptAsMiddleName(a, b) || surnameKeptAsMiddleName(b, a))) {
            last = FieldAgreement.PARTIAL;
        }
        if (first == FieldAgreement.DISAGREE && (a.aliasTokens().contains(b.first()) || b.aliasTokens().contains(a.first()))) {
            first = FieldAgreement.PARTIAL;
        }
        FieldAgreement middle = names.compareGivenNames(a.middle(), a.middlePhonetic(), b.middle(), b.middlePhonetic());
        return (last.ordinal() * ScoringVariable.LEVELS + middle.ordinal()) * ScoringVariable.LEVELS + first.ordinal();
    }

    /** One name's level out of {@link #compareNames}'s encoding. */
    private static FieldAgreement nameLevel(int nameLevels, ScoringVariable name) {
        return AGREEMENTS[name.levelIn(nameLevels)];
    }

    private static FieldAgreement compareGenders(PreparedSubject a, PreparedSubject b) {
        return a.gender().isEmpty() || b.gender().isEmpty() ? FieldAgreement.MISSING
                : a.gender().equals(b.gender()) ? FieldAgreement.AGREE : FieldAgreement.DISAGREE;
    }

    /**
     * One record's surname is the other's middle name: a birth surname kept as a middle name after
     * marriage (docs/decisions/0139-approximate-dates-in-blocking-and-surnames-kept-as-middle-names.md).
     */
    private static boolean surnameKeptAsMiddleName(PreparedSubject a, PreparedSubject b) {
        return !a.last().isEmpty() && a.last().equals(b.middle());
    }

    /** First and last name entered the other way round. */
    private static boolean namesSwapped(PreparedSubject a, PreparedSubject b) {
        return a.first().equals(b.last()) && a.last().equals(b.first())
                || NameComparator.isClose(a.first(), a.firstPhonetic(), b.last(), b.lastPhonetic())
                        && NameComparator.isClose(a.last(), a.lastPhonetic(), b.first(), b.firstPhonetic());
    }

    /**
     * The levels of every {@link ScoringVariable} as one number, base {@link ScoringVariable#LEVELS},
     * the first variable lowest: the names' levels (already encoded) below the others, in the
     * enum's order.
     */
    private static int encode(int nameLevels, FieldAgreement dateOfBirth, FieldAgreement ssn, FieldAgreement identifier,
            FieldAgreement gender, FieldAgreement address) {
        int pattern = address.ordinal();
        pattern = pattern * ScoringVariable.LEVELS + gender.ordinal();
        pattern = pattern * ScoringVariable.LEVELS + identifier.ordinal();
        pattern = pattern * ScoringVariable.LEVELS + ssn.ordinal();
        pattern = pattern * ScoringVariable.LEVELS + dateOfBirth.ordinal();
        return pattern * NAME_PATTERNS + nameLevels;
    }
}
