// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.MatchField;
import org.caseload.linkage.NicknameTable;

/** Compares two prepared subjects field by field. Thread-safe. */
public final class PairComparator {

    /** {@link ScoringVariable#values()}, copied once rather than once a pair. */
    private static final ScoringVariable[] VARIABLES = ScoringVariable.values();

    private final NameComparator names;

    public PairComparator(NicknameTable nicknames) {
        this.names = new NameComparator(nicknames);
    }

    /** Compares two subjects. */
    public Comparison compare(PreparedSubject a, PreparedSubject b) {
        FieldAgreement[] fields = new FieldAgreement[MatchField.values().length];
        compareNames(a, b, fields);
        fields[MatchField.DATE_OF_BIRTH.ordinal()] = DateOfBirthComparator.compare(a, b);
        fields[MatchField.SSN.ordinal()] = IdentifierComparator.compareSsns(a, b);
        fields[MatchField.IDENTIFIER.ordinal()] = IdentifierComparator.compareIdentifiers(a.identifier(), b.identifier());
        fields[MatchField.GENDER.ordinal()] = a.gender().isEmpty() || b.gender().isEmpty() ? FieldAgreement.MISSING
                : a.gender().equals(b.gender()) ? FieldAgreement.AGREE : FieldAgreement.DISAGREE;
        FieldAgreement[] address = new FieldAgreement[AddressComparator.COMPONENTS];
        FieldAgreement addressOverall = AddressComparator.compare(a, b, address);
        System.arraycopy(address, 0, fields, MatchField.STREET_NUMBER.ordinal(), AddressComparator.COMPONENTS);
        return new Comparison(fields, encode(fields, addressOverall));
    }

    private void compareNames(PreparedSubject a, PreparedSubject b, FieldAgreement[] fields) {
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
        fields[MatchField.FIRST_NAME.ordinal()] = first;
        fields[MatchField.LAST_NAME.ordinal()] = last;
        fields[MatchField.MIDDLE_NAME.ordinal()] = names.compareGivenNames(a.middle(), a.middlePhonetic(), b.middle(),
                b.middlePhonetic());
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

    private static int encode(FieldAgreement[] fields, FieldAgreement address) {
        int pattern = 0;
        ScoringVariable[] variables = VARIABLES;
        for (int i = variables.length - 1; i >= 0; i--) {
            pattern = pattern * ScoringVariable.LEVELS + levelOf(variables[i], fields, address).ordinal();
        }
        return pattern;
    }

    private static FieldAgreement levelOf(ScoringVariable variable, FieldAgreement[] fields, FieldAgreement address) {
        return switch (variable) {
            case FIRST_NAME -> fields[MatchField.FIRST_NAME.ordinal()];
            case MIDDLE_NAME -> fields[MatchField.MIDDLE_NAME.ordinal()];
            case LAST_NAME -> fields[MatchField.LAST_NAME.ordinal()];
            case DATE_OF_BIRTH -> fields[MatchField.DATE_OF_BIRTH.ordinal()];
            case SSN -> fields[MatchField.SSN.ordinal()];
            case IDENTIFIER -> fields[MatchField.IDENTIFIER.ordinal()];
            case GENDER -> fields[MatchField.GENDER.ordinal()];
            case ADDRESS -> address;
        };
    }
}
