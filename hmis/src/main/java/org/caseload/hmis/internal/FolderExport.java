// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.caseload.hmis.HmisCheck;
import org.caseload.hmis.HmisColumn;
import org.caseload.hmis.HmisFile;
import org.caseload.hmis.HmisFinding;
import org.caseload.hmis.HmisFinding.Severity;
import org.caseload.hmis.HmisType;
import org.caseload.hmis.HmisExportReport;
import org.caseload.hmis.HmisSpecification;
import org.caseload.hmis.HmisVersion;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.hmis.HmisRecord;

/**
 * One export of the stored records to a folder: all the files of a version, empty ones too, each
 * with the version's header, read from the store a page at a time (one unit of work a page) and
 * written as they are read. Each file is written beside its final name and moved there only when
 * every file is written, so a failed or cancelled export leaves the folder as it was. An export of
 * an organization writes the library's own records of it ({@link LibraryRecords}) in each file
 * before the stored ones; a stored record with the id of one of them is left out, with a warning.
 */
public final class FolderExport {

    private static final int PAGE = 1000;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final String PART = ".part";

    /**
     * The request, as {@link org.caseload.hmis.HmisExport} gathers it.
     *
     * @param library the library's records to write beside the stored ones; null for none
     */
    public record Request(HmisVersion version, Set<String> projectIds, LocalDate from, LocalDate to, String exportId,
            LocalDateTime exportDate, Library library) {
    }

    /**
     * The library's own records of one organization, written beside the stored ones.
     *
     * @param organizationId   the organization whose records are written
     * @param organizationName its {@code OrganizationName}
     * @param userId           the {@code UserID} of every row of the library's records
     * @param continuumOfCare  the {@code EnrollmentCoC} of heads' enrollments; null when not told
     * @param zone             the zone their times are written in, the export date's
     */
    public record Library(String organizationId, String organizationName, String userId, String continuumOfCare,
                          ZoneId zone) {
    }

    private final Storage storage;
    private final KeyProvider keys;
    private final SsnSeal seal;
    private final Request request;
    private final Consumer<HmisFinding> findings;
    private final HmisCheck.Progress progress;
    private final BooleanSupplier cancelled;
    private final HmisSpecification spec;
    private final RowRules rules;
    private long warnings;
    private long done;
    private long total;

    /**
     * An export of a storage's records.
     *
     * @param storage   where the records are
     * @param keys      the host's keys, which open the SSNs
     * @param request   what to write
     * @param findings  told of every warning
     * @param progress  told how far the export has come, in rows
     * @param cancelled asked every page whether to stop
     */
    public FolderExport(Storage storage, KeyProvider keys, Request request, Consumer<HmisFinding> findings,
            HmisCheck.Progress progress, BooleanSupplier cancelled) {
        this.storage = storage;
        this.keys = keys;
        this.seal = new SsnSeal(keys);
        this.request = request;
        this.findings = findings;
        this.progress = progress;
        this.cancelled = cancelled;
        this.spec = HmisSpecification.of(request.version());
        this.rules = new RowRules(spec);
    }

    /** Writes the export into a folder, created when missing. */
    public HmisExportReport run(Path output) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException("the output folder cannot be created", e);
        }
        ExportSelection selection = select();
        for (HmisFile file : spec.files()) {
            total += storage.inTransaction(session -> session.hmisRecords().count(file.name()));
        }
        LibraryRecords library = library(selection);
        Map<String, Long> written = new LinkedHashMap<>();
        List<Path> parts = new ArrayList<>();
        try {
            for (HmisFile file : spec.files()) {
                Path part = output.resolve(file.fileName() + PART);
                parts.add(part);
                long rows = write(file, part, selection, library);
                if (rows < 0) {
                    deleteAll(parts);
                    return new HmisExportReport(request.exportId(), request.version(), Map.of(), warnings, true);
                }
                written.put(file.name(), rows);
            }
            for (Path part : parts) {
                String name = part.getFileName().toString();
                Files.move(part, part.resolveSibling(name.substring(0, name.length() - PART.length())),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteAll(parts);
            throw new UncheckedIOException("the export cannot be written", e);
        } catch (RuntimeException e) {
            deleteAll(parts);
            throw e;
        }
        progress.onProgress(total, total);
        return new HmisExportReport(request.exportId(), request.version(), written, warnings, false);
    }

    /** The enrollments and clients an export of some projects or a period takes. */
    private ExportSelection select() {
        ExportSelection selection = new ExportSelection(request.projectIds(), request.from(), request.to());
        if (!selection.everything()) {
            pages("Enrollment", selection.projectIds(), selection::enrollment);
            pages("Exit", Set.of(), selection::exit);
            selection.settle();
        }
        return selection;
    }

    /** The library's records the export holds; null when it holds none. */
    private LibraryRecords library(ExportSelection selection) {
        Library asked = request.library();
        if (asked == null) {
            return null;
        }
        RowStamps stamps = new RowStamps(asked.zone(), LibraryIds.of("User", "UserID", asked.userId()));
        LibraryRecords library = new LibraryRecords(storage, keys, new LibraryRecords.Request(asked.organizationId(),
                asked.organizationName(), asked.continuumOfCare(), stamps, request.exportDate().atZone(asked.zone()).toInstant()), selection);
        library.gather();
        total += library.count();
        return library;
    }

    /** The rows written; -1 when cancelled. */
    private long write(HmisFile file, Path part, ExportSelection selection, LibraryRecords library) {
        try (CsvOut out = new CsvOut(part)) {
            out.write(file.columnNames());
            if (file.name().equals("Export")) {
                out.write(RecordShape.row(file, request.version(), exportRecord(), request.exportId()));
                return 1;
            }
            Set<String> projects = file.column("ProjectID").isPresent() ? selection.projectIds() : Set.of();
            long[] rows = {0};
            Set<String> libraryIds = new HashSet<>();
            if (library != null) {
                library.rows(file.name(), record -> {
                    libraryIds.add(record.recordId());
                    List<String> row = RecordShape.row(file, request.version(), record, request.exportId());
                    rows[0]++;
                    shorten(file, row, rows[0] + 1, record.recordId());
                    judge(file, row, rows[0] + 1, record.recordId());
                    out.write(row);
                });
                done += rows[0];
            }
            boolean finished = pages(file.name(), projects, record -> {
                if (libraryIds.contains(record.recordId())) {
                    warn(file, 0, file.primaryKey(), record.recordId(), "a stored record has the id of one of the "
                            + "library's own records, which is written instead; the stored one is left out");
                } else if (selection.takes(record)) {
                    HmisRecord open = seal.open(record);
                    List<String> row = RecordShape.row(file, request.version(), open, request.exportId());
                    rows[0]++;
                    judge(file, row, rows[0] + 1, record.recordId());
                    out.write(row);
                }
            });
            return finished ? rows[0] : -1;
        }
    }

    /** Every value the version does not take is kept as it is, with a warning. */
    private void judge(HmisFile file, List<String> row, long line, String id) {
        Map<String, String> byName = new HashMap<>();
        List<HmisColumn> columns = file.columns();
        for (int i = 0; i < columns.size(); i++) {
            String value = row.get(i);
            byName.put(columns.get(i).name(), value.isEmpty() ? null : value);
        }
        for (HmisColumn column : columns) {
            rules.check(file, column, byName::get,
                    (severity, name, reason) -> warn(file, line, name, id, reason + "; written as stored"));
        }
    }

    /**
     * A value of the library's longer than its column allows (a name of up to 100 characters in
     * a column of 50) is cut to the column's length, with a warning that names no value.
     */
    private void shorten(HmisFile file, List<String> row, long line, String id) {
        List<HmisColumn> columns = file.columns();
        for (int i = 0; i < columns.size(); i++) {
            HmisColumn column = columns.get(i);
            String value = row.get(i);
            int max = column.maxLength();
            if (column.type() == HmisType.STRING && max > 0 && value.codePointCount(0, value.length()) > max) {
                row.set(i, value.substring(0, value.offsetByCodePoints(0, max)));
                warn(file, line, column.name(), id, "the library's value is longer than the column's " + max
                        + " characters: its first " + max + " are written");
            }
        }
    }

    private void warn(HmisFile file, long line, String column, String id, String reason) {
        warnings++;
        findings.accept(new HmisFinding(Severity.WARNING, file.fileName(), line, column, id, reason));
    }

    /**
     * Reads a file's records a page at a time, each page in its own unit of work.
     *
     * @return false when cancelled
     */
    private boolean pages(String file, Set<String> projectIds, Consumer<HmisRecord> each) {
        String after = null;
        while (true) {
            String from = after;
            List<HmisRecord> page = storage.inTransaction(
                    session -> session.hmisRecords().page(file, projectIds, from, PAGE));
            page.forEach(each);
            done += page.size();
            progress.onProgress(Math.min(done, total), total);
            if (page.size() < PAGE) {
                return true;
            }
            after = page.get(page.size() - 1).recordId();
            if (cancelled.getAsBoolean()) {
                return false;
            }
        }
    }

    /**
     * Export.csv's one row: the source's description (SourceType, SourceID, contact,
     * ImplementationID, hash status) as the last imported export gave it, and this export's own id,
     * date, period, software and version.
     */
    private HmisRecord exportRecord() {
        HmisRecord[] latest = {null};
        pages("Export", Set.of(), record -> {
            if (latest[0] == null || String.valueOf(record.value("ExportDate"))
                    .compareTo(String.valueOf(latest[0].value("ExportDate"))) > 0) {
                latest[0] = record;
            }
        });
        Map<String, String> values = new LinkedHashMap<>(latest[0] == null ? Map.of() : latest[0].values());
        values.putIfAbsent("SourceType", "2");
        values.putIfAbsent("ExportDirective", "2");
        values.putIfAbsent("HashStatus", "1");
        values.putIfAbsent("ImplementationID", "caseload");
        values.put("ExportDate", DATETIME.format(request.exportDate()));
        String today = request.exportDate().toLocalDate().toString();
        if (request.from() != null || request.to() != null) {
            values.put("ExportPeriodType", "3");
        }
        values.putIfAbsent("ExportPeriodType", "4");
        putDate(values, "ExportStartDate", request.from(), today);
        putDate(values, "ExportEndDate", request.to(), today);
        values.put("SoftwareName", "Caseload");
        values.remove("SoftwareVersion");
        values.put("CSVVersion", request.version().csvVersion());
        return new HmisRecord("Export", request.exportId(), null, null, null, null, request.version().year(), values);
    }

    private static void putDate(Map<String, String> values, String column, LocalDate date, String otherwise) {
        if (date != null) {
            values.put(column, date.toString());
        }
        values.putIfAbsent(column, otherwise);
    }

    private static void deleteAll(List<Path> parts) {
        for (Path part : parts) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // Left behind with its .part name, which no reader takes for an export file.
            }
        }
    }
}
