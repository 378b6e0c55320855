// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caseload.linkage.MatchSubject;

/**
 * A subject's fields reduced once to what the comparators and blocking need, so that comparing a
 * record with many others does not normalize it again each time. Immutable; empty strings stand
 * for missing values.
 *
 * @param id               the subject's id
 * @param first            the folded first name, spaces removed
 * @param firstPhonetic    the primary phonetic code of the first name
 * @param middle           the folded middle name, spaces removed
 * @param middlePhonetic   the primary phonetic code of the middle name
 * @param last             the folded last name, spaces removed
 * @param lastTokens       the folded tokens of the last name
 * @param lastPhonetic     the primary phonetic code of the last name
 * @param aliasTokens      the folded tokens of every alias
 * @param dateOfBirth      the date of birth as yyyyMMdd
 * @param swappedBirthDate the date of birth with day and month swapped, when that is another date
 * @param ssn              a full SSN that may be used for matching
 * @param ssnLastFour      its last four digits, or the partial SSN given
 * @param identifier       the other identifier, folded, spaces removed
 * @param gender           the folded gender code
 * @param streetNumber     folded address fields, spaces removed
 * @param street           see streetNumber
 * @param addressLine2     see streetNumber
 * @param city             see streetNumber
 * @param postalCode       see streetNumber
 * @param state            see streetNumber
 * @param streetPhonetic   the primary phonetic code of the street, computed once like the names'
 * @param line2Phonetic    the same for the address's second line
 * @param cityPhonetic     the same for the city
 * @param birthDateApproximate whether the date of birth is approximate: only its year counts
 */
public record PreparedSubject(String id, String first, String firstPhonetic, String middle, String middlePhonetic,
        String last,
        List<String> lastTokens, String lastPhonetic, Set<String> aliasTokens, String dateOfBirth,
        String swappedBirthDate, String ssn, String ssnLastFour, String identifier, String gender,
        String streetNumber, String street, String addressLine2, String city, String postalCode,
        String state, String streetPhonetic, String line2Phonetic, String cityPhonetic,
        boolean birthDateApproximate) {

    /** The prepared form of a subject. */
    public static PreparedSubject of(MatchSubject subject) {
        String first = NameNormalizer.compact(subject.firstName());
        String lastFolded = NameNormalizer.fold(subject.lastName());
        String last = lastFolded.replace(" ", "");
        Set<String> aliasTokens = aliasTokens(subject.aliases());
        String ssnDigits = SsnRules.digits(subject.ssn());
        String ssn = SsnRules.isValidFull(ssnDigits) ? ssnDigits : "";
        String lastFour = !ssn.isEmpty() ? ssn.substring(5)
                : SsnRules.isValidLastFour(ssnDigits) ? ssnDigits : "";
        String middle = NameNormalizer.compact(subject.middleName());
        String street = NameNormalizer.compact(subject.street());
        String line2 = NameNormalizer.compact(subject.addressLine2());
        String city = NameNormalizer.compact(subject.city());
        return new PreparedSubject(subject.id(), first, Phonetics.primary(first), middle, Phonetics.primary(middle),
                last, NameNormalizer.tokensOfFolded(lastFolded), Phonetics.primary(last), aliasTokens,
                BirthDates.digits(subject.dateOfBirth()),
                BirthDates.digits(BirthDates.swapped(subject.dateOfBirth())), ssn, lastFour,
                NameNormalizer.compact(subject.identifier()), NameNormalizer.compact(subject.gender()),
                NameNormalizer.compact(subject.streetNumber()), street, line2, city,
                NameNormalizer.compact(subject.postalCode()), NameNormalizer.compact(subject.state()),
                Phonetics.primary(street), Phonetics.primary(line2), Phonetics.primary(city),
                subject.dateOfBirthApproximate() && subject.dateOfBirth() != null);
    }

    /** The tokens of every alias, unmodifiable; most subjects have no alias, and no set is built for them. */
    private static Set<String> aliasTokens(List<String> aliases) {
        if (aliases.isEmpty()) {
            return Set.of();
        }
        Set<String> tokens = new LinkedHashSet<>();
        aliases.forEach(alias -> tokens.addAll(NameNormalizer.tokens(alias)));
        return Set.copyOf(tokens);
    }

    /** The birth year, or empty. */
    public String birthYear() {
        return dateOfBirth.isEmpty() ? "" : dateOfBirth.substring(0, 4);
    }
}
