// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.caseload.help.internal.SafeHtml;

/**
 * A passage of an article's text with the words that matched a search marked, as parts the host
 * renders safely (no markup to escape). Immutable.
 *
 * @param parts the passage in order; never null
 */
public record Snippet(List<Part> parts) {
    public Snippet {
        parts = List.copyOf(parts);
    }

    /** A run of text, matched or not. */
    public record Part(String text, boolean matched) {
        public Part {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The passage without marks. */
    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    /**
     * The passage as HTML, each matched run between {@code open} and {@code close} (markup the host
     * chooses, such as {@code <mark>}, put in as given) and every character of the article's text
     * escaped, so that nothing an author wrote reads as markup.
     */
    public String marked(String open, String close) {
        return parts.stream().map(part -> part.matched() ? open + SafeHtml.escape(part.text()) + close
                : SafeHtml.escape(part.text())).collect(Collectors.joining());
    }

    /** The passage as HTML with matched runs in {@code <mark>}: {@link #marked} with the usual mark. */
    public String html() {
        return marked("<mark>", "</mark>");
    }
}
