// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.regex.Pattern;

/**
 * The readable text of a Markdown body, for indexing and snippets: the words a reader sees,
 * without the markup around them. Covers what help articles use (headings, emphasis, links,
 * images, code, lists, quotes, tables, HTML tags); it is not a renderer.
 */
final class MarkdownText {

    private static final Pattern FENCE_LINE = Pattern.compile("(?m)^\\s*(```|~~~).*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    /**
     * What is left of a tag that never closes ({@code <img src=x onerror=...} at the end of a
     * body): a browser would read the rest as the tag, so the plain text drops it to the line's end.
     */
    private static final Pattern UNTERMINATED_TAG = Pattern.compile("<[A-Za-z!/?][^\\n]*");
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}.*$");
    private static final Pattern EMPHASIS = Pattern.compile(
            "\\*{1,3}|`+|~~|(?<![\\p{L}\\p{N}])_{1,3}|_{1,3}(?![\\p{L}\\p{N}])");
    private static final Pattern PIPE = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private MarkdownText() {
    }

    /** The text of the body, paragraphs kept apart by blank lines. */
    static String of(String markdown) {
        String text = FENCE_LINE.matcher(markdown).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = UNTERMINATED_TAG.matcher(text).replaceAll("");
        text = TABLE_RULE.matcher(text).replaceAll("");
        text = LINE_MARKER.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = PIPE.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ");
        return BLANK_LINES.matcher(text.strip()).replaceAll("\n\n");
    }
}
