// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.caseload.examples.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging is quiet unless asked: each run in a JVM of its own, as bin/caseload runs it. */
class VerboseLoggingTest {

    @TempDir
    Path folder;

    @Test
    void logsWarningsAndErrorsOnlyByDefaultAndInfoFromTheLibrariesWithVerbose()
            throws IOException, InterruptedException, URISyntaxException {
        String input = Path.of(VerboseLoggingTest.class.getResource("/cli/small-client.csv").toURI()).toString();

        ChildProcess quiet = ChildProcess.java(folder, CaseloadCli.class,
                "duplicates", "--format", "hmis", "--input", input, "--output", "quiet.csv");
        ChildProcess verbose = ChildProcess.java(folder, CaseloadCli.class,
                "--verbose", "duplicates", "--format", "hmis", "--input", input, "--output", "verbose.csv");

        assertThat(quiet.exitCode()).as(quiet.stderr()).isZero();
        assertThat(verbose.exitCode()).as(verbose.stderr()).isZero();
        assertThat(quiet.stderr()).doesNotContain("INFO").contains("6 probable pairs written to quiet.csv");
        // Hibernate Validator announces itself at INFO, through JBoss Logging and SLF4J.
        assertThat(verbose.stderr()).contains("INFO org.hibernate.validator")
                .contains("6 probable pairs written to verbose.csv");
    }
}
