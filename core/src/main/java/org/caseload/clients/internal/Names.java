// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How names (and other short texts a person types) are cleaned for storage; the matching engine
 * normalizes them its own way for comparison. Stateless.
 */
public final class Names {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
}
