// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.caseload.hmis.HmisCheck;
import org.caseload.hmis.HmisCheckReport;
import org.caseload.hmis.HmisFinding;
import org.caseload.hmis.HmisFormatException;
import org.caseload.hmis.HmisVersion;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.error.CaseloadException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code hmis check (--input DIR | --database URL [--version 2026|2024]) [--format table|csv|json]}:
 * the data quality checks of a HUD HMIS CSV export (FY2024 or FY2026) that need only the export
 * ({@link HmisCheck}), over a folder or over the HMIS records stored in a database. The findings go
 * to standard output, each with its severity, file, line, column, record id and reason, never a
 * client's data; a summary and, when standard error is a terminal, a progress bar go to standard
 * error. Exits with 1 when there are errors (warnings alone exit with 0). Interrupting it (Ctrl-C)
 * stops it: it only reads. {@code hmis import} and {@code hmis export} ({@link HmisImportCommand},
 * {@link HmisExportCommand}) move exports into the database and out of it.
 */
@Command(name = "hmis", description = "Work with HUD HMIS CSV exports (FY2024, FY2026).",
        subcommands = {HmisImportCommand.class, HmisExportCommand.class})
final class HmisCommand implements Callable<Integer> {

    static final String[] COLUMNS = {"severity", "file", "line", "column", "record", "reason"};

    @Spec
    CommandSpec spec;

    /**
     * {@code hmis} alone: a subcommand is needed.
     *
     * @return never: the missing subcommand is a usage error
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a subcommand is needed: check, import or export");
    }

    /** Checks an export folder or the stored records; returns 1 when there are errors. */
    @Command(name = "check", sortOptions = false,
            description = {"Check an HMIS CSV export folder, or the HMIS records of a database, as HUD's Eva does "
                    + "with one export: files and headers, types and lengths, codes (retired ones warn), required "
                    + "values, keys, one head per household, universal data elements against their data quality, "
                    + "dates of birth, overlapping stays, heads under 18, the head's CoC, inventory of residential "
                    + "projects, data collection stages.",
                    "Exits with 1 when there are errors."})
    int check(
            @ArgGroup(exclusive = true, multiplicity = "1") Source source,
            @Mixin CheckedDatabase database,
            @Option(names = "--version", paramLabel = "2026|2024", converter = HmisExportCommand.VersionConverter.class,
                    description = "With --database: the version the stored records are checked as; default 2026.")
            HmisVersion version,
            @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
                    converter = FormatConverter.class,
                    description = "How to print the findings: table (the default), csv or json.")
            Format format) {
        if (source.input != null && version != null) {
            throw new ParameterException(spec.commandLine(), "--version is for --database: a folder's version is "
                    + "its Export.csv's");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, "checking", ProgressBar.stderrIsTerminal(), System::nanoTime);
        Thread thread = Thread.currentThread();
        HmisCheckReport report;
        String checked;
        if (source.input != null) {
            checked = source.input.toString();
            try {
                report = HmisCheck.run(source.input, bar::onProgress, thread::isInterrupted);
            } catch (HmisFormatException e) {
                throw new CommandFailure("cannot check " + checked + ": " + e.getMessage(), e);
            }
        } else {
            checked = "the database's HMIS records";
            database.url = source.database;
            report = stored(database, version == null ? HmisVersion.FY2026 : version, bar);
        }
        switch (format) {
            case TABLE -> table(out, report.findings());
            case CSV -> csv(out, report.findings());
            case JSON -> json(out, report);
        }
        out.flush();
        err.printf(Locale.ROOT, "%s%s: %d errors, %d warnings%s%n", checked,
                report.detectedVersion().map(v -> " (" + v + ")").orElse(""), report.errors(), report.warnings(),
                report.cancelled() ? " (interrupted: the check did not finish)" : "");
        err.flush();
        return report.errors() > 0 || report.cancelled() ? ExitCode.SOFTWARE : ExitCode.OK;
    }

    /** The check of the stored records; Ctrl-C stops it after the page it is reading. */
    private static HmisCheckReport stored(CheckedDatabase database, HmisVersion version, ProgressBar bar) {
        try (CancelOnShutdown stop = CancelOnShutdown.install();
             JdbcStorage storage = database.openStorageClosedByCommand()) {
            return HmisCheck.stored(storage, database.keyProvider(), version, bar::onProgress, stop);
        } catch (CaseloadException e) {
            throw new CommandFailure("cannot check the database's HMIS records: " + e.getMessage(), e);
        }
    }

    /** What is checked: a folder, or the records of a database. */
    static final class Source {
        @Option(names = "--input", required = true, paramLabel = "DIR", converter = OptionValues.ExistingFolder.class,
                description = "The export folder: Export.csv, Client.csv, ... (names in any letter case).")
        Path input;

        @Option(names = "--database", required = true, paramLabel = "URL|FOLDER",
                description = "Or the database whose HMIS records are checked (hmis import): a jdbc: URL, or the "
                        + "folder of the embedded database.")
        String database;
    }

    /** The user, password and keys of the database {@link Source} names. */
    static final class CheckedDatabase extends DatabaseAccess {
        private String url;

        CheckedDatabase(Function<String, String> environment) {
            super(environment);
        }

        @Override
        String database() {
            return url;
        }
    }

    /** A finding as one CSV line of {@link #COLUMNS}. */
    static String csvLine(HmisFinding finding) {
        return String.join(",", fields(finding).stream().map(CsvRows::field).toList());
    }

    /** A finding's fields in the order of {@link #COLUMNS}. */
    private static List<String> fields(HmisFinding finding) {
        return List.of(finding.severity().name(), finding.file(), Long.toString(finding.line()),
                finding.column() == null ? "" : finding.column(), finding.recordId() == null ? "" : finding.recordId(),
                finding.reason());
    }

    /** Columns padded to their widest value; the reason last, unpadded. */
    private static void table(PrintWriter out, List<HmisFinding> findings) {
        if (findings.isEmpty()) {
            out.println("no findings");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(COLUMNS).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
        findings.forEach(finding -> rows.add(fields(finding)));
        int[] widths = new int[COLUMNS.length - 1];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
            }
            out.println(line.append(row.get(widths.length)));
        }
    }

    private static void csv(PrintWriter out, List<HmisFinding> findings) {
        out.println(String.join(",", COLUMNS));
        for (HmisFinding finding : findings) {
            out.println(csvLine(finding));
        }
    }

    private static void json(PrintWriter out, HmisCheckReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", report.detectedVersion().map(Enum::name).orElse(null));
        document.put("errors", report.errors());
        document.put("warnings", report.warnings());
        document.put("cancelled", report.cancelled());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (HmisFinding finding : report.findings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", finding.severity().name());
            item.put("file", finding.file());
            item.put("line", finding.line());
            item.put("column", finding.column());
            item.put("record", finding.recordId());
            item.put("reason", finding.reason());
            findings.add(item);
        }
        document.put("findings", findings);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new CommandFailure("cannot write the findings as JSON", e);
        }
    }

    /** How the findings are printed. */
    enum Format {
        TABLE, CSV, JSON
    }

    /** {@code table}, {@code csv} or {@code json}. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String name) {
            return switch (name) {
                case "table" -> Format.TABLE;
                case "csv" -> Format.CSV;
                case "json" -> Format.JSON;
                default -> throw new TypeConversionException("expected table, csv or json, was '" + name + "'");
            };
        }
    }
}
