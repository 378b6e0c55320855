// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.caseload.hmis.internal.ExportCheck;
import org.caseload.hmis.internal.SsnSeal;
import org.caseload.hmis.internal.StoredCheck;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;

/**
 * The data quality checks of HUD's Eva tool that need only the files of an HMIS CSV export, over a
 * folder ({@link #run(Path, Progress, BooleanSupplier)}) or over the stored records
 * ({@link #stored}):
 *
 * <ul>
 *   <li>structure: every one of the version's files present; headers without unknown, missing or
 *       repeated columns, in the specification's order (a warning); rows with the header's number
 *       of fields and well-formed quoting;</li>
 *   <li>values: types (integer, date {@code yyyy-MM-dd}, date and time {@code yyyy-MM-dd HH:mm:ss},
 *       money), string lengths, codes against the version's code lists (a retired code is a
 *       warning), the CoC code pattern, required values present;</li>
 *   <li>keys: no primary key twice in a file, every foreign key naming a row of its parent file;</li>
 *   <li>clients: no date of birth after an entry date, no exit before its entry, exactly one head
 *       of household ({@code RelationshipToHoH} 1) among the enrollments of a household (same
 *       project and {@code HouseholdID}, deleted rows left out), and an SSN of 8 digits reported as
 *       a lost leading zero (a warning: pad it to 9);</li>
 *   <li>data quality, as HUD's rules and Eva judge one export: the universal data elements (name,
 *       SSN, date of birth, race and ethnicity, sex, veteran status, disabling condition) against
 *       their data quality columns and ages at entry; stays of a client in a project that overlap;
 *       heads of household under 18 (a warning); heads without {@code EnrollmentCoC}; residential
 *       projects without inventory; records of the assessment files at project start or exit off
 *       the entry or exit date, at exit without an exit, or twice at one stage.</li>
 * </ul>
 *
 * <p>The version comes from Export.csv's {@code CSVVersion}, else from the headers
 * ({@link HmisCsvReader#detectVersion}). Files are read row by row; what the checks keep is the
 * keys of the parent files and a few facts (ids, day numbers, flags) per project, client and
 * enrollment. A file with many findings lists
 * its first thousand and counts the others.
 */
public final class HmisCheck {

    private HmisCheck() {
    }

    /** Told how far a check has come. */
    @FunctionalInterface
    public interface Progress {
        /**
         * How far the check has come.
         *
         * @param done  the characters read so far, over all files
         * @param total the size of all files, in bytes (about as many characters)
         */
        void onProgress(long done, long total);

        /** A progress that is told nothing. */
        static Progress none() {
            return (done, total) -> { };
        }
    }

    /**
     * Checks an export folder.
     *
     * @param folder    the folder holding the export's CSV files (names in any letter case)
     * @param progress  told how far the check has come, every few thousand rows and at the end
     * @param cancelled asked every few thousand rows whether to stop; when it says so, the check
     *                  returns what it found until then, marked cancelled
     * @return the findings, and the version
     * @throws HmisFormatException when the folder does not exist
     */
    public static HmisCheckReport run(Path folder, Progress progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        return new ExportCheck(folder, progress, cancelled).run();
    }

    /**
     * Checks the stored HMIS records ({@link HmisImport}) as an export of a version would write
     * them: the checks of values, keys and clients above, file by file in the specification's
     * order, each file's records in record id order. A finding names the file, the record id and
     * the column; its line is the row's line in the file an export of everything would write (2 for
     * the first record in record id order). Client.csv's SSNs are opened one at a time to be
     * judged; no finding holds a value.
     *
     * @param storage   where the records are
     * @param keys      the host's keys, which open Client.csv's sealed SSN
     * @param version   the version the records are checked as
     * @param progress  told how far the check has come, in records, every thousand and at the end
     * @param cancelled asked after every thousand records and every file whether to stop; when it
     *                  says so, the check returns what it found until then, marked cancelled
     * @return the findings, and the version
     */
    public static HmisCheckReport stored(Storage storage, KeyProvider keys, HmisVersion version, Progress progress,
            BooleanSupplier cancelled) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        return new StoredCheck(storage, new SsnSeal(keys), version, progress, cancelled).run();
    }

    /** Checks an export folder without progress or cancellation; see {@link #run(Path, Progress, BooleanSupplier)}. */
    public static HmisCheckReport run(Path folder) {
        return run(folder, Progress.none(), () -> false);
    }
}
