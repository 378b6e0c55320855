// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caseload.hmis.HmisFormatException;
import org.caseload.hmis.HmisImport;
import org.caseload.hmis.HmisImportReport;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.error.CaseloadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hmis import --input DIR --database URL [--skip-bad-rows]}: stores every row of an HMIS CSV
 * export folder, FY2024 or FY2026, in the database ({@link HmisImport}). Each refused row and each
 * warning goes to standard output as a CSV line (severity, file, line, column, record, reason; never
 * a client's data) as it is found; a progress bar (on a terminal) and a summary go to standard
 * error. Exits with 1 when a row or a file was refused. Ctrl-C stops it at a clean point with
 * nothing stored.
 */
@Command(name = "import", sortOptions = false,
        description = {"Import an HMIS CSV export folder (FY2024 or FY2026) into the database: every row of the "
                + "24 files, the source's ids kept, each value checked against the version's specification.",
                "Every refused row is printed with its file, line, column and reason. A file with a refused "
                        + "row is not imported at all, unless --skip-bad-rows; nothing is stored when the import "
                        + "fails or is interrupted. Exits with 1 when something was refused."})
final class HmisImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", converter = OptionValues.ExistingFolder.class,
            description = "The export folder: Export.csv, Client.csv, ... (names in any letter case).")
    Path input;

    @Option(names = "--skip-bad-rows",
            description = "Import a file with refused rows without them, instead of not at all.")
    boolean skipBadRows;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, "importing", ProgressBar.stderrIsTerminal(), System::nanoTime);
        HmisImport hmisImport;
        HmisImportReport report;
        out.println(String.join(",", HmisCommand.COLUMNS));
        try (CancelOnShutdown stop = CancelOnShutdown.install();
             JdbcStorage storage = database.openStorageClosedByCommand()) {
            hmisImport = HmisImport.into(storage, database.keyProvider())
                    .onFinding(finding -> out.println(HmisCommand.csvLine(finding)))
                    .onProgress(bar::onProgress)
                    .cancelledWhen(stop);
            if (skipBadRows) {
                hmisImport.skippingBadRows();
            }
            report = hmisImport.run(input);
        } catch (HmisFormatException e) {
            throw new CommandFailure("cannot import " + input + ": " + e.getMessage(), e);
        } catch (CaseloadException | UncheckedIOException e) {
            throw new CommandFailure("the import failed and stored nothing: " + e.getMessage(), e);
        }
        out.flush();
        err.printf(Locale.ROOT, "%s (%s): %d rows stored, %d rows refused, %d warnings%s%s%n", input,
                report.version(), report.stored(), report.refusedRows(), report.warnings(),
                report.refusedFiles().isEmpty() ? "" : "; not imported: " + String.join(", ", report.refusedFiles()),
                report.cancelled() ? " (interrupted: nothing was stored)" : "");
        err.flush();
        boolean refused = report.refusedRows() > 0 || !report.refusedFiles().isEmpty();
        if (report.cancelled()) {
            return KeysCommand.STOPPED;
        }
        return refused ? ExitCode.SOFTWARE : ExitCode.OK;
    }
}
