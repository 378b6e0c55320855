// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.help;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's headings one level down, so that the page keeps its only h1 (the article's title,
 * which the layout writes): h1 becomes h2, and so on, h6 staying h6. It works on the help module's
 * cleaned HTML, where a heading is a bare tag and text never holds an unescaped {@code <}.
 */
final class ArticleHeadings {

    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])(?=[\\s>])");

    private ArticleHeadings() {
    }

    /** The HTML with every heading one level lower. */
    static String demoted(String cleanHtml) {
        Matcher heading = HEADING.matcher(cleanHtml);
        StringBuilder out = new StringBuilder(cleanHtml.length());
        while (heading.find()) {
            int level = Math.min(6, Integer.parseInt(heading.group(2)) + 1);
            heading.appendReplacement(out, "<" + heading.group(1) + "h" + level);
        }
        heading.appendTail(out);
        return out.toString();
    }
}
