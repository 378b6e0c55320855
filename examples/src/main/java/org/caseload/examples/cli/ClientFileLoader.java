// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.linkage.ProgressListener;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.SsnDataQuality;

/**
 * Reads an HMIS or FEBRL client file and registers its rows as clients of a runtime, reporting on
 * standard error every row skipped or changed (by line number, naming columns, never values) and
 * the progress. The commands that load a client file share it.
 */
final class ClientFileLoader {

    private static final int PROGRESS_STEPS = 10;

    private final PrintWriter err;

    ClientFileLoader(PrintWriter err) {
        this.err = err;
    }

    /** Every row of the file that can become a client; rows that cannot are reported and counted. */
    List<SourceRecord> read(ClientFileFormat format, Path input) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int skipped = 0;
        try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
                CsvRows rows = new CsvRows(reader)) {
            CsvRows.Row header = rows.next();
            if (header == null || header.malformed()) {
                throw new IllegalArgumentException("the first line is not a header of column names");
            }
            ClientFileFormat.RowMapper mapper = format.mapper(header.values());
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                if (row.values().size() == 1 && row.values().get(0).isBlank()) {
                    continue;
                }
                try {
                    if (row.malformed()) {
                        throw new RejectedRow(row.problem());
                    }
                    SourceRecord record = mapper.map(row.line(), row.values());
                    if (!ids.add(record.sourceId())) {
                        throw new RejectedRow("its id repeats an earlier row's");
                    }
                    record.notes().forEach(note -> err.println("line " + record.line() + ": " + note));
                    records.add(record);
                } catch (RejectedRow e) {
                    err.println("line " + row.line() + ": " + e.getMessage() + "; skipped");
                    skipped++;
                }
            }
        }
        err.printf(Locale.ROOT, "read %d rows, %d skipped%n", records.size() + skipped, skipped);
        return records;
    }

    /**
     * Registers every record, confirming past the intake check (the point is to find the
     * duplicates, not to stop at them). A value the client record refuses (an SSN that could not
     * have been issued, a date of birth before 1900 or in the future) is dropped and the record
     * registered without it; a record refused for anything else is reported and skipped.
     */
    Map<String, SourceRecord> register(Caseload caseload, List<SourceRecord> records) {
        Map<String, SourceRecord> byClientId = new HashMap<>();
        ProgressListener progress = progress("registering clients");
        int skipped = 0;
        for (SourceRecord record : records) {
            Client client = register(caseload, record);
            if (client == null) {
                skipped++;
            } else {
                byClientId.put(client.id(), record);
            }
            progress.onProgress(byClientId.size() + skipped, records.size());
        }
        err.printf(Locale.ROOT, "registered %d clients; refused by the client record and skipped: %d%n",
                byClientId.size(), skipped);
        return byClientId;
    }

    private Client register(Caseload caseload, SourceRecord record) {
        try {
            return register(caseload, record.details());
        } catch (ValidationException refused) {
            Set<String> paths = refused.violations().stream().map(Violation::path).collect(Collectors.toSet());
            ClientDetails repaired = withoutRefused(record.details(), paths);
            if (repaired == null) {
                reportRefused(record, refused);
                return null;
            }
            paths.stream().sorted().forEach(path -> err.println("line " + record.line() + ": " + path
                    + " refused by the client record: registered without it"));
            try {
                return register(caseload, repaired);
            } catch (ValidationException stillRefused) {
                reportRefused(record, stillRefused);
                return null;
            }
        }
    }

    private static Client register(Caseload caseload, ClientDetails details) {
        return caseload.clients().register(new RegisterClient(details, List.of()).confirmingDuplicates());
    }

    private void reportRefused(SourceRecord record, ValidationException refused) {
        err.println("line " + record.line() + ": refused by the client record ("
                + refused.violations().stream().map(v -> v.path() + " " + v.messageKey()).sorted()
                        .collect(Collectors.joining(", "))
                + "); skipped");
    }

    /** The details without the refused SSN and date of birth; null when something else was refused. */
    private static ClientDetails withoutRefused(ClientDetails details, Set<String> paths) {
        ClientDetails repaired = details;
        for (String path : paths) {
            switch (path) {
                case "details.ssn" -> repaired = repaired.withSsn(null, SsnDataQuality.DATA_NOT_COLLECTED);
                case "details.dateOfBirth" ->
                        repaired = repaired.withDateOfBirth(null, DobDataQuality.DATA_NOT_COLLECTED);
                default -> {
                    return null;
                }
            }
        }
        return repaired;
    }

    /** A listener printing a line at every tenth of the way and at the end. */
    ProgressListener progress(String what) {
        long[] printedStep = {-1};
        return (done, total) -> {
            long step = total == 0 ? PROGRESS_STEPS : done * PROGRESS_STEPS / total;
            if (step > printedStep[0]) {
                printedStep[0] = step;
                err.printf(Locale.ROOT, "%s: %d of %d (%d%%)%n", what, done, total, step * 100 / PROGRESS_STEPS);
            }
        };
    }

    /** A failure to read or write a file, in words. */
    static String describe(Exception e) {
        return e instanceof NoSuchFileException ? "no such file"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
