// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links to other articles and the images a Markdown body names. A link to an article is
 * {@code [text](article-id)} or {@code [text](article-id#part)}: a target without a scheme, a
 * slash or a file extension. An image is {@code ![text](path)} with a relative path into the
 * content bundle. Addresses with a scheme ({@code https:}, {@code mailto:}) are neither.
 */
final class ArticleReferences {

    /** {@code [text](target)} or {@code ![text](target "title")}; the text holds no brackets. */
    private static final Pattern LINK = Pattern.compile("(!?)\\[[^\\[\\]]*]\\(\\s*([^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_-]*");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    /**
     * What a body names.
     *
     * @param articleIds the ids its links to articles name, in order
     * @param images     the image paths it names, in order
     */
    record Found(List<String> articleIds, List<String> images) {
    }

    private ArticleReferences() {
    }

    static Found in(String markdown) {
        List<String> articleIds = new ArrayList<>();
        List<String> images = new ArrayList<>();
        Matcher matcher = LINK.matcher(markdown);
        while (matcher.find()) {
            String target = matcher.group(2);
            if (SCHEME.matcher(target).matches()) {
                continue;
            }
            if (!matcher.group(1).isEmpty()) {
                images.add(target);
            } else {
                int part = target.indexOf('#');
                String id = part < 0 ? target : target.substring(0, part);
                if (ARTICLE_ID.matcher(id).matches()) {
                    articleIds.add(id);
                }
            }
        }
        return new Found(List.copyOf(articleIds), List.copyOf(images));
    }
}
