// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caseload.hmis.internal.ExportCheck;
import org.caseload.hmis.internal.TextEncoding;

/**
 * Reads one HMIS CSV file row by row, holding one row at a time: a file of any size reads in the
 * heap of its longest row.
 *
 * <ul>
 *   <li>Encoding: UTF-8, with or without a byte-order mark, when the whole file is valid UTF-8;
 *       Windows-1252 otherwise (what spreadsheet programs on Windows save).</li>
 *   <li>Quoting: RFC 4180. A field in double quotes may hold commas, line breaks and doubled
 *       quotes; a row reports the line it starts on.</li>
 *   <li>Header: the first row. Column names match regardless of letter case. Opened for a file of
 *       a specification ({@link #open(Path, HmisSpecification)}), the header must hold exactly
 *       that file's columns; any order is read.</li>
 *   <li>Blank lines are skipped.</li>
 * </ul>
 *
 * <pre>{@code
 * try (HmisCsvReader client = HmisCsvReader.open(folder.resolve("Client.csv"), spec)) {
 *     for (HmisCsvRow row = client.next(); row != null; row = client.next()) {
 *         String id = row.get("PersonalID");
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe. Problems are {@link HmisFormatException}s naming the file, the line and what
 * is wrong, never a value of the file.
 */
public final class HmisCsvReader implements AutoCloseable {

    /** Without a schema, the parser gives each record as an array of strings. */
    private static final CsvFactory CSV = CsvFactory.builder()
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();

    private static final String BROKEN_QUOTING =
            "broken CSV quoting: a quoted field is not closed, or text follows its closing quote";

    private final String fileName;
    private final Charset charset;
    private final CsvParser parser;
    private final List<String> header;
    private final Map<String, Integer> indexByKey;
    private HmisFile file;
    private long rowLine;

    private HmisCsvReader(Path path, TextEncoding.Detected encoding) throws IOException {
        this.fileName = path.getFileName().toString();
        this.charset = encoding.charset();
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), charset));
        try {
            if (encoding.byteOrderMark()) {
                reader.skip(1);
            }
            this.parser = CSV.createParser(reader);
            List<String> names = nextValues();
            if (names == null) {
                throw new HmisFormatException(fileName, 1, null, "the file is empty: it has no header", null);
            }
            this.header = Collections.unmodifiableList(names.stream().map(String::strip).toList());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(HmisFile.key(header.get(i)), i);
        }
        this.indexByKey = index;
    }

    /**
     * Opens a file for reading, whatever its header; {@link #header()} tells its columns.
     *
     * @param path the file
     * @return a reader positioned after the header
     * @throws HmisFormatException when the file is missing, empty or its first row cannot be read
     */
    public static HmisCsvReader open(Path path) {
        Objects.requireNonNull(path, "path");
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            return new HmisCsvReader(path, TextEncoding.detect(path));
        } catch (JsonProcessingException e) {
            throw new HmisFormatException(name, 1, null, BROKEN_QUOTING, null);
        } catch (NoSuchFileException e) {
            throw new HmisFormatException(name, 0, null, "no such file", e);
        } catch (IOException e) {
            throw new HmisFormatException(name, 0, null, "cannot be read: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Opens one file of an export, whose name ({@code Client.csv}) says which file of the
     * specification it is, and checks its header: every column of that file, each once, and no
     * other, in any order and letter case.
     *
     * @param path          the file, named as the specification names it (any letter case)
     * @param specification the version the file is read as
     * @return a reader positioned after the header, whose {@link #file()} is the specification's file
     * @throws HmisFormatException when the file is none of the specification's, or its header has
     *         unknown, missing or repeated columns (all named)
     */
    public static HmisCsvReader open(Path path, HmisSpecification specification) {
        Objects.requireNonNull(specification, "specification");
        HmisCsvReader reader = open(path);
        try {
            HmisFile file = specification.file(reader.fileName).orElseThrow(() -> new HmisFormatException(
                    reader.fileName, 0, null, "not a file of the HMIS CSV format " + specification.version(), null));
            HmisHeaderMatch match = file.match(reader.header);
            if (!match.complete()) {
                throw new HmisFormatException(reader.fileName, 1, null,
                        headerProblem(specification, file, match, reader.header), null);
            }
            reader.file = file;
            return reader;
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** What is wrong with a header, naming the columns (names are never client data). */
    static String headerProblem(HmisSpecification specification, HmisFile file, HmisHeaderMatch match,
            List<String> header) {
        List<String> parts = new ArrayList<>();
        if (!match.unknown().isEmpty()) {
            parts.add("unknown columns " + String.join(", ", match.unknown()));
        }
        if (!match.missing().isEmpty()) {
            parts.add("missing columns " + String.join(", ", match.missing()));
        }
        if (!match.duplicated().isEmpty()) {
            parts.add("repeated columns " + String.join(", ", match.duplicated()));
        }
        String problem = "the header is not that of " + file.fileName() + " in " + specification.version() + ": "
                + String.join("; ", parts);
        for (HmisVersion other : HmisVersion.values()) {
            if (other != specification.version()) {
                Optional<HmisFile> there = HmisSpecification.of(other).file(file.name());
                if (there.isPresent() && there.get().match(header).complete()) {
                    problem += " (it is the header of " + other + ")";
                }
            }
        }
        return problem;
    }

    /**
     * The version of an export folder: from Export.csv's {@code CSVVersion} when it names one, else
     * from the header of Client.csv or Enrollment.csv, whose columns differ between the versions
     * (Client.csv with {@code Sex} or {@code HispanicLatinao} is FY2026, with {@code Woman} or
     * {@code HispanicLatinaeo} FY2024).
     *
     * @param folder the export's folder
     * @return its version
     * @throws HmisFormatException when neither tells the version
     */
    public static HmisVersion detectVersion(Path folder) {
        Objects.requireNonNull(folder, "folder");
        Map<String, Path> files = ExportCheck.csvFiles(folder);
        Path export = files.get("export.csv");
        if (export != null) {
            try (HmisCsvReader reader = open(export)) {
                HmisCsvRow row = reader.next();
                Optional<HmisVersion> version = row == null ? Optional.empty()
                        : HmisVersion.fromCsvVersion(row.get("CSVVersion"));
                if (version.isPresent()) {
                    return version.get();
                }
            }
        }
        for (String name : List.of("Client.csv", "Enrollment.csv")) {
            Path file = files.get(name.toLowerCase(Locale.ROOT));
            if (file != null) {
                try (HmisCsvReader reader = open(file)) {
                    Optional<HmisVersion> version = HmisVersion.ofHeader(name, reader.header());
                    if (version.isPresent()) {
                        return version.get();
                    }
                }
            }
        }
        throw new HmisFormatException("Export.csv", 0, "CSVVersion", "the version of the export cannot be told: "
                + "Export.csv names neither 2024 nor 2026 in CSVVersion, and no header of Client.csv or "
                + "Enrollment.csv has the columns of one version", null);
    }

    /** How far the reader has read, in characters from the start of the file: for progress. */
    public long charactersRead() {
        return Math.max(0, parser.currentLocation().getCharOffset());
    }

    /** The file's name, such as {@code Client.csv}. */
    public String fileName() {
        return fileName;
    }

    /** The encoding the file was read in: UTF-8 or Windows-1252. */
    public Charset charset() {
        return charset;
    }

    /** The header's column names, stripped, as the file spells them. */
    public List<String> header() {
        return header;
    }

    /** The specification's file the header was checked against; empty when opened without one. */
    public Optional<HmisFile> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The next row; blank lines are skipped.
     *
     * @return the row, or null at the end of the file
     * @throws HmisFormatException when the quoting is broken (a quoted field not closed, text after
     *         a closing quote) or the file cannot be read; the rows after it cannot be read either
     */
    public HmisCsvRow next() {
        while (true) {
            long line = parser.currentLocation().getLineNr();
            List<String> values;
            try {
                values = nextValues();
            } catch (JsonProcessingException e) {
                // The parser's message quotes the text it stopped at: a client's data, left out.
                JsonLocation at = e.getLocation();
                throw new HmisFormatException(fileName, at == null ? line : at.getLineNr(), null, BROKEN_QUOTING, null);
            } catch (IOException e) {
                throw new UncheckedIOException(fileName + ": cannot be read", e);
            }
            if (values == null) {
                return null;
            }
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue;
            }
            return new HmisCsvRow(rowLine, values, indexByKey);
        }
    }

    /** The fields of the next record, or null at the end; sets {@link #rowLine}. */
    private List<String> nextValues() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new IllegalStateException("a CSV row starts with " + token);
        }
        rowLine = 0;
        List<String> values = new ArrayList<>();
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
            if (rowLine == 0) {
                // The array's own location is where the previous record ended; its first value's is the row's.
                rowLine = parser.currentTokenLocation().getLineNr();
            }
            values.add(parser.getText());
        }
        return values;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": cannot be closed", e);
        }
    }
}
