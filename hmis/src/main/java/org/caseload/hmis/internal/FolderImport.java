// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.caseload.hmis.HmisCheck;
import org.caseload.hmis.HmisColumn;
import org.caseload.hmis.HmisCsvReader;
import org.caseload.hmis.HmisCsvRow;
import org.caseload.hmis.HmisFile;
import org.caseload.hmis.HmisFinding;
import org.caseload.hmis.HmisFinding.Severity;
import org.caseload.hmis.HmisFormatException;
import org.caseload.hmis.HmisImportReport;
import org.caseload.hmis.HmisSpecification;
import org.caseload.hmis.HmisVersion;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.hmis.HmisRecord;
import org.caseload.spi.storage.hmis.HmisRecordStore;

/**
 * One import of an export folder, in two reads of each file. The first judges every row (the
 * specification's rules, the number of fields, ids repeated in the file) and remembers only the
 * lines it refuses; the second stores the rows taken, in one unit of work for the whole folder, a
 * thousand at a time. Nothing is kept of a row beyond its batch, so the heap an import needs does
 * not grow with the export. A file with a refused row is taken not at all, unless bad rows are to
 * be skipped; a file whose header or quoting is broken is never taken. A failure or a cancellation
 * while storing rolls the whole unit back: nothing is half-stored.
 */
public final class FolderImport {

    private static final int BATCH = 1000;
    private static final int ROWS_BETWEEN_CALLS = 2000;

    /** Thrown inside the unit of work to roll it back when the import is cancelled. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** A file to store, and the lines of it that are not taken. */
    private record Taken(HmisFile file, Path path, Set<Long> refusedLines) {
    }

    private final Storage storage;
    private final SsnSeal seal;
    private final boolean skipBadRows;
    private final Consumer<HmisFinding> findings;
    private final HmisCheck.Progress progress;
    private final BooleanSupplier cancelled;
    private HmisSpecification spec;
    private RowRules rules;
    private long total;
    private long doneBefore;
    private long refusedRows;
    private long warnings;

    /**
     * An import into a storage.
     *
     * @param storage     where the records go
     * @param seal        seals Client.csv's SSN
     * @param skipBadRows whether a file with refused rows is taken without them
     * @param findings    told of every refused row's problems and of every warning
     * @param progress    told how far the import has come
     * @param cancelled   asked every few thousand rows whether to stop
     */
    public FolderImport(Storage storage, SsnSeal seal, boolean skipBadRows, Consumer<HmisFinding> findings,
            HmisCheck.Progress progress, BooleanSupplier cancelled) {
        this.storage = storage;
        this.seal = seal;
        this.skipBadRows = skipBadRows;
        this.findings = findings;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Imports a folder. */
    public HmisImportReport run(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new HmisFormatException(String.valueOf(folder.getFileName()), 0, null, "no such folder", null);
        }
        HmisVersion version = HmisCsvReader.detectVersion(folder);
        spec = HmisSpecification.of(version);
        rules = new RowRules(spec);
        Map<String, Path> byName = ExportCheck.csvFiles(folder);
        for (Path path : byName.values()) {
            total += 2 * size(path);
        }
        List<Taken> taken = new ArrayList<>();
        List<String> refusedFiles = new ArrayList<>();
        for (HmisFile file : spec.files()) {
            Path path = byName.get(file.fileName().toLowerCase(Locale.ROOT));
            if (path == null) {
                report(Severity.ERROR, file.fileName(), 0, null, null, "the file is missing: an export holds all "
                        + spec.files().size() + " files, even empty ones");
                refusedFiles.add(file.fileName());
                continue;
            }
            Optional<Set<Long>> refused = judge(file, path);
            if (cancelled.getAsBoolean()) {
                return new HmisImportReport(version, Map.of(), refusedFiles, refusedRows, warnings, true);
            }
            if (refused.isPresent() && (refused.get().isEmpty() || skipBadRows)) {
                taken.add(new Taken(file, path, refused.get()));
            } else {
                if (refused.isPresent()) {
                    report(Severity.ERROR, path.getFileName().toString(), 0, null, null, refused.get().size()
                            + " rows cannot be taken, so nothing of the file is imported (skipping bad rows "
                            + "takes the others)");
                }
                refusedFiles.add(path.getFileName().toString());
            }
            doneBefore += size(path);
        }
        try {
            Map<String, Long> stored = storage.inTransaction(session -> store(session.hmisRecords(), version, taken));
            progress.onProgress(total, total);
            return new HmisImportReport(version, stored, refusedFiles, refusedRows, warnings, false);
        } catch (Cancelled e) {
            return new HmisImportReport(version, Map.of(), refusedFiles, refusedRows, warnings, true);
        }
    }

    /** The lines of a file that cannot be taken; empty when the file cannot be read to its end. */
    private Optional<Set<Long>> judge(HmisFile file, Path path) {
        String name = path.getFileName().toString();
        Set<Long> refused = new HashSet<>();
        DuplicateIds ids = new DuplicateIds();
        try (HmisCsvReader reader = HmisCsvReader.open(path, spec)) {
            int width = reader.header().size();
            long rows = 0;
            for (HmisCsvRow next = reader.next(); next != null; next = reader.next()) {
                HmisCsvRow row = next;
                if (++rows % ROWS_BETWEEN_CALLS == 0 && stop(reader)) {
                    return Optional.of(refused);
                }
                String id = row.get(file.primaryKey());
                if (row.size() != width) {
                    refuse(refused, name, row.line(), null, id, row.size() + " fields where the header has " + width);
                    continue;
                }
                boolean[] bad = {false};
                for (HmisColumn column : file.columns()) {
                    rules.check(file, column, row::get, (severity, problemColumn, reason) -> {
                        report(severity, name, row.line(), problemColumn, id, reason);
                        bad[0] |= severity == Severity.ERROR;
                    });
                }
                if (bad[0]) {
                    refused.add(row.line());
                    refusedRows++;
                } else {
                    ids.add(id);
                }
            }
        } catch (HmisFormatException e) {
            report(Severity.ERROR, e.file(), e.line(), e.column(), null, e.reason()
                    + "; nothing of the file is imported");
            return Optional.empty();
        }
        Set<Long> repeated = ids.repeatedHashes();
        if (!repeated.isEmpty()) {
            refuseRepeatedIds(file, path, refused, repeated);
        }
        return Optional.of(refused);
    }

    /** Reads a file again for the ids whose hashes were seen twice; refuses every row after an id's first. */
    private void refuseRepeatedIds(HmisFile file, Path path, Set<Long> refused, Set<Long> repeatedHashes) {
        Map<String, Long> firstLines = new HashMap<>();
        try (HmisCsvReader reader = HmisCsvReader.open(path, spec)) {
            for (HmisCsvRow row = reader.next(); row != null; row = reader.next()) {
                String id = row.get(file.primaryKey());
                if (refused.contains(row.line()) || !repeatedHashes.contains(DuplicateIds.hash(id))) {
                    continue;
                }
                Long first = firstLines.putIfAbsent(id, row.line());
                if (first != null) {
                    refuse(refused, reader.fileName(), row.line(), file.primaryKey(), id,
                            "duplicate " + file.primaryKey() + ": the same id is on line " + first);
                }
            }
        }
    }

    private Map<String, Long> store(HmisRecordStore store, HmisVersion version, List<Taken> taken) {
        Map<String, Long> stored = new LinkedHashMap<>();
        doneBefore = total / 2;
        for (Taken file : taken) {
            long count = 0;
            List<HmisRecord> batch = new ArrayList<>(BATCH);
            try (HmisCsvReader reader = HmisCsvReader.open(file.path(), spec)) {
                for (HmisCsvRow next = reader.next(); next != null; next = reader.next()) {
                    HmisCsvRow row = next;
                    if (file.refusedLines().contains(row.line())) {
                        continue;
                    }
                    batch.add(seal.seal(RecordShape.record(file.file(), version, row::get)));
                    count++;
                    if (batch.size() == BATCH) {
                        store.put(batch);
                        batch.clear();
                        if (stop(reader)) {
                            throw new Cancelled();
                        }
                    }
                }
            }
            store.put(batch);
            stored.put(file.file().name(), count);
            doneBefore += size(file.path());
        }
        return stored;
    }

    private boolean stop(HmisCsvReader reader) {
        progress.onProgress(Math.min(doneBefore + reader.charactersRead(), total), total);
        return cancelled.getAsBoolean();
    }

    private void refuse(Set<Long> refused, String file, long line, String column, String id, String reason) {
        report(Severity.ERROR, file, line, column, id, reason);
        if (refused.add(line)) {
            refusedRows++;
        }
    }

    private void report(Severity severity, String file, long line, String column, String id, String reason) {
        if (severity == Severity.WARNING) {
            warnings++;
        }
        findings.accept(new HmisFinding(severity, file, line, column, id, reason));
    }

    private static long size(Path path) {
        return ExportCheck.sizeOf(path);
    }
}
