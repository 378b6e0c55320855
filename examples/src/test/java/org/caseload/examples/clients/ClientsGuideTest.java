// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caseload.clients.ClientMatch;
import org.caseload.examples.DocSamples;
import org.caseload.spi.error.Violation;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.SsnDataQuality;
import org.junit.jupiter.api.Test;

/** Keeps the sample of {@code docs/clients.md} identical to code that compiles and runs. */
class ClientsGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "clients.md");
    private static final Path SAMPLE = Path.of("src/main/java/org/caseload/examples/clients/ClientsGuide.java");

    @Test
    void theGuideShowsExactlyTheCompiledSample() throws IOException {
        DocSamples.assertDocumentShows(GUIDE, "ClientsGuide", SAMPLE, "docs/clients.md sample", 8);
    }

    @Test
    void theSampleRegistersChangesRefusesAndFinds() {
        List<Violation> refused = new ArrayList<>();

        List<ClientMatch> found = ClientsGuide.registerChangeAndFind(refused);

        assertThat(found).singleElement().satisfies(match -> {
            assertThat(match.client().fullName()).isEqualTo("María García");
            assertThat(match.client().version()).isEqualTo(2);
            assertThat(match.client().details().ssnQuality()).isEqualTo(SsnDataQuality.FULL);
            assertThat(match.client().forms()).containsExactly(new FormValues("intake", 1, Map.of(
                    "employed", FieldValue.bool(false), "sleptAt", FieldValue.choice("shelter"))));
        });
        assertThat(refused).extracting(Violation::path, Violation::messageKey)
                .containsExactly(tuple("details.ssn", "caseload.client.ssn.partial"));
    }
}
