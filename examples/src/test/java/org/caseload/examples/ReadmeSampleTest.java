// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.clients.ClientMatch;
import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.FieldComparison;
import org.caseload.linkage.MatchField;
import org.caseload.examples.embedding.MinimalHost;
import org.junit.jupiter.api.Test;

/** Keeps the README's embedding sample identical to code that compiles and runs. */
class ReadmeSampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SAMPLE = Path.of("src/main/java/org/caseload/examples/embedding/MinimalHost.java");

    @Test
    void theReadmeShowsExactlyTheCompiledSample() throws IOException {
        String compiled = between(Files.readString(SAMPLE), "// begin README sample\n", "        // end README sample");
        Matcher block = Pattern.compile("<!-- sample: MinimalHost -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(README));

        assertThat(block.find()).as("README.md has a java block after <!-- sample: MinimalHost -->").isTrue();
        assertThat(block.group(1)).isEqualTo(compiled.replaceAll("(?m)^ {8}", ""));
    }

    @Test
    void theSampleRegistersAndFindsTheClient() {
        List<ClientMatch> found = MinimalHost.registerAndFind();

        assertThat(found).singleElement().satisfies(match -> {
            assertThat(match.client().fullName()).isEqualTo("Maria Garcia");
            assertThat(match.score()).isGreaterThan(0.9);
            assertThat(match.fields()).contains(new FieldComparison(MatchField.FIRST_NAME, FieldAgreement.AGREE),
                    new FieldComparison(MatchField.LAST_NAME, FieldAgreement.AGREE));
        });
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from);
        assertThat(from).as("marker " + start.strip()).isNotNegative();
        assertThat(to).as("marker " + end.strip()).isPositive();
        return text.substring(from + start.length(), to);
    }
}
