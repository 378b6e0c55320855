// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.ticketing.RedactionCategory;

/**
 * Marks Social Security numbers in a normalized text: nine digits grouped 3-2-4 with hyphens,
 * dots, spaces or nothing between the groups; masked ones ({@code xxx-xx-6789},
 * {@code ***-**-6789}, {@code *****6789}); and the last four digits (or any shorter part) standing
 * next to a cue such as "SSN", "social" or "last 4".
 */
final class SsnFinder {

    private static final String GAP = "[ .-]{0,3}";
    private static final Pattern FULL = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])\\d{3}" + GAP + "\\d{2}" + GAP + "\\d{4}(?![\\p{N}_]|-\\d)");
    private static final Pattern MASKED = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}_])(?:[x*#•]{3}" + GAP + "(?:[x*#•]{2}|\\d{2})" + GAP + "|[x*#•]{4,5}" + GAP + ")\\d{4}"
                    + "(?![\\p{N}_])");
    private static final String CUE = "(?:ssn|ss#|s\\.s\\.n\\.?|soc(?:ial)?(?:[ -]?sec(?:urity)?)?(?: ?(?:number|no\\.?|num|#))?"
            + "|last (?:4|four)(?: digits)?)";
    /** Digits after a cue: "SSN ending in 6789", "last 4 of SSN: 6789", "social 6789". */
    private static final Pattern AFTER_CUE = Pattern.compile(
            "(?i)(?<![\\p{L}])" + CUE + "(?![\\p{L}])([^\\p{N}.;!?]{0,30}?)(?<![\\p{L}\\p{N}_-])"
                    + "(\\d{3}[ .-]\\d{3}[ .-]\\d{3}|\\d{2}[ .-]\\d{4}|\\d{4}|\\d{9})(?![\\p{N}]|-\\d)");
    /** Nine digits run into their cue: "SSN123456789", "ss#123-45-6789". */
    private static final Pattern JOINED_TO_CUE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:ssn|ss#)[:#]?(\\d{3}[ .-]?\\d{2}[ .-]?\\d{4})(?![\\p{N}])");
    /** Digits before a cue: "6789 (last 4 of her SSN)"; never the year closing a date ("03/04/1980, SSN ..."). */
    private static final Pattern BEFORE_CUE = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}_/.-])(\\d{4})(?![\\p{N}])([^\\p{N}.;!?]{0,12}?)(?<![\\p{L}])" + CUE + "(?![\\p{L}])");
    /** Words that make the digits near a cue something support needs: "SSN field shows error 4012". */
    private static final Pattern SUPPORT_WORD = Pattern.compile(
            "(?i)\\b(?:error|code|version|build|ticket|line|step|page|times?|records?|clients?|rows?|ms|seconds?)\\b");

    private SsnFinder() {
    }

    static void mark(Marks marks) {
        String text = marks.text();
        markAll(marks, FULL.matcher(text), 0);
        markAll(marks, MASKED.matcher(text), 0);
        markAll(marks, JOINED_TO_CUE.matcher(text), 1);
        markNearCue(marks, AFTER_CUE.matcher(text), 2);
        markNearCue(marks, BEFORE_CUE.matcher(text), 1);
    }

    private static void markNearCue(Marks marks, Matcher matcher, int digits) {
        while (matcher.find()) {
            String between = matcher.group(digits == 1 ? 2 : 1);
            if (!SUPPORT_WORD.matcher(between).find()) {
                marks.mark(matcher.start(digits), matcher.end(digits), RedactionCategory.SSN);
            }
        }
    }

    private static void markAll(Marks marks, Matcher matcher, int group) {
        while (matcher.find()) {
            marks.mark(matcher.start(group), matcher.end(group), RedactionCategory.SSN);
        }
    }
}
