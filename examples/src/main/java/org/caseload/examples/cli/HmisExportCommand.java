// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caseload.hmis.HmisExport;
import org.caseload.hmis.HmisExportReport;
import org.caseload.hmis.HmisVersion;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.error.CaseloadException;
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
 * {@code hmis export --database URL --output DIR [--organization ID [--organization-name NAME]
 * [--coc CODE] [--user ID]] [--version 2026|2024] [--from DATE --to DATE] [--project ID...]}: writes the stored
 * HMIS records, and the library's own records of an organization, as an export folder of the
 * version ({@link HmisExport}). Warnings (retired codes kept as stored) go to standard output as CSV lines;
 * a progress bar and a summary to standard error. Ctrl-C stops it with no file written.
 */
@Command(name = "export", sortOptions = false,
        description = {"Export the HMIS records of the database as a folder of the 24 HMIS CSV files of a version "
                + "(all files, even empty ones; one ExportID; HUD's date formats). FY2024 records written as "
                + "FY2026 follow the published mapping; codes the version retired are kept, with a warning. With "
                + "--organization, also that organization's own projects, clients, enrollments and exits."})
final class HmisExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--output", required = true, paramLabel = "DIR", converter = OptionValues.WritableDirectory.class,
            description = "The folder to write, created when missing; files of the same names are replaced.")
    Path output;

    @Option(names = "--organization", paramLabel = "ID",
            description = "Also write this organization's own records (projects, clients, enrollments, exits); "
                    + "no other organization's.")
    String organization;

    @Option(names = "--organization-name", paramLabel = "NAME",
            description = "The OrganizationName written for --organization; its id by default.")
    String organizationName;

    @Option(names = "--coc", paramLabel = "CODE",
            description = "The CoC code (XX-999) written as the EnrollmentCoC of --organization's heads of household, "
                    + "which HUD requires; the library keeps none.")
    String continuumOfCare;

    @Option(names = "--user", paramLabel = "ID", defaultValue = "caseload",
            description = "The UserID of the organization's rows (who exports them); default ${DEFAULT-VALUE}.")
    String user;

    @Option(names = "--version", paramLabel = "2026|2024", defaultValue = "2026", converter = VersionConverter.class,
            description = "The version written; default ${DEFAULT-VALUE}.")
    HmisVersion version;

    @Option(names = "--from", paramLabel = "DATE", description = "Only stays not exited before this day (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only stays entered on or before this day (yyyy-MM-dd).")
    LocalDate to;

    @Option(names = "--project", paramLabel = "ID", arity = "1..*",
            description = "Only these projects (their ProjectID), with their stays and clients.")
    List<String> projects = List.of();

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to (" + to + ") is before --from (" + from + ")");
        }
        if (organization == null && (organizationName != null || continuumOfCare != null)) {
            throw new ParameterException(spec.commandLine(), (organizationName != null ? "--organization-name"
                    : "--coc") + " needs --organization");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, "exporting", ProgressBar.stderrIsTerminal(), System::nanoTime);
        out.println(String.join(",", HmisCommand.COLUMNS));
        HmisExportReport report;
        try (CancelOnShutdown stop = CancelOnShutdown.install();
             JdbcStorage storage = database.openStorageClosedByCommand()) {
            HmisExport export = HmisExport.from(storage, database.keyProvider()).version(version).period(from, to)
                    .projects(projects).user(user);
            if (organization != null) {
                export.organization(organization).organizationName(organizationName != null ? organizationName
                        : organization);
                if (continuumOfCare != null) {
                    try {
                        export.continuumOfCare(continuumOfCare);
                    } catch (IllegalArgumentException e) {
                        throw new ParameterException(spec.commandLine(), "--coc: " + e.getMessage());
                    }
                }
            }
            report = export.onFinding(finding -> out.println(HmisCommand.csvLine(finding))).onProgress(bar::onProgress)
                    .cancelledWhen(stop).run(output);
        } catch (CaseloadException | UncheckedIOException e) {
            throw new CommandFailure("the export failed and wrote no file: " + e.getMessage(), e);
        }
        out.flush();
        long rows = report.writtenRows().values().stream().mapToLong(Long::longValue).sum();
        err.printf(Locale.ROOT, "%s (%s, ExportID %s): %d rows in %d files, %d warnings%s%n", output,
                report.version(), report.exportId(), rows, report.writtenRows().size(), report.warnings(),
                report.cancelled() ? " (interrupted: no file was written)" : "");
        err.flush();
        return report.cancelled() ? KeysCommand.STOPPED : ExitCode.OK;
    }

    /** {@code 2026} or {@code 2024}. */
    static final class VersionConverter implements ITypeConverter<HmisVersion> {
        @Override
        public HmisVersion convert(String year) {
            for (HmisVersion version : HmisVersion.values()) {
                if (version.year().equals(year)) {
                    return version;
                }
            }
            throw new TypeConversionException("expected 2026 or 2024, was '" + year + "'");
        }
    }
}
