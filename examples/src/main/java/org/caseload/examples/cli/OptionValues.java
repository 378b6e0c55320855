// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.caseload.linkage.MatchThresholds;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line's option values from their text: each refuses a bad value with what is wrong,
 * and picocli adds which option it was and exits with the usage and code 2.
 */
final class OptionValues {

    private OptionValues() {
    }

    /** {@code hmis} or {@code febrl}: the input's format. */
    static final class FormatConverter implements ITypeConverter<ClientFileFormat> {
        @Override
        public ClientFileFormat convert(String name) {
            return switch (name) {
                case "hmis" -> new HmisClientFormat();
                case "febrl" -> new FebrlFormat();
                default -> throw new TypeConversionException("expected hmis or febrl, was '" + name + "'");
            };
        }
    }

    /** The names {@link FormatConverter} takes, offered by shell completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("hmis", "febrl").iterator();
        }
    }

    /** A file that exists: a missing input is a wrong argument, found before any work starts. */
    static final class ExistingFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path path = Path.of(text);
            if (Files.isDirectory(path)) {
                throw new TypeConversionException("'" + text + "' is a directory, not a file");
            }
            if (!Files.isRegularFile(path)) {
                throw new TypeConversionException("no such file: '" + text + "'");
            }
            return path;
        }
    }

    /** A folder that exists: a missing input folder is a wrong argument. */
    static final class ExistingFolder implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path path = Path.of(text);
            if (!Files.isDirectory(path)) {
                throw new TypeConversionException(Files.exists(path) ? "'" + text + "' is a file, not a folder"
                        : "no such folder: '" + text + "'");
            }
            return path;
        }
    }

    /**
     * A directory to write into: created when missing; an existing file or a directory that cannot
     * be written to is refused before any work starts.
     */
    static final class WritableDirectory implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path path = Path.of(text);
            if (Files.exists(path) && !Files.isDirectory(path)) {
                throw new TypeConversionException("'" + text + "' is a file, not a directory");
            }
            if (Files.isDirectory(path) && !Files.isWritable(path)) {
                throw new TypeConversionException("'" + text + "' is a directory that cannot be written to");
            }
            return path;
        }
    }

    /**
     * A file to write, replaced when it exists (as {@code --output} is): a directory, or a file that
     * cannot be written to, is refused before any work starts.
     */
    static final class WritableFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path path = Path.of(text);
            if (Files.isDirectory(path)) {
                throw new TypeConversionException("'" + text + "' is a directory, not a file");
            }
            if (Files.exists(path) && !Files.isWritable(path)) {
                throw new TypeConversionException("'" + text + "' is a file that cannot be written to");
            }
            return path;
        }
    }

    /**
     * The probability from which a pair is probable, in (0, 1]; pairs from the default possible
     * threshold (or this one, when lower) up to it are possible.
     */
    static final class ThresholdConverter implements ITypeConverter<MatchThresholds> {
        @Override
        public MatchThresholds convert(String text) {
            double probable;
            try {
                probable = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected a number in (0, 1], was '" + text + "'");
            }
            if (!(probable > 0 && probable <= 1)) {
                throw new TypeConversionException("must be in (0, 1], was '" + text + "'");
            }
            return new MatchThresholds(probable, Math.min(probable, MatchThresholds.DEFAULT.possible()));
        }
    }

    /** A thread count: 0 (one per processor) to 256. */
    static final class ThreadsConverter implements ITypeConverter<Integer> {
        private static final int MOST = 256;

        @Override
        public Integer convert(String text) {
            int threads;
            try {
                threads = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected a whole number from 0 to " + MOST + ", was '" + text + "'");
            }
            if (threads < 0 || threads > MOST) {
                throw new TypeConversionException("must be from 0 (one per processor) to " + MOST + ", was '" + text
                        + "'");
            }
            return threads;
        }
    }
}
