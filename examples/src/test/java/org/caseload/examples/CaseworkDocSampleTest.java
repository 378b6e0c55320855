// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.casework.ClientProfile;
import org.caseload.examples.embedding.CaseworkSample;
import org.junit.jupiter.api.Test;

/** Keeps the sample of docs/casework.md identical to code that compiles and runs. */
class CaseworkDocSampleTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "casework.md");
    private static final Path SAMPLE = Path.of("src/main/java/org/caseload/examples/embedding/CaseworkSample.java");

    @Test
    void theDocumentShowsExactlyTheCompiledSample() throws IOException {
        String source = Files.readString(SAMPLE);
        int from = source.indexOf("// begin casework sample\n");
        int to = source.indexOf("            // end casework sample", from);
        assertThat(from).as("the begin marker").isNotNegative();
        assertThat(to).as("the end marker").isPositive();
        String compiled = source.substring(from + "// begin casework sample\n".length(), to)
                .replaceAll("(?m)^ {12}", "");
        Matcher block = Pattern.compile("<!-- sample: CaseworkSample -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(DOCUMENT));

        assertThat(block.find()).as("docs/casework.md has a java block after <!-- sample: CaseworkSample -->")
                .isTrue();
        assertThat(block.group(1)).isEqualTo(compiled);
    }

    @Test
    void theSampleLeavesTheHeadWithAHouseholdANoteAServiceAndNoOpenEnrollment() {
        ClientProfile profile = CaseworkSample.takeInAFamily();

        assertThat(profile.client().fullName()).isEqualTo("Rosa Diaz");
        assertThat(profile.primaryHousehold()).hasValueSatisfying(household ->
                assertThat(household.members()).hasSize(2));
        assertThat(profile.openEnrollments()).isEmpty();
        assertThat(profile.recentNotes()).singleElement().extracting(note -> note.regarding()).isEqualTo("Intake");
        assertThat(profile.recentServices()).singleElement()
                .satisfies(meal -> assertThat(meal.type().name()).isEqualTo("Meal"));
    }
}
