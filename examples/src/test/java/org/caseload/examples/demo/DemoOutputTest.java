// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.caseload.examples.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's output is its story alone: no log lines from the libraries, no escape sequences. */
class DemoOutputTest {

    @Test
    void beginsWithItsOwnFirstLineAndHoldsNoLibraryLogLines(@TempDir Path folder)
            throws IOException, InterruptedException {
        Path database = folder.resolve("database");

        ChildProcess demo = ChildProcess.java(folder, Demo.class, database.toString());

        assertThat(demo.exitCode()).as(demo.stderr()).isZero();
        String newLine = System.lineSeparator();
        assertThat(demo.stdout())
                .startsWith("Caseload demo, on an encrypted embedded H2 database in " + database + newLine + newLine + "1. ")
                .doesNotContain("\u001b").doesNotContain("INFO").doesNotContainIgnoringCase("flyway");
        // Flyway migrates the new database: at INFO it would say so here.
        assertThat(demo.stderr()).doesNotContain("INFO").doesNotContainIgnoringCase("flyway");
    }
}
