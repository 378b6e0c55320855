// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchModel;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.SplinkExport;

/**
 * The duplicates command's handoff to Splink 4: the fitted model as {@value #SETTINGS} and the
 * term-frequency tables beside it, and the prepared records. The SSN digests are made under a key
 * drawn at random for the run and never written: they compare within the one prepared file and
 * cannot be recomputed from guessed numbers.
 */
final class SplinkFiles {

    /** The settings file's name in the model directory. */
    static final String SETTINGS = "splink_settings.json";
    private static final int KEY_BYTES = 32;

    private SplinkFiles() {
    }

    /** Keeps the model a detection run fitted, with the run's subjects. */
    static final class Fitted implements MatchEngine.ModelListener {
        private List<MatchSubject> subjects;
        private MatchModel model;

        @Override
        public void fitted(List<MatchSubject> runSubjects, MatchModel fittedModel) {
            subjects = runSubjects;
            model = fittedModel;
        }

        /** The export of what was fitted, SSN digests under a fresh random key. */
        SplinkExport export(MatchEngine engine) {
            if (model == null) {
                throw new IllegalStateException("no detection run fitted a model");
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            try {
                return SplinkExport.of(engine, model, subjects, key);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /**
     * Writes what was asked for: the model into {@code modelDirectory} when not null, the prepared
     * records to {@code preparedFile} when not null.
     *
     * @throws CommandFailure when a file cannot be written, naming it
     */
    static void write(SplinkExport export, UnaryOperator<String> uniqueIds, Path modelDirectory, Path preparedFile,
            PrintWriter err) {
        if (modelDirectory != null) {
            Path current = modelDirectory;
            try {
                Files.createDirectories(modelDirectory);
                current = modelDirectory.resolve(SETTINGS);
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(current.toFile(),
                        export.settings());
                for (String column : export.termFrequencyColumns()) {
                    current = modelDirectory.resolve("tf_" + column + ".csv");
                    try (Writer writer = writer(current)) {
                        export.writeTermFrequencies(column, writer);
                    }
                }
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + current + ": " + ClientFileLoader.describe(e), e);
            }
            err.println("Splink model written to " + modelDirectory + " (" + SETTINGS
                    + (export.termFrequencyColumns().isEmpty() ? ", no term-frequency tables: scored with the "
                            + "standard weights" : ", term-frequency tables of " + String.join(" and ",
                                    export.termFrequencyColumns())) + ")");
        }
        if (preparedFile != null) {
            try (Writer writer = writer(preparedFile)) {
                export.writePrepared(writer, uniqueIds);
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + preparedFile + ": " + ClientFileLoader.describe(e), e);
            }
            err.println("prepared records written to " + preparedFile);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }
}
