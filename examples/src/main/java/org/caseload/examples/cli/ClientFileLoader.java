// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.DetectAmong;
import org.caseload.clients.DetectedAmong;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.RegisterClients;
import org.caseload.clients.RegisteredClients;
import org.caseload.core.Caseload;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.ProgressListener;
import org.caseload.linkage.ScoredPair;
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
        // An HMIS file is read as HMIS files come (its encoding detected); others are UTF-8.
        try (CsvRowSource rows = format instanceof HmisClientFormat ? HmisClientFormat.rows(input)
                : new CsvRows(Files.newBufferedReader(input, StandardCharsets.UTF_8))) {
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
     * Registers every record in bulk, past the intake check (the point is to find the duplicates,
     * not to stop at them). A value the client record refuses (an SSN that could not have been
     * issued, a date of birth before 1900 or in the future) is dropped and the record registered
     * without it; a record refused for anything else is reported and skipped.
     */
    Map<String, SourceRecord> register(Caseload caseload, List<SourceRecord> records) {
        Map<String, SourceRecord> byClientId = new HashMap<>(records.size() * 2);
        RegisteredClients loaded = caseload.clients().registerAll(new RegisterClients(
                records.stream().map(record -> registration(record.details())).toList(),
                progress("registering clients"), null));
        List<SourceRecord> repaired = new ArrayList<>();
        Set<Integer> refusedIndexes = new HashSet<>();
        for (RegisteredClients.Refused refused : loaded.refused()) {
            refusedIndexes.add(refused.index());
            SourceRecord record = records.get(refused.index());
            ClientDetails without = withoutRefused(record, refused.violations(), "registered");
            if (without == null) {
                reportRefused(record, refused.violations());
                continue;
            }
            repaired.add(new SourceRecord(record.line(), record.sourceId(), without, List.of()));
        }
        collect(loaded, records, refusedIndexes, byClientId);
        int skipped = loaded.refused().size() - repaired.size();
        if (!repaired.isEmpty()) {
            RegisteredClients second = caseload.clients().registerAll(RegisterClients.of(
                    repaired.stream().map(record -> registration(record.details())).toList()));
            Set<Integer> stillRefused = new HashSet<>();
            for (RegisteredClients.Refused refused : second.refused()) {
                stillRefused.add(refused.index());
                reportRefused(repaired.get(refused.index()), refused.violations());
                skipped++;
            }
            collect(second, repaired, stillRefused, byClientId);
        }
        err.printf(Locale.ROOT, "registered %d clients; refused by the client record and skipped: %d%n",
                byClientId.size(), skipped);
        return byClientId;
    }

    /**
     * Runs bulk detection over the records as they are, without storing them
     * ({@code duplicates().detectAmong}): pairs name the records by their position in the list. A
     * value the client record refuses is dropped as {@link #register} drops it; a record refused
     * for anything else is reported and left out.
     */
    DetectedAmong detect(Caseload caseload, List<SourceRecord> records, MatchClassification minimum,
            ProgressListener progress, int threads, Consumer<ScoredPair> sink) {
        DetectedAmong detected = caseload.duplicates().detectAmong(new DetectAmong(
                records.stream().map(SourceRecord::details).toList(), minimum, progress, null, threads,
                (index, details, violations) -> withoutRefused(records.get(index), violations, "compared")), sink);
        detected.refused().forEach(refused -> reportRefused(records.get(refused.index()), refused.violations()));
        err.printf(Locale.ROOT, "compared %d clients; refused by the client record and skipped: %d%n",
                detected.summary().subjects(), detected.refused().size());
        return detected;
    }

    /** Pairs the ids a bulk registration returned with the records registered, in order. */
    private static void collect(RegisteredClients loaded, List<SourceRecord> records, Set<Integer> refused,
            Map<String, SourceRecord> byClientId) {
        int next = 0;
        for (String id : loaded.clientIds()) {
            while (refused.contains(next)) {
                next++;
            }
            byClientId.put(id, records.get(next++));
        }
    }

    private static RegisterClient registration(ClientDetails details) {
        return new RegisterClient(details, List.of()).confirmingDuplicates();
    }

    private void reportRefused(SourceRecord record, List<Violation> violations) {
        err.println("line " + record.line() + ": refused by the client record ("
                + violations.stream().map(v -> v.path() + " " + v.messageKey()).sorted()
                        .collect(Collectors.joining(", "))
                + "); skipped");
    }

    /**
     * The record's details without the refused SSN and date of birth, each drop reported as
     * {@code done} without it; null when something else was refused.
     */
    private ClientDetails withoutRefused(SourceRecord record, List<Violation> violations, String done) {
        Set<String> paths = violations.stream().map(Violation::path).collect(Collectors.toSet());
        ClientDetails repaired = record.details();
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
        paths.stream().sorted().forEach(path -> err.println("line " + record.line() + ": " + path
                + " refused by the client record: " + done + " without it"));
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
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text (" + e.getClass().getSimpleName() + "): save the file as UTF-8 and run again "
                    + "(a byte-order mark is fine)";
        }
        return e instanceof NoSuchFileException ? "no such file"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
