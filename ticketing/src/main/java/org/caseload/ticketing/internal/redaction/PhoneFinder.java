// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.redaction;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.regex.Pattern;
import org.caseload.ticketing.RedactionCategory;

/**
 * Marks telephone numbers in a normalized text with libphonenumber: international numbers of any
 * country (E.164 or written with spaces, dots, hyphens and parentheses) and national numbers of the
 * default region, the United States. A number the library finds is not taken when it is a piece of
 * something support needs: joined to a word ({@code TCK-2025-000123}, {@code #1048213} as a bare number,
 * {@code 0x80070005}) or right after "error", "build", "ticket" and the like; nor when it is a bare
 * run of digits other than a whole ten- or eleven-digit number.
 */
final class PhoneFinder {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "US";
    private static final Pattern SUPPORT_CUE = Pattern.compile(
            "(?i)(?:error|code|build|ticket|case|ref(?:erence)?|id|version|ver|v|order|invoice|request|hresult|port|pid|timestamp|epoch|count|size)"
                    + "[ :#.=]{0,3}$");
    private static final Pattern BARE_DIGITS = Pattern.compile("\\d+");
    private static final int LOOK_BACK = 16;
    /** What the library may take for a number in some country but is a date: "02.03.2025", "2025-03-02". */
    private static final Pattern DATE_SHAPE = Pattern.compile(
            "\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{2}|\\d{4})|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}");

    private PhoneFinder() {
    }

    /** Regions whose national forms are also looked for, as valid numbers only ("(020) 7946 0958", "00 44 ..."). */
    private static final List<String> OTHER_REGIONS = List.of("GB", "MX", "DE", "FR", "ES", "IN", "AU");

    static void mark(Marks marks) {
        String text = marks.text();
        markFound(marks, NUMBERS.findNumbers(text, DEFAULT_REGION, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE));
        for (String region : OTHER_REGIONS) {
            markFound(marks, NUMBERS.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE));
        }
    }

    private static void markFound(Marks marks, Iterable<PhoneNumberMatch> found) {
        String text = marks.text();
        for (PhoneNumberMatch match : found) {
            int start = match.start();
            int end = match.end();
            String raw = match.rawString();
            if (start >= 2 && text.startsWith("1-", start - 2)
                    && (start == 2 || !Character.isLetterOrDigit(text.charAt(start - 3)))) {
                // "1-555-123-4567": the country code the library leaves outside the match.
                start -= 2;
                raw = "1-" + raw;
            }
            if (isPhone(text, start, end, raw)) {
                marks.mark(start, end, RedactionCategory.PHONE);
            }
        }
    }

    private static boolean isPhone(String text, int start, int end, String raw) {
        boolean bare = BARE_DIGITS.matcher(raw).matches();
        if (DATE_SHAPE.matcher(raw).matches()) {
            return false;
        }
        if (start > 0 && (isJoiner(text.charAt(start - 1)) || bare && text.charAt(start - 1) == '#')
                || end < text.length() && isJoiner(text.charAt(end))) {
            return false;
        }
        if (raw.startsWith("+")) {
            return true;
        }
        if (bare && SUPPORT_CUE.matcher(text.substring(Math.max(0, start - LOOK_BACK), start)).find()) {
            return false;
        }
        return !bare || raw.length() == 10 || raw.length() == 11 && raw.startsWith("1");
    }

    /** Characters that make the digits part of a longer token: an id, a code, a version. */
    private static boolean isJoiner(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '/';
    }
}
