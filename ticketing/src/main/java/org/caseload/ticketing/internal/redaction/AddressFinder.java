// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.ticketing.RedactionCategory;

/**
 * Marks street addresses in a normalized text: a house number, one to four words of street name
 * (a direction and ordinal such as "N 5th" included), a street suffix ("Street", "St", "Ave",
 * "Blvd", "Calle" first and the like), and what may follow it: a unit ("Apt 4B", "Unit 12",
 * "#3"), a city, a state and a ZIP code. Post office boxes and a unit standing alone after a
 * marked address are marked too.
 */
final class AddressFinder {

    private static final String SUFFIX = "(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct"
            + "|place|pl|way|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|loop|alley|aly"
            + "|row|plaza|plz|crescent|cres|close|grove|gardens|heights|hts|pike|run|path|walk|point|pt|ridge"
            + "|expressway|expy|freeway|fwy|turnpike|tpke|route|rte|causeway|commons|crossing|xing|mews)";
    private static final String UNIT = "(?:,? ?(?:apt|apartment|unit|suite|ste|room|rm|floor|fl|bldg|building|lot|space|#)"
            + "\\.? ?#? ?[\\p{L}\\p{N}-]{1,6})";
    /** Words that do not name streets, so that "2 of the drives" or "3 fields on the Court page" stay. */
    private static final String NOT_A_STREET_WORD = "(?!(?:of|the|on|in|at|to|for|and|or|an?|with|from|by|is|was|are"
            + "|times|items|records|fields|clients|users|pages|rows|errors|days|hours|minutes|seconds|more|new|other)"
            + "(?![\\p{L}]))";
    private static final String STREET_WORD = "(?:" + NOT_A_STREET_WORD + "[\\p{L}\\p{N}][\\p{L}\\p{N}'.-]*)";
    private static final String TOWN = "(?:,? ?(?:[\\p{Lu}][\\p{L}'.-]+ ?){1,3},? ?[A-Z]{2}\\.?(?: \\d{5}(?:-\\d{4})?)?)";
    private static final Pattern STREET = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}.:/-])\\d{1,6}[a-z]?(?:[-/]\\d{1,4})? (?:" + STREET_WORD + " ){1,4}?" + SUFFIX
                    + "(?![\\p{L}\\p{N}])\\.?" + UNIT + "?(?-i:" + TOWN + ")?");
    private static final Pattern CALLE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:calle|avenida|av\\.|rua|carrera|paseo) (?:" + STREET_WORD + " ){0,3}?(?:no\\.? ?|# ?)?\\d{1,6}"
                    + "[a-z]?(?![\\p{L}\\p{N}])" + UNIT + "?");
    private static final Pattern PO_BOX = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:p\\.? ?o\\.? ?box|post office box) ?#? ?\\d{1,8}");
    private static final String STATE = "(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ALN]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA"
            + "|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|PR)";
    private static final Pattern ZIP_AFTER_STATE = Pattern.compile(
            "(?<![\\p{L}])" + STATE + ",? \\d{5}(?:-\\d{4})?(?![\\p{N}])");

    private AddressFinder() {
    }

    static void mark(Marks marks) {
        String text = marks.text();
        for (Pattern pattern : new Pattern[] {STREET, CALLE, PO_BOX, ZIP_AFTER_STATE}) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                marks.mark(matcher.start(), matcher.end(), RedactionCategory.ADDRESS);
            }
        }
    }
}
