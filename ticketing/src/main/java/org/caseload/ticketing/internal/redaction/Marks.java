// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caseload.ticketing.RedactionCategory;

/**
 * The ranges of a normalized text marked for redaction; marks never overlap, the first one wins.
 * Applied to the original text: each mark's source range becomes its category's placeholder, and
 * the invisible characters of what is kept are dropped (they carry nothing the reader needs, and
 * a bidi control could make the outbound text read differently from what it is). Not thread-safe.
 */
public final class Marks {

    /** A marked range of the normalized text. */
    public record Mark(int start, int end, RedactionCategory category) {
    }

    private final NormalizedText text;
    private final List<Mark> marked = new ArrayList<>();

    public Marks(NormalizedText text) {
        this.text = text;
    }

    /** The normalized text the marks are ranges of. */
    public String text() {
        return text.text();
    }

    public boolean isFree(int start, int end) {
        for (Mark mark : marked) {
            if (mark.start() < end && start < mark.end()) {
                return false;
            }
        }
        return true;
    }

    /** Marks a range unless it overlaps one already marked. */
    public void mark(int start, int end, RedactionCategory category) {
        if (start < end && isFree(start, end)) {
            marked.add(new Mark(start, end, category));
        }
    }

    /** The marks of one category. */
    public List<Mark> of(RedactionCategory category) {
        return marked.stream().filter(mark -> mark.category() == category).toList();
    }

    /** The original text with every mark replaced, and the number of marks per category. */
    public Applied apply() {
        List<Mark> sorted = new ArrayList<>(marked);
        sorted.sort(Comparator.comparingInt(Mark::start));
        String original = text.original();
        StringBuilder out = new StringBuilder(original.length());
        Map<RedactionCategory, Integer> counts = new EnumMap<>(RedactionCategory.class);
        int at = 0;
        for (Mark mark : sorted) {
            int start = text.originalStart(mark.start());
            appendVisible(out, original, at, start);
            out.append(mark.category().placeholder());
            counts.merge(mark.category(), 1, Integer::sum);
            at = Math.max(at, text.originalEnd(mark.end()));
        }
        appendVisible(out, original, at, original.length());
        return new Applied(out.toString(), counts);
    }

    private static void appendVisible(StringBuilder out, String original, int from, int to) {
        int at = from;
        while (at < to) {
            int codePoint = original.codePointAt(at);
            if (!NormalizedText.isInvisible(codePoint)) {
                out.appendCodePoint(codePoint);
            }
            at += Character.charCount(codePoint);
        }
    }

    /** The redacted text and the number of values of each category it lost. */
    public record Applied(String text, Map<RedactionCategory, Integer> counts) {
    }
}
