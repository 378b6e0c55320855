// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The one policy for text a caller hands Caseload, whatever the field. Text is compared and stored
 * in Unicode NFC. A one-line text (a name, an id, a title, an address line, any short field) holds
 * no control character, no bidirectional formatting character (which reorders what a reader sees:
 * {@code U+202E} makes {@code txt.exe} read {@code exe.txt}) and no invisible character (zero-width
 * spaces and joiners, word joiner, byte-order mark), which would make two names that look the same
 * differ. A multi-line text (a note, a description) may hold line breaks and tabs, and invisible
 * joiners (emoji and some scripts need them), but no other control character and no bidirectional
 * formatting character.
 */
public final class TextPolicy {

    /** The problem keys, in the message bundles. */
    public static final String CONTROL = "caseload.text.controlCharacter";
    public static final String BIDI = "caseload.text.bidiControl";
    public static final String INVISIBLE = "caseload.text.invisibleCharacter";

    /** What a field holds. */
    public enum Shape {
        /** A name, an id, a title: one line. */
        LINE,
        /** A note or a description: lines of free text. */
        MULTI_LINE
    }

    private TextPolicy() {
    }

    /** The text in NFC, the form it is compared and stored in. */
    public static String normalized(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The key of the first rule the text breaks, if any. */
    public static Optional<String> problem(String text, Shape shape) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isBidiControl(c)) {
                return Optional.of(BIDI);
            }
            if (Character.getType(c) == Character.CONTROL
                    && !(shape == Shape.MULTI_LINE && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of(CONTROL);
            }
            if (shape == Shape.LINE && isInvisible(c)) {
                return Optional.of(INVISIBLE);
            }
        }
        return Optional.empty();
    }

    /** Embeddings, overrides, isolates and the directional marks. */
    private static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** Characters that take no space and show nothing. */
    private static boolean isInvisible(int c) {
        return c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x180E;
    }
}
