// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.redaction;

import java.text.Normalizer;

/**
 * A text as the finders read it, with the way back to the original: each character compatibility
 * normalized (NFKC: fullwidth digits become digits, ligatures letters), every dash a hyphen-minus,
 * every space a plain space, and the invisible characters (zero-width, bidi controls, soft hyphen,
 * every other format character) left out, so that "Ro&#x200B;bert" reads as "Robert" and
 * "１２３–４５–６７８９" as "123-45-6789". A range of the normalized text maps back to the range of
 * the original it came from. Immutable.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    /** For each character of {@link #text}, where its source code point starts and ends in the original. */
    private final int[] sourceStart;
    private final int[] sourceEnd;

    private NormalizedText(String original, String text, int[] sourceStart, int[] sourceEnd) {
        this.original = original;
        this.text = text;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    /** The normalized reading of {@code original}. */
    public static NormalizedText of(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] starts = new int[original.length() * 2 + 4];
        int[] ends = new int[starts.length];
        int at = 0;
        while (at < original.length()) {
            int codePoint = original.codePointAt(at);
            int next = at + Character.charCount(codePoint);
            if (!isInvisible(codePoint)) {
                String normalized = normalize(codePoint);
                if (text.length() + normalized.length() > starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2 + normalized.length());
                    ends = java.util.Arrays.copyOf(ends, starts.length);
                }
                for (int i = 0; i < normalized.length(); i++) {
                    starts[text.length() + i] = at;
                    ends[text.length() + i] = next;
                }
                text.append(normalized);
            }
            at = next;
        }
        return new NormalizedText(original, text.toString(), starts, ends);
    }

    /** Whether a code point is left out of the normalized text: it shows nothing, or hides what it is. */
    public static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F // variation selectors
                || codePoint == 0x034F; // combining grapheme joiner
    }

    private static String normalize(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint == '\t' || codePoint == '\n' || codePoint == '\r' ? " " : String.valueOf((char) codePoint);
        }
        if (codePoint == 0x2212 || Character.getType(codePoint) == Character.DASH_PUNCTUATION) {
            return "-";
        }
        if (Character.isSpaceChar(codePoint) || Character.isWhitespace(codePoint)) {
            return " ";
        }
        String normalized = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
        if (normalized.length() == 1 && normalized.charAt(0) != codePoint) {
            return normalize(normalized.charAt(0));
        }
        return normalized;
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    /** The original text. */
    public String original() {
        return original;
    }

    /** Where the normalized range starting at {@code start} begins in the original. */
    public int originalStart(int start) {
        return start < text.length() ? sourceStart[start] : original.length();
    }

    /** Where the normalized range ending at {@code end} (exclusive, after at least one character) ends in the original. */
    public int originalEnd(int end) {
        return end == 0 ? 0 : sourceEnd[end - 1];
    }
}
