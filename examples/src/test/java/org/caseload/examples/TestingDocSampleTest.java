// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the sample of docs/testing.md identical to the host test that compiles and runs. */
class TestingDocSampleTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "testing.md");
    private static final Path SAMPLE = Path.of("src/test/java/org/caseload/examples/testing/HostTestSampleTest.java");

    @Test
    void theDocumentShowsExactlyTheCompiledSample() throws IOException {
        String source = Files.readString(SAMPLE);
        int from = source.indexOf("// begin testing sample\n");
        int to = source.indexOf("        // end testing sample", from);
        assertThat(from).as("the begin marker").isNotNegative();
        assertThat(to).as("the end marker").isPositive();
        String compiled = source.substring(from + "// begin testing sample\n".length(), to)
                .replaceAll("(?m)^ {8}", "");
        Matcher block = Pattern.compile("<!-- sample: HostTestSampleTest -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(DOCUMENT));

        assertThat(block.find()).as("docs/testing.md has a java block after <!-- sample: HostTestSampleTest -->")
                .isTrue();
        assertThat(block.group(1)).isEqualTo(compiled);
    }
}
