// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * How names and other free-text fields are reduced to comparable forms: lower case, accents and
 * punctuation removed, hyphens treated as spaces. Stateless and thread-safe; null and blank input
 * give the empty string or an empty list.
 */
public final class NameNormalizer {

    private NameNormalizer() {
    }

    /**
     * The folded form: {@code "  García-López "} gives {@code "garcia lopez"}. Apostrophes and dots
     * vanish without splitting ({@code "O'Brien"} gives {@code "obrien"}).
     */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        if (isAsciiLettersAndDigits(text)) {
            // Most names: nothing to drop or split, only the case to lower.
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean spacePending = false;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                if (spacePending) {
                    folded.append(' ');
                    spacePending = false;
                }
                folded.appendCodePoint(Character.toLowerCase(codePoint));
            } else if (isSeparator(codePoint)) {
                spacePending = folded.length() > 0;
            }
        }
        return folded.toString();
    }

    /** Whitespace, hyphens, underscores and slashes separate tokens; other punctuation and accents vanish. */
    private static boolean isSeparator(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '-'
                || codePoint == '_' || codePoint == '/' || Character.getType(codePoint) == Character.DASH_PUNCTUATION;
    }

    private static boolean isAsciiLettersAndDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The folded tokens, in order: {@code "Mary-Jane O'Neil"} gives mary, jane, oneil. */
    public static List<String> tokens(String text) {
        return tokensOfFolded(fold(text));
    }

    /**
     * The tokens of a text already {@linkplain #fold folded}, unmodifiable; a one-word text (most
     * names) is not split.
     */
    public static List<String> tokensOfFolded(String folded) {
        return folded.isEmpty() ? List.of() : folded.indexOf(' ') < 0 ? List.of(folded) : List.of(folded.split(" "));
    }

    /** The folded form without spaces, so that {@code "De La Cruz"} equals {@code "delacruz"}. */
    public static String compact(String text) {
        return fold(text).replace(" ", "");
    }
}
