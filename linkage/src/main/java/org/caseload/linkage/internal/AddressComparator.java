// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.Arrays;
import org.caseload.linkage.FieldAgreement;

/**
 * Compares addresses component by component, and sums the components up into one agreement for
 * scoring: the components of one address agree or differ together, so counting each as separate
 * evidence would let a shared address outweigh everything else (members of one household).
 * Stateless and thread-safe.
 */
public final class AddressComparator {

    /** Components in this order: street number, street, line 2, city, postal code, state. */
    public static final int COMPONENTS = 6;

    /** Half of the components' weight must agree for a partial agreement, 80% for agreement. */
    private static final double PARTIAL_SHARE = 0.5;
    private static final double AGREE_SHARE = 0.8;
    /** A state alone is shared by millions; it counts half, and two full components are needed to agree. */
    private static final double STATE_WEIGHT = 0.5;
    private static final double MINIMUM_WEIGHT_TO_AGREE = 2.0;

    private AddressComparator() {
    }

    /**
     * Compares two subjects' addresses.
     *
     * @param components receives the agreement of each component, in the documented order
     * @return the agreement of the address as a whole
     */
    public static FieldAgreement compare(PreparedSubject a, PreparedSubject b, FieldAgreement[] components) {
        if (hasNoAddress(a) || hasNoAddress(b)) {
            Arrays.fill(components, 0, COMPONENTS, FieldAgreement.MISSING);
            return FieldAgreement.MISSING;
        }
        components[0] = IdentifierComparator.compareIdentifiers(a.streetNumber(), b.streetNumber());
        components[1] = compareText(a.street(), a.streetPhonetic(), b.street(), b.streetPhonetic());
        components[2] = compareText(a.addressLine2(), a.line2Phonetic(), b.addressLine2(), b.line2Phonetic());
        if (components[1] == FieldAgreement.DISAGREE && components[2] == FieldAgreement.DISAGREE
                && linesSwapped(a, b)) {
            components[1] = FieldAgreement.PARTIAL;
            components[2] = FieldAgreement.PARTIAL;
        }
        components[3] = compareText(a.city(), a.cityPhonetic(), b.city(), b.cityPhonetic());
        components[4] = IdentifierComparator.compareIdentifiers(a.postalCode(), b.postalCode());
        components[5] = a.state().isEmpty() || b.state().isEmpty() ? FieldAgreement.MISSING
                : a.state().equals(b.state()) ? FieldAgreement.AGREE : FieldAgreement.DISAGREE;
        return summedUp(components);
    }

    /**
     * The agreement of two subjects' addresses as a whole, as {@link #compare} gives it; without
     * an array of components when either subject has no address (a search's readings never have
     * one).
     */
    public static FieldAgreement overall(PreparedSubject a, PreparedSubject b) {
        if (hasNoAddress(a) || hasNoAddress(b)) {
            return FieldAgreement.MISSING;
        }
        return compare(a, b, new FieldAgreement[COMPONENTS]);
    }

    /** Whether every component is missing, so that each compares as missing whatever the other holds. */
    private static boolean hasNoAddress(PreparedSubject subject) {
        return subject.streetNumber().isEmpty() && subject.street().isEmpty() && subject.addressLine2().isEmpty()
                && subject.city().isEmpty() && subject.postalCode().isEmpty() && subject.state().isEmpty();
    }

    private static FieldAgreement compareText(String a, String codeA, String b, String codeB) {
        if (a.isEmpty() || b.isEmpty()) {
            return FieldAgreement.MISSING;
        }
        if (a.equals(b)) {
            return FieldAgreement.AGREE;
        }
        return NameComparator.isClose(a, codeA, b, codeB) ? FieldAgreement.PARTIAL : FieldAgreement.DISAGREE;
    }

    private static boolean linesSwapped(PreparedSubject a, PreparedSubject b) {
        return compareText(a.street(), a.streetPhonetic(), b.addressLine2(), b.line2Phonetic())
                != FieldAgreement.DISAGREE
                && compareText(a.addressLine2(), a.line2Phonetic(), b.street(), b.streetPhonetic())
                != FieldAgreement.DISAGREE;
    }

    private static FieldAgreement summedUp(FieldAgreement[] components) {
        double compared = 0;
        double agreeing = 0;
        for (int i = 0; i < COMPONENTS; i++) {
            double weight = i == COMPONENTS - 1 ? STATE_WEIGHT : 1.0;
            switch (components[i]) {
                case AGREE -> agreeing += weight;
                case PARTIAL -> agreeing += weight / 2;
                case DISAGREE -> { }
                case MISSING -> weight = 0;
            }
            compared += weight;
        }
        if (compared == 0) {
            return FieldAgreement.MISSING;
        }
        double share = agreeing / compared;
        if (share >= AGREE_SHARE && compared >= MINIMUM_WEIGHT_TO_AGREE) {
            return FieldAgreement.AGREE;
        }
        return share >= PARTIAL_SHARE ? FieldAgreement.PARTIAL : FieldAgreement.DISAGREE;
    }
}
