// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The check that keeps a document's code sample identical to code that compiles and runs. */
public final class DocSamples {

    private DocSamples() {
    }

    /**
     * Asserts that the java block after {@code <!-- sample: name -->} in {@code document} is exactly
     * the code between {@code // begin marker} and {@code // end marker} in {@code source}.
     *
     * @param indent the indentation of the sample's lines in the source, which the document leaves out
     */
    public static void assertDocumentShows(Path document, String name, Path source, String marker, int indent)
            throws IOException {
        String text = Files.readString(source);
        String begin = "// begin " + marker + "\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(" ".repeat(indent) + "// end " + marker, from);
        assertThat(from).as("the begin marker").isNotNegative();
        assertThat(to).as("the end marker").isPositive();
        String compiled = text.substring(from + begin.length(), to).replaceAll("(?m)^ {" + indent + "}", "");
        Matcher block = Pattern.compile("<!-- sample: " + name + " -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(document));

        assertThat(block.find()).as(document + " has a java block after <!-- sample: " + name + " -->").isTrue();
        assertThat(block.group(1)).isEqualTo(compiled);
    }
}
