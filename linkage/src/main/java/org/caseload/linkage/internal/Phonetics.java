// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Double Metaphone codes of folded name tokens. Thread-safe: the shared encoder is configured
 * once and never changed afterwards.
 *
 * <p>Primary codes are kept once computed, for up to {@value #KEPT_CODES} tokens of at most
 * {@value #KEPT_TOKEN_LENGTH} characters: names repeat (a few thousand first names and surnames
 * cover most people), and a search prepares a hundred candidates, each with its names and address
 * parts encoded, where a lookup costs a fraction of an encoding. The tokens kept are words without
 * their owners (no id, no record), the first ones seen; past the bound a code is computed each time.
 */
public final class Phonetics {

    /** Long enough to tell most surnames apart, short enough to absorb spelling variants. */
    private static final int CODE_LENGTH = 6;
    private static final DoubleMetaphone ENCODER = newEncoder();
    /** About 10 MB at most: 65,536 tokens of up to 32 characters with their codes. */
    static final int KEPT_CODES = 1 << 16;
    static final int KEPT_TOKEN_LENGTH = 32;
    private static final ConcurrentHashMap<String, String> PRIMARY_CODES = new ConcurrentHashMap<>();

    private Phonetics() {
    }

    private static DoubleMetaphone newEncoder() {
        DoubleMetaphone encoder = new DoubleMetaphone();
        encoder.setMaxCodeLen(CODE_LENGTH);
        return encoder;
    }

    /** The primary code of a folded token; empty for an empty token or one with no letters. */
    public static String primary(String foldedToken) {
        if (foldedToken == null || foldedToken.isEmpty()) {
            return "";
        }
        String kept = PRIMARY_CODES.get(foldedToken);
        if (kept != null) {
            return kept;
        }
        String encoded = ENCODER.doubleMetaphone(foldedToken, false);
        String code = encoded == null ? "" : encoded;
        if (foldedToken.length() <= KEPT_TOKEN_LENGTH && PRIMARY_CODES.size() < KEPT_CODES) {
            PRIMARY_CODES.put(foldedToken, code);
        }
        return code;
    }

    /** How many primary codes are kept. */
    static int keptCodes() {
        return PRIMARY_CODES.size();
    }

    /** The primary and, when it differs, the alternate code of a folded token. */
    public static Set<String> codes(String foldedToken) {
        Set<String> codes = new LinkedHashSet<>();
        String primary = primary(foldedToken);
        if (!primary.isEmpty()) {
            codes.add(primary);
            String alternate = ENCODER.doubleMetaphone(foldedToken, true);
            if (alternate != null && !alternate.isEmpty()) {
                codes.add(alternate);
            }
        }
        return codes;
    }
}
