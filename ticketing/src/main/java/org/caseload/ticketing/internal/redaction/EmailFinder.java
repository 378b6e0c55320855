// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.redaction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.ticketing.RedactionCategory;

/**
 * Marks e-mail addresses in a normalized text as RFC 6531 allows them: a local part of letters and
 * digits of any script, marks and the RFC 5322 atom characters (or a quoted string), {@code @}, and a
 * domain of labels in any script with a top-level label of two letters or more. The reporter's own
 * address is kept, since the vendor may need to answer them.
 */
final class EmailFinder {

    private static final String ATOM = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]";
    private static final String LABEL = "[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~.-])(?:" + ATOM + "+(?:\\." + ATOM + "+)*|\"[^\"\\n]{1,64}\")"
                    + " ?@ ?(?:" + LABEL + "\\.)+\\p{L}[\\p{L}\\p{M}]+");

    private EmailFinder() {
    }

    static void mark(Marks marks, String reporterEmail) {
        String reporter = reporterEmail == null ? null
                : NormalizedText.of(reporterEmail.strip()).text().toLowerCase(Locale.ROOT);
        Matcher matcher = EMAIL.matcher(marks.text());
        while (matcher.find()) {
            if (reporter == null || !matcher.group().toLowerCase(Locale.ROOT).equals(reporter)) {
                marks.mark(matcher.start(), matcher.end(), RedactionCategory.EMAIL);
            }
        }
    }
}
