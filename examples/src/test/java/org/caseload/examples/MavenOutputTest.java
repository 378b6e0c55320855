// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn -q} prints nothing of its own on standard output, so that the demo's output
 * ({@code mvn -B -q ... exec:java}) begins with the demo's first line: .mvn/jvm.config keeps the
 * console library of Maven 3.8 from writing an ANSI reset when it uninstalls (see ADR 0086).
 */
class MavenOutputTest {

    @Test
    void quietMavenWritesNothingToStandardOutput(@TempDir Path scratch) throws IOException, InterruptedException {
        Path mvn = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, "mvn")).filter(Files::isExecutable).findFirst().orElse(null);
        if (mvn == null) {
            System.err.println("SKIPPED: mvn is not on the PATH");
        }
        Assumptions.assumeTrue(mvn != null, "mvn is not on the PATH");
        Path root = Path.of("").toAbsolutePath().getParent();

        ChildProcess maven = ChildProcess.run(root, scratch, List.of(mvn.toString(), "-B", "-q", "-o", "-N", "validate"));

        assertThat(maven.exitCode()).as(maven.stdout() + maven.stderr()).isZero();
        assertThat(maven.stdout()).isEmpty();
    }
}
