// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The only ways help text becomes HTML for a host: escaped text, and article bodies rendered from
 * Markdown and then cleaned by jsoup's allow-list. Nothing an author wrote reaches a host's page
 * as markup that was not on the list: no script, no event handler, no style, no link or image
 * address other than http(s) or relative. Thread-safe.
 */
public final class SafeHtml {

    /**
     * Relative addresses are checked as if under this base, so that they pass as http; the cleaned
     * HTML keeps them relative. The {@code .invalid} top-level domain never resolves (RFC 2606).
     */
    private static final String RELATIVE_BASE = "http://relative.invalid/";
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp", "mailto")
            .preserveRelativeLinks(true);
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SafeHtml() {
    }

    /**
     * The text as HTML text, for an element's content or a double-quoted attribute: every
     * character that could open markup, an entity or end the attribute escaped.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A Markdown body rendered to HTML and cleaned: what a host may put in its page as it is. */
    public static String body(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(rendered, RELATIVE_BASE, ALLOWED, OUTPUT);
    }
}
