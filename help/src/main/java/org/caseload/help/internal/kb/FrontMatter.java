// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.spi.error.ConfigurationException;

/**
 * The front-matter header of a Markdown article and the body after it. The header is a block of
 * {@code key: value} lines between two {@code ---} lines at the top of the file; keys are lower
 * case letters and dashes, each at most once; blank lines are allowed. A YAML subset this small
 * needs no YAML library. Immutable.
 *
 * @param fields    each key with its trimmed value and the line it is on
 * @param body      the text after the closing fence
 */
record FrontMatter(Map<String, Field> fields, String body) {

    private static final String FENCE = "---";
    private static final Pattern LINE = Pattern.compile("([a-z][a-z-]*)\\s*:(.*)");

    /** One header line's value. */
    record Field(String value, int line) {
    }

    /**
     * Splits a document into its header and body.
     *
     * @param origin how messages name the document
     * @throws ConfigurationException naming the origin and the line at fault
     */
    static FrontMatter parse(String origin, String markdown) {
        String[] lines = markdown.split("\\r?\\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            throw new ConfigurationException(origin + ", line 1: an article starts with a front-matter header "
                    + "between two \"---\" lines");
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.equals(FENCE)) {
                String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(Map.copyOf(fields), body);
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new ConfigurationException(origin + ", line " + number + ": a header line is \"key: value\" "
                        + "with a lower-case key");
            }
            String key = matcher.group(1);
            if (fields.put(key, new Field(matcher.group(2).strip(), number)) != null) {
                throw new ConfigurationException(origin + ", line " + number + ": \"" + key + "\" is given twice");
            }
        }
        throw new ConfigurationException(origin + ": the front-matter header is not closed by a \"---\" line");
    }
}
