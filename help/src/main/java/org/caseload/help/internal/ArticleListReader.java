// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a bundle's {@code articles.json}: an array of distinct paths of Markdown files, relative
 * to the bundle's folder (or the organization's), such as {@code articles/en/intake.md}. Each
 * segment is letters, digits, {@code .}, {@code _} and {@code -}, so a path cannot leave its folder.
 */
final class ArticleListReader {

    private static final Pattern PATH = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.md");

    private ArticleListReader() {
    }

    static List<String> read(JsonFile file) throws IOException {
        file.next();
        file.require(JsonToken.START_ARRAY, "the file must hold an array of article paths");
        Set<String> paths = new LinkedHashSet<>();
        while (file.next() != JsonToken.END_ARRAY) {
            file.require(JsonToken.VALUE_STRING, "article " + (paths.size() + 1) + " must be a string");
            String path = file.text();
            if (!PATH.matcher(path).matches()) {
                throw file.fail(file.location(), "\"" + path + "\" is not an article path such as "
                        + "\"articles/en/intake.md\": folders and a file name ending in .md, of letters, digits, "
                        + "'.', '_' and '-', without \"..\"");
            }
            if (!paths.add(path)) {
                throw file.fail(file.location(), "article \"" + path + "\" is listed twice");
            }
        }
        return List.copyOf(paths);
    }

    /** The id of the article at a path: its file name without {@code .md}. */
    static String articleId(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".md".length());
    }
}
