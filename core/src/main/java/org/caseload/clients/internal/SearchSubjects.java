// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseload.clients.ClientSearch;
import org.caseload.linkage.MatchSubject;

/**
 * The ways a search can be read as a person to compare clients with. Free-text names come in no
 * known order, so two words are read both as first-and-last and as last-and-first, and one word
 * as either name; each candidate is scored against its best reading.
 */
final class SearchSubjects {

    /** The id a search's subject carries: never a client id. */
    static final String SEARCH_ID = "search";

    private SearchSubjects() {
    }

    static List<MatchSubject> readings(ClientSearch search, SearchText text) {
        LocalDate dateOfBirth = search.dateOfBirth() != null ? search.dateOfBirth() : text.dateOfBirth();
        String ssn = search.ssn() != null ? search.ssn() : text.ssn();
        List<String[]> names = new ArrayList<>();
        List<String> words = text.names();
        if (search.firstName() != null || search.lastName() != null) {
            String middle = words.isEmpty() ? null : String.join(" ", words);
            names.add(new String[] {search.firstName(), middle, search.lastName()});
        } else if (words.size() == 1) {
            names.add(new String[] {words.get(0), null, null});
            names.add(new String[] {null, null, words.get(0)});
        } else if (words.size() > 1) {
            String middle = words.size() > 2 ? String.join(" ", words.subList(1, words.size() - 1)) : null;
            names.add(new String[] {words.get(0), middle, words.get(words.size() - 1)});
            names.add(new String[] {words.get(words.size() - 1), middle, words.get(0)});
        } else if (dateOfBirth != null || ssn != null) {
            names.add(new String[] {null, null, null});
        }
        return names.stream()
                .map(name -> MatchSubject.builder(SEARCH_ID).firstName(name[0]).middleName(name[1]).lastName(name[2])
                        .dateOfBirth(dateOfBirth).ssn(ssn).build())
                .toList();
    }

    /** Whether a reading names anything to compare: a name or a date of birth (an SSN alone may be dropped). */
    static boolean namesSomething(MatchSubject reading) {
        return reading.firstName() != null || reading.middleName() != null || reading.lastName() != null
                || reading.dateOfBirth() != null || reading.ssn() != null;
    }
}
