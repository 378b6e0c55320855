// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.caseload.hmis.HmisCheck;
import org.caseload.hmis.HmisCheckReport;
import org.caseload.hmis.HmisColumn;
import org.caseload.hmis.HmisCsvReader;
import org.caseload.hmis.HmisCsvRow;
import org.caseload.hmis.HmisFile;
import org.caseload.hmis.HmisFinding;
import org.caseload.hmis.HmisFinding.Severity;
import org.caseload.hmis.HmisForeignKey;
import org.caseload.hmis.HmisFormatException;
import org.caseload.hmis.HmisHeaderMatch;
import org.caseload.hmis.HmisSpecification;
import org.caseload.hmis.HmisVersion;

/**
 * One run of {@link HmisCheck} over an export folder: the files in the specification's order, each
 * read once, row by row. Parents come before their children in that order (Organization before
 * Project, Client before Enrollment before Exit), so the keys a file's references need are known
 * when it is read. Reasons name columns, codes of the lists and ids, never a client's values.
 */
public final class ExportCheck {

    /** Findings listed per file; the rest are counted in one more. */
    static final int FINDINGS_PER_FILE = 1000;
    private static final int ROWS_BETWEEN_CALLS = 2000;

    private final Path folder;
    private final HmisCheck.Progress progress;
    private final BooleanSupplier cancelled;
    private final List<HmisFinding> findings = new ArrayList<>();
    /** The hashes of the keys of each file that other files refer to, by file. */
    private final Map<String, IdTable> parentKeys = new HashMap<>();
    private final RowsAgain again;
    private final Stays stays;
    private Households households = new Households();
    /** The findings of duplicate keys of the file being read, until their ids are compared. */
    private final List<Suspect> suspects = new ArrayList<>();
    private Map<String, Path> byName = Map.of();
    private HmisSpecification spec;
    private RowRules rules;
    private UniversalElements elements;
    private long total;
    private long doneBefore;
    private int fileFindings;
    private long unlisted;
    private boolean stopped;

    /**
     * A check of one folder.
     *
     * @param folder    the export folder
     * @param progress  told how far the check has come
     * @param cancelled asked whether to stop
     */
    public ExportCheck(Path folder, HmisCheck.Progress progress, BooleanSupplier cancelled) {
        this(folder, progress, cancelled, null);
    }

    private ExportCheck(Path folder, HmisCheck.Progress progress, BooleanSupplier cancelled, RowsAgain again) {
        this.folder = folder;
        this.progress = progress;
        this.cancelled = cancelled;
        this.again = again != null ? again : this::valuesAgain;
        stays = new Stays(this::add, this.again);
    }

    /**
     * The checks of rows that come from elsewhere than a folder ({@link StoredCheck}), in a version.
     *
     * @param version the version
     * @param again   reads rows of a file again
     */
    ExportCheck(HmisVersion version, RowsAgain again) {
        this(null, HmisCheck.Progress.none(), () -> false, again);
        spec = HmisSpecification.of(version);
        rules = new RowRules(spec);
        elements = new UniversalElements(spec, this::add);
    }

    /** Runs the check. */
    public HmisCheckReport run() {
        if (!Files.isDirectory(folder)) {
            throw new HmisFormatException(String.valueOf(folder.getFileName()), 0, null, "no such folder", null);
        }
        byName = csvFiles();
        HmisVersion version;
        try {
            version = HmisCsvReader.detectVersion(folder);
        } catch (HmisFormatException e) {
            findings.add(new HmisFinding(Severity.ERROR, e.file(), e.line(), e.column(), null, e.reason()));
            return new HmisCheckReport(null, findings, false);
        }
        spec = HmisSpecification.of(version);
        rules = new RowRules(spec);
        elements = new UniversalElements(spec, this::add);
        for (HmisFile file : spec.files()) {
            Path path = byName.get(file.fileName().toLowerCase(Locale.ROOT));
            if (path != null) {
                total += size(path);
            }
        }
        for (HmisFile file : spec.files()) {
            if (stopped) {
                break;
            }
            Path path = byName.get(file.fileName().toLowerCase(Locale.ROOT));
            if (path == null) {
                add(Severity.ERROR, file.fileName(), 0, null, null,
                        "the file is missing: an export holds all " + spec.files().size() + " files, even empty ones");
                stays.fileEnded(file.name());
                continue;
            }
            fileFindings = 0;
            unlisted = 0;
            check(file, path);
            if (unlisted > 0) {
                findings.add(new HmisFinding(Severity.WARNING, path.getFileName().toString(), 0, null, null,
                        unlisted + " more findings in this file are not listed"));
            }
            doneBefore += size(path);
            if (doneBefore < total) {
                // The end is told once, below.
                progress.onProgress(doneBefore, total);
            }
        }
        if (!stopped) {
            progress.onProgress(total, total);
        }
        return new HmisCheckReport(version, findings, stopped);
    }

    private void check(HmisFile file, Path path) {
        String name = path.getFileName().toString();
        try (HmisCsvReader reader = HmisCsvReader.open(path)) {
            Map<String, HmisColumn> present = header(file, name, reader.header());
            IdTable keys = new IdTable();
            long rows = 0;
            for (HmisCsvRow row = reader.next(); row != null; row = reader.next()) {
                if (++rows % ROWS_BETWEEN_CALLS == 0) {
                    progress.onProgress(Math.min(doneBefore + reader.charactersRead(), total), total);
                    if (cancelled.getAsBoolean()) {
                        stopped = true;
                        return;
                    }
                }
                if (row.size() != reader.header().size()) {
                    add(Severity.ERROR, name, row.line(), null, row.get(file.primaryKey()), row.size()
                            + " fields where the header has " + reader.header().size() + ": the row is not checked");
                    continue;
                }
                row(file, name, row.line(), row::get, present.values(), keys);
            }
            confirmDuplicates(file);
            keep(file, keys);
        } catch (HmisFormatException e) {
            add(Severity.ERROR, name, e.line(), e.column(), null, e.reason() + "; the rest of the file is not checked");
            confirmDuplicates(file);
        }
        if (!stopped) {
            ended(file);
        }
    }

    /** The checks that wait for all of a file's rows. */
    private void ended(HmisFile file) {
        if (file.name().equals("Enrollment")) {
            households.judge(this::add, again);
            households = new Households();
        }
        stays.fileEnded(file.name());
    }

    /** Keeps a file's keys when other files refer to it. */
    private void keep(HmisFile file, IdTable keys) {
        if (spec.foreignKeys().stream().anyMatch(key -> key.parentFile().equals(file.name()))) {
            parentKeys.put(file.name(), keys);
        }
    }

    /**
     * Compares the ids of the duplicates found by hash with the ids on the lines they name, read
     * again, and takes back the findings of ids that only share a hash. Only listed findings are
     * compared: the count of those not listed is by hash.
     */
    private void confirmDuplicates(HmisFile file) {
        if (suspects.isEmpty()) {
            return;
        }
        Set<Long> lines = new HashSet<>();
        suspects.forEach(suspect -> lines.add(suspect.firstLine));
        Map<Long, List<String>> ids = again.values(file.name(), lines, List.of(file.primaryKey()));
        for (int i = suspects.size() - 1; i >= 0; i--) {
            Suspect suspect = suspects.get(i);
            List<String> first = ids.get(suspect.firstLine);
            if (first == null || !suspect.id.equals(first.get(0))) {
                findings.remove(suspect.finding);
                fileFindings--;
            }
        }
        suspects.clear();
    }

    /** The values of a file's rows at some lines, read again from the folder. */
    private Map<Long, List<String>> valuesAgain(String file, Set<Long> lines, List<String> columns) {
        Map<Long, List<String>> values = new HashMap<>();
        Path path = byName.get(spec.file(file).orElseThrow().fileName().toLowerCase(Locale.ROOT));
        if (lines.isEmpty() || path == null) {
            return values;
        }
        try (HmisCsvReader reader = HmisCsvReader.open(path)) {
            for (HmisCsvRow row = reader.next(); row != null && values.size() < lines.size(); row = reader.next()) {
                if (lines.contains(row.line())) {
                    values.put(row.line(), columns.stream().map(row::get).toList());
                }
            }
        } catch (HmisFormatException e) {
            // The rows after a malformed one were not checked: no finding names them.
        }
        return values;
    }

    /**
     * Ends a file whose rows came from elsewhere: keeps its keys, judges its households, counts
     * the findings not listed.
     *
     * @param file the specification's file
     * @param keys the hashes of the file's primary keys
     */
    void endFile(HmisFile file, IdTable keys) {
        confirmDuplicates(file);
        keep(file, keys);
        ended(file);
        if (unlisted > 0) {
            findings.add(new HmisFinding(Severity.WARNING, file.fileName(), 0, null, null,
                    unlisted + " more findings in this file are not listed"));
        }
        fileFindings = 0;
        unlisted = 0;
    }

    /** The findings so far. */
    List<HmisFinding> findings() {
        return findings;
    }

    /**
     * The checks of one well-formed row: its key, values, references and client dates.
     *
     * @param file    the specification's file
     * @param name    the file's name as findings give it
     * @param line    the row's line
     * @param row     the row's values by column name, null when empty
     * @param present the columns the row has
     * @param keys    the hashes of the file's primary keys so far, with their lines
     */
    void row(HmisFile file, String name, long line, Function<String, String> row, Collection<HmisColumn> present,
            IdTable keys) {
        String id = row.apply(file.primaryKey());
        if (id != null) {
            int first = keys.putIfAbsent(DuplicateIds.hash(id), Math.toIntExact(line));
            if (first != IdTable.ABSENT) {
                int listed = findings.size();
                add(Severity.ERROR, name, line, file.primaryKey(), id,
                        "duplicate " + file.primaryKey() + ": the same id is on line " + first);
                if (findings.size() > listed) {
                    suspects.add(new Suspect(findings.get(listed), first, id));
                }
            }
        }
        for (HmisColumn column : present) {
            value(file, name, line, row, column, id);
        }
        references(file, name, line, row, id);
        clients(file, name, line, row, id, keys);
    }

    /** Header findings; the file's columns the header has, by the header's name. */
    private Map<String, HmisColumn> header(HmisFile file, String name, List<String> header) {
        HmisHeaderMatch match = file.match(header);
        match.unknown().forEach(column -> add(Severity.ERROR, name, 1, column, null,
                "unknown column: not a column of " + file.fileName() + " in " + spec.version()));
        match.missing().forEach(column -> add(Severity.ERROR, name, 1, column, null,
                "missing column of " + file.fileName() + " in " + spec.version()));
        match.duplicated().forEach(column -> add(Severity.ERROR, name, 1, column, null, "the column is repeated"));
        if (match.missing().isEmpty() && match.unknown().isEmpty() && !match.inOrder()) {
            add(Severity.WARNING, name, 1, null, null, "the columns are not in the specification's order");
        }
        Map<String, HmisColumn> present = new LinkedHashMap<>();
        for (String column : header) {
            file.column(column).ifPresent(c -> present.putIfAbsent(c.name(), c));
        }
        return present;
    }

    private void value(HmisFile file, String name, long line, Function<String, String> row, HmisColumn column,
            String id) {
        rules.check(file, column, row, (severity, columnName, reason) ->
                add(severity, name, line, columnName, id, reason));
        String value = row.apply(column.name());
        if (file.name().equals("Client") && column.name().equals("SSN") && value != null
                && UniversalElements.lostLeadingZero(value)) {
            add(Severity.WARNING, name, line, column.name(), id,
                    "8 digits: a leading zero was probably lost (a spreadsheet read it as a number); "
                            + "fixable by padding it to 9 digits with a leading zero");
        }
    }

    private void references(HmisFile file, String name, long line, Function<String, String> row, String id) {
        for (HmisForeignKey key : spec.foreignKeys()) {
            if (!key.file().equals(file.name())) {
                continue;
            }
            IdTable parents = parentKeys.get(key.parentFile());
            String value = row.apply(key.column());
            if (parents != null && value != null && parents.get(DuplicateIds.hash(value)) == IdTable.ABSENT) {
                add(Severity.ERROR, name, line, key.column(), id,
                        key.column() + " " + value + " names no row of " + key.parentFile() + ".csv");
            }
        }
    }

    /** The checks of clients and their stays: universal data elements, dates, households. */
    private void clients(HmisFile file, String name, long line, Function<String, String> row, String id,
            IdTable keys) {
        stays.row(file.name(), name, line, row, id, keys);
        if (file.name().equals("Client")) {
            elements.client(name, line, row, id);
        } else if (file.name().equals("Enrollment")) {
            elements.enrollment(name, line, row, id);
            households.enrollment(line, row);
        }
    }

    private void add(Severity severity, String file, long line, String column, String recordId, String reason) {
        if (fileFindings++ < FINDINGS_PER_FILE) {
            findings.add(new HmisFinding(severity, file, line, column, recordId, reason));
        } else {
            unlisted++;
        }
    }

    /** The folder's CSV files by lower-case name: real exports come in any letter case. */
    private Map<String, Path> csvFiles() {
        return csvFiles(folder);
    }

    /**
     * A folder's CSV files by lower-case name: real exports come in any letter case.
     *
     * @param folder the folder
     * @return its files whose names end with {@code .csv} in any case
     */
    public static Map<String, Path> csvFiles(Path folder) {
        Map<String, Path> byName = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".csv") && Files.isRegularFile(file)) {
                    byName.putIfAbsent(name, file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the export folder cannot be listed", e);
        }
        return byName;
    }

    private static long size(Path path) {
        return sizeOf(path);
    }

    /** A file's size in bytes; 0 when it cannot be told (the read that follows says why). */
    static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A finding of a duplicate key found by hash: the line of the first row with the hash, the id of the second. */
    private record Suspect(HmisFinding finding, long firstLine, String id) {
    }
}
