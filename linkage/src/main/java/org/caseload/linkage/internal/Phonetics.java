// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Double Metaphone codes of folded name tokens. Thread-safe: the shared encoder is configured
 * once and never changed afterwards.
 */
public final class Phonetics {

    /** Long enough to tell most surnames apart, short enough to absorb spelling variants. */
    private static final int CODE_LENGTH = 6;
    private static final DoubleMetaphone ENCODER = newEncoder();

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
        String code = ENCODER.doubleMetaphone(foldedToken, false);
        return code == null ? "" : code;
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
