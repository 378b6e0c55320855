// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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

    /** The passage with each matched run between {@code open} and {@code close}, such as {@code <mark>}. */
    public String marked(String open, String close) {
        return parts.stream().map(part -> part.matched() ? open + part.text() + close : part.text())
                .collect(Collectors.joining());
    }
}
