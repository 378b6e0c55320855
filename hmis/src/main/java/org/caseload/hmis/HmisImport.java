// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.caseload.hmis.internal.FolderImport;
import org.caseload.hmis.internal.SsnSeal;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;

/**
 * Imports an HMIS CSV export folder, FY2024 or FY2026, into a storage's
 * {@link org.caseload.spi.storage.hmis.HmisRecordStore}: every row of the 24 files, the source's ids
 * kept, each value judged against the specification of the folder's version (types, lengths, codes,
 * required values; retired codes taken with a warning). Client.csv's SSN is stored sealed under the
 * host's field-encryption key, as the library's own clients' SSNs are.
 *
 * <pre>{@code
 * HmisImportReport report = HmisImport.into(storage, keys)
 *         .onFinding(finding -> log(finding))
 *         .run(folder);
 * }</pre>
 *
 * <p>Every refused row is told to {@link #onFinding} with its file, line, column and reason, never
 * a value. A file with a refused row is taken not at all, unless {@link #skippingBadRows()}; the
 * rows are stored in one unit of work, so a failure or a cancellation stores nothing. Not
 * thread-safe; one import at a time.
 */
public final class HmisImport {

    private final Storage storage;
    private final KeyProvider keys;
    private boolean skipBadRows;
    private Consumer<HmisFinding> findings = finding -> { };
    private HmisCheck.Progress progress = HmisCheck.Progress.none();
    private BooleanSupplier cancelled = () -> false;

    private HmisImport(Storage storage, KeyProvider keys) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * An import into a storage.
     *
     * @param storage where the records go
     * @param keys    the host's keys: Client.csv's SSN is sealed under the field-encryption key
     */
    public static HmisImport into(Storage storage, KeyProvider keys) {
        return new HmisImport(storage, keys);
    }

    /** Takes a file with refused rows without them, instead of not at all. */
    public HmisImport skippingBadRows() {
        this.skipBadRows = true;
        return this;
    }

    /** Tells every refused row's problems, and every warning, as they are found. */
    public HmisImport onFinding(Consumer<HmisFinding> listener) {
        this.findings = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Tells how far the import has come, every few thousand rows (each file is read twice). */
    public HmisImport onProgress(HmisCheck.Progress listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Asked every few thousand rows whether to stop; a cancelled import stores nothing. */
    public HmisImport cancelledWhen(BooleanSupplier condition) {
        this.cancelled = Objects.requireNonNull(condition, "condition");
        return this;
    }

    /**
     * Imports a folder.
     *
     * @param folder the export's folder (file names in any letter case)
     * @return what was stored and refused
     * @throws HmisFormatException when the folder does not exist or its version cannot be told
     * @throws java.io.UncheckedIOException when a file cannot be read (nothing is stored)
     */
    public HmisImportReport run(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new FolderImport(storage, new SsnSeal(keys), skipBadRows, findings, progress, cancelled).run(folder);
    }
}
