// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command run as a process of its own, for what only a fresh process shows: logging is set up
 * once per JVM (at its first logger), and Maven's output is Maven's.
 */
public record ChildProcess(int exitCode, String stdout, String stderr) {

    private static final long TIMEOUT_SECONDS = 120;

    /** Runs a main class in a new JVM with this test run's class path, and waits for it. */
    public static ChildProcess java(Path folder, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return run(folder, folder, command);
    }

    /** Runs the command in the working directory, its output kept in the scratch folder, and waits for it. */
    public static ChildProcess run(Path workingDirectory, Path scratch, List<String> command)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(scratch, "stdout", ".txt");
        Path stderr = Files.createTempFile(scratch, "stderr", ".txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " still running after " + TIMEOUT_SECONDS + " s");
        }
        return new ChildProcess(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
