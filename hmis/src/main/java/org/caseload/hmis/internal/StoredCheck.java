// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.caseload.hmis.HmisCheck;
import org.caseload.hmis.HmisCheckReport;
import org.caseload.hmis.HmisColumn;
import org.caseload.hmis.HmisFile;
import org.caseload.hmis.HmisSpecification;
import org.caseload.hmis.HmisVersion;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.hmis.HmisRecord;

/**
 * {@link HmisCheck}'s checks of rows over the stored records: each file's records read a page at
 * a time in record id order (one unit of work a page), each record shaped as an export of the
 * version would write it (its own {@code ExportID} kept) and judged by {@link ExportCheck}'s row
 * checks. Held in memory: what the folder check holds, hashes of keys with their lines and a few
 * facts per project, client and enrollment; the ids a finding names of another record are read
 * again a page at a time. A finding's line is the row's line in the file an export of everything
 * would write: 2 for the first record in record id order.
 */
public final class StoredCheck {

    private static final int PAGE = 1000;

    private final Storage storage;
    private final SsnSeal seal;
    private final HmisVersion version;
    private final HmisCheck.Progress progress;
    private final BooleanSupplier cancelled;
    private long done;
    private long total;

    /**
     * A check of a storage's records.
     *
     * @param storage   where the records are
     * @param seal      opens Client.csv's SSN, whose lost leading zero is a finding
     * @param version   the version the records are checked as
     * @param progress  told how far the check has come, in records
     * @param cancelled asked after every page whether to stop
     */
    public StoredCheck(Storage storage, SsnSeal seal, HmisVersion version, HmisCheck.Progress progress,
            BooleanSupplier cancelled) {
        this.storage = storage;
        this.seal = seal;
        this.version = version;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Runs the check. */
    public HmisCheckReport run() {
        HmisSpecification spec = HmisSpecification.of(version);
        ExportCheck check = new ExportCheck(version, (file, lines, columns) -> valuesAgain(spec, file, lines, columns));
        for (HmisFile file : spec.files()) {
            total += storage.inTransaction(session -> session.hmisRecords().count(file.name()));
        }
        for (HmisFile file : spec.files()) {
            IdTable keys = new IdTable();
            long[] line = {1};
            boolean read = eachPage(file, rows -> {
                for (Map<String, String> row : rows) {
                    check.row(file, file.fileName(), ++line[0], row::get, file.columns(), keys);
                }
                done += rows.size();
                progress.onProgress(Math.min(done, total), total);
                return !cancelled.getAsBoolean();
            });
            if (!read) {
                return new HmisCheckReport(version, check.findings(), true);
            }
            check.endFile(file, keys);
        }
        progress.onProgress(total, total);
        return new HmisCheckReport(version, check.findings(), false);
    }

    /** The values of a file's records at some lines, read again a page at a time. */
    private Map<Long, List<String>> valuesAgain(HmisSpecification spec, String fileName, Set<Long> lines,
            List<String> columns) {
        Map<Long, List<String>> values = new HashMap<>();
        if (lines.isEmpty()) {
            return values;
        }
        long[] line = {1};
        eachPage(spec.file(fileName).orElseThrow(), rows -> {
            for (Map<String, String> row : rows) {
                if (lines.contains(++line[0])) {
                    values.put(line[0], columns.stream().map(row::get).toList());
                }
            }
            return values.size() < lines.size();
        });
        return values;
    }

    /**
     * Reads a file's records a page at a time in record id order, each as a row by column name.
     *
     * @param file the file
     * @param page takes a page's rows; false to stop
     * @return false when stopped before the end
     */
    private boolean eachPage(HmisFile file, Predicate<List<Map<String, String>>> page) {
        String after = null;
        while (true) {
            String from = after;
            List<HmisRecord> records = storage.inTransaction(
                    session -> session.hmisRecords().page(file.name(), Set.of(), from, PAGE));
            List<Map<String, String>> rows = new ArrayList<>();
            for (HmisRecord record : records) {
                rows.add(byName(file, RecordShape.row(file, version, seal.open(record), record.value("ExportID"))));
            }
            if (!page.test(rows)) {
                return false;
            }
            if (records.size() < PAGE) {
                return true;
            }
            after = records.get(records.size() - 1).recordId();
        }
    }

    /** A row's values by column name, null when empty, as a file's reader gives them. */
    private static Map<String, String> byName(HmisFile file, List<String> row) {
        Map<String, String> byName = new HashMap<>();
        List<HmisColumn> columns = file.columns();
        for (int i = 0; i < columns.size(); i++) {
            String value = row.get(i).strip();
            byName.put(columns.get(i).name(), value.isEmpty() ? null : value);
        }
        return byName;
    }
}
