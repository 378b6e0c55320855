// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.caseload.hmis.internal.FolderExport;
import org.caseload.hmis.internal.SsnSeal;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;

/**
 * Exports the stored HMIS records ({@link HmisImport}) as a folder of a version's 24 files: every
 * file, empty ones too, with the version's exact header; one {@code ExportID} in every row; dates
 * and datetimes as HUD writes them ({@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm:ss}); each record's
 * values as they were imported, an FY2024 record written as FY2026 following the published mapping
 * (see {@code docs/hmis.md}). A value the version does not take (a code it retired) is written as
 * stored, with a warning.
 *
 * <pre>{@code
 * HmisExportReport report = HmisExport.from(storage, keys)
 *         .version(HmisVersion.FY2026)
 *         .period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31))
 *         .run(folder);
 * }</pre>
 *
 * <p>Not thread-safe; one export at a time.
 */
public final class HmisExport {

    private final Storage storage;
    private final KeyProvider keys;
    private HmisVersion version = HmisVersion.FY2026;
    private Set<String> projectIds = Set.of();
    private LocalDate from;
    private LocalDate to;
    private Clock clock = Clock.systemUTC();
    private String exportId;
    private Consumer<HmisFinding> findings = finding -> { };
    private HmisCheck.Progress progress = HmisCheck.Progress.none();
    private BooleanSupplier cancelled = () -> false;

    private HmisExport(Storage storage, KeyProvider keys) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * An export of a storage's HMIS records.
     *
     * @param storage where the records are
     * @param keys    the host's keys, which open Client.csv's sealed SSN
     */
    public static HmisExport from(Storage storage, KeyProvider keys) {
        return new HmisExport(storage, keys);
    }

    /** The version written; FY2026 unless told. */
    public HmisExport version(HmisVersion value) {
        this.version = Objects.requireNonNull(value, "version");
        return this;
    }

    /** Only these projects' records (and their enrollments' clients); every project unless told. */
    public HmisExport projects(Collection<String> ids) {
        this.projectIds = Set.copyOf(ids);
        return this;
    }

    /**
     * Only the stays that meet this period (entered on or before {@code last}, not exited before
     * {@code first}), with their clients and records; either end may be null for an open end.
     *
     * @throws IllegalArgumentException when {@code last} is before {@code first}
     */
    public HmisExport period(LocalDate first, LocalDate last) {
        if (first != null && last != null && last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends (" + last + ") before it begins (" + first + ")");
        }
        this.from = first;
        this.to = last;
        return this;
    }

    /** The clock of Export.csv's {@code ExportDate}; the system's (UTC) unless told. */
    public HmisExport clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /** The export's id; 32 hexadecimal digits of a random UUID unless told. */
    public HmisExport exportId(String value) {
        this.exportId = Objects.requireNonNull(value, "exportId");
        return this;
    }

    /** Tells every warning as it is found. */
    public HmisExport onFinding(Consumer<HmisFinding> listener) {
        this.findings = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Tells how far the export has come, in rows. */
    public HmisExport onProgress(HmisCheck.Progress listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Asked every thousand rows whether to stop; a cancelled export writes no file. */
    public HmisExport cancelledWhen(BooleanSupplier condition) {
        this.cancelled = Objects.requireNonNull(condition, "condition");
        return this;
    }

    /**
     * Writes the export.
     *
     * @param output the folder, created when missing; files of the same names are replaced
     * @return what was written
     * @throws java.io.UncheckedIOException when the folder or a file cannot be written (the files
     *         written so far are removed)
     */
    public HmisExportReport run(Path output) {
        Objects.requireNonNull(output, "output");
        String id = exportId != null ? exportId : hex(UUID.randomUUID());
        LocalDateTime date = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        FolderExport.Request request = new FolderExport.Request(version, projectIds, from, to, id, date);
        return new FolderExport(storage, new SsnSeal(keys), request, findings, progress, cancelled).run(output);
    }

    /** A UUID as the CSV's ids allow it: 32 hexadecimal digits, no dashes. */
    static String hex(UUID id) {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(id.getMostSignificantBits()) + hex.toHexDigits(id.getLeastSignificantBits());
    }
}
