// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.caseload.hmis.internal.FolderExport;
import org.caseload.hmis.internal.LibraryIds;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;

/**
 * Exports the stored HMIS records ({@link HmisImport}) and, for an {@link #organization}, the
 * library's own records of that organization (its projects, clients, enrollments and exits, ids
 * as 32 hexadecimal digits) as a folder of a version's 24 files: every
 * file, empty ones too, with the version's exact header; one {@code ExportID} in every row; dates
 * and datetimes as HUD writes them ({@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm:ss}); each record's
 * values as they were imported, an FY2024 record written as FY2026 following the published mapping
 * (see {@code docs/hmis.md}). A value the version does not take (a code it retired) is written as
 * stored, with a warning.
 *
 * <pre>{@code
 * HmisExportReport report = HmisExport.from(storage, keys)
 *         .version(HmisVersion.FY2026)
 *         .organization("0191f0c2-7d3a-7c4e-9a51-3e2b8f6d1a20")
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
    private String organizationId;
    private String organizationName;
    private String userId = "caseload";
    private String continuumOfCare;
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

    /**
     * Also writes the library's own records of this organization: the organization, its projects,
     * its clients and its enrollments of them, with their exits; the {@link #projects} and
     * {@link #period} asked apply to them too. Another organization's records are never written.
     * Without it, only the stored HMIS records are.
     */
    public HmisExport organization(String id) {
        this.organizationId = Objects.requireNonNull(id, "organization");
        return this;
    }

    /** The {@code OrganizationName} of the {@link #organization}; its id unless told. */
    public HmisExport organizationName(String name) {
        this.organizationName = Objects.requireNonNull(name, "organizationName");
        return this;
    }

    /**
     * The CoC code (such as {@code XX-500}) of the library's enrollments of heads of household,
     * written as their {@code EnrollmentCoC}, which HUD requires of a head; the library keeps no CoC
     * of its own, so without it the heads' {@code EnrollmentCoC} is empty and {@code hmis check}
     * reports it.
     *
     * @throws IllegalArgumentException when the code is not of the form {@code XX-999}
     */
    public HmisExport continuumOfCare(String code) {
        Objects.requireNonNull(code, "continuumOfCare");
        if (!HmisSpecification.of(version).pattern("ProjectCoC", "CoCCode").map(p -> p.matcher(code).matches())
                .orElse(true)) {
            throw new IllegalArgumentException("a CoC code is two letters, a hyphen and three digits: " + code);
        }
        this.continuumOfCare = code;
        return this;
    }

    /**
     * The {@code UserID} of every row of the library's records (who exports them), also written as
     * a User.csv row; {@code caseload} unless told.
     */
    public HmisExport user(String id) {
        this.userId = Objects.requireNonNull(id, "user");
        return this;
    }

    /**
     * The clock of Export.csv's {@code ExportDate}; the system's (UTC) unless told. Its zone is the
     * zone the library's records' times are written in.
     */
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
     * @throws HmisFormatException when one of the library's ids is neither a UUID nor at most 32
     *         characters (nothing is written)
     */
    public HmisExportReport run(Path output) {
        Objects.requireNonNull(output, "output");
        String id = exportId != null ? exportId : LibraryIds.hex(UUID.randomUUID());
        LocalDateTime date = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        FolderExport.Library library = organizationId == null ? null : new FolderExport.Library(organizationId,
                organizationName != null ? organizationName : organizationId, userId, continuumOfCare, clock.getZone());
        FolderExport.Request request = new FolderExport.Request(version, projectIds, from, to, id, date, library);
        return new FolderExport(storage, keys, request, findings, progress, cancelled).run(output);
    }
}
