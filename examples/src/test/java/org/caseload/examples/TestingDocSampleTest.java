// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the sample of docs/testing.md identical to the host test that compiles and runs. */
class TestingDocSampleTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "testing.md");
    private static final Path SAMPLE = Path.of("src/test/java/org/caseload/examples/testing/HostTestSampleTest.java");

    @Test
    void theDocumentShowsExactlyTheCompiledSample() throws IOException {
        DocSamples.assertDocumentShows(DOCUMENT, "HostTestSampleTest", SAMPLE, "testing sample", 8);
    }
}
