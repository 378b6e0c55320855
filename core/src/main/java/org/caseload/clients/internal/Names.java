package org.caseload.clients.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names (and other short texts a person types) are cleaned for storage, and names reduced to
 * tokens for matching. Stateless.
 */
public final class Names {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s\\-]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private Names() {
    }

    /** Trimmed, NFC-normalized, inner whitespace collapsed; null and blank become null. */
    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        String cleaned = WHITESPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC).strip()).replaceAll(" ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * The matching tokens of a name: lower case, accents and punctuation removed, split at spaces
     * and hyphens ({@code "García-López"} gives {@code garcia} and {@code lopez}).
     */
    static Set<String> tokens(String name) {
        Set<String> tokens = new LinkedHashSet<>();
        if (name == null) {
            return tokens;
        }
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        Arrays.stream(TOKEN_SEPARATORS.split(folded))
                .map(part -> NOT_LETTER_OR_DIGIT.matcher(part).replaceAll(""))
                .filter(part -> !part.isEmpty())
                .forEach(tokens::add);
        return tokens;
    }
}
