// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.caseload.casework.ClientProfile;
import org.caseload.examples.embedding.CaseworkSample;
import org.junit.jupiter.api.Test;

/** Keeps the sample of docs/casework.md identical to code that compiles and runs. */
class CaseworkDocSampleTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "casework.md");
    private static final Path SAMPLE = Path.of("src/main/java/org/caseload/examples/embedding/CaseworkSample.java");

    @Test
    void theDocumentShowsExactlyTheCompiledSample() throws IOException {
        DocSamples.assertDocumentShows(DOCUMENT, "CaseworkSample", SAMPLE, "casework sample", 12);
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
