// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.hmis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.caseload.benchmarks.storage.BenchmarkStorages;
import org.caseload.core.EphemeralKeyProvider;
import org.caseload.hmis.HmisCheck;
import org.caseload.hmis.HmisCheckReport;
import org.caseload.hmis.HmisExport;
import org.caseload.hmis.HmisExportReport;
import org.caseload.hmis.HmisImport;
import org.caseload.hmis.HmisImportReport;
import org.caseload.hmis.HmisVersion;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;

/**
 * Measures the import and the export of an HMIS CSV export folder on one storage, in rows a second,
 * against a baseline measured in the same run: {@code hmis check} on the same folder, which reads
 * and judges every row as the import does but stores nothing. Prints the rates, their ratios to the
 * baseline and the heap it ran in. A first check, untimed, warms the JIT up for the reader and the
 * rules the three share.
 *
 * <p>Usage: {@code HmisTransferHarness --input DIR --storage MEMORY|H2|POSTGRESQL --output DIR}
 */
public final class HmisTransferHarness {

    private HmisTransferHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path input = null;
        Path output = null;
        BenchmarkStorages kind = BenchmarkStorages.MEMORY;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--input" -> input = Path.of(args[i + 1]);
                case "--output" -> output = Path.of(args[i + 1]);
                case "--storage" -> kind = BenchmarkStorages.valueOf(args[i + 1].toUpperCase(Locale.ROOT));
                default -> usage();
            }
        }
        if (input == null || output == null) {
            usage();
        }
        long bytes = 0;
        try (var files = Files.list(input)) {
            for (Path file : files.toList()) {
                bytes += Files.size(file);
            }
        }
        // A first, untimed check warms the JIT up for the reader and the rules all three share.
        HmisCheck.run(input);
        long start = System.nanoTime();
        HmisCheckReport check = HmisCheck.run(input);
        double checkSeconds = seconds(start);

        KeyProvider keys = new EphemeralKeyProvider();
        Storage storage = kind.open();
        start = System.nanoTime();
        HmisImportReport imported = HmisImport.into(storage, keys).run(input);
        double importSeconds = seconds(start);
        long rows = imported.stored();

        start = System.nanoTime();
        HmisExportReport exported = HmisExport.from(storage, keys).version(HmisVersion.FY2026).run(output);
        double exportSeconds = seconds(start);
        long written = exported.writtenRows().values().stream().mapToLong(Long::longValue).sum();
        if (storage instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("the storage cannot be closed", e);
            }
        }

        System.out.printf(Locale.ROOT, "input %s: %.1f MB, %s, %d rows stored (%d refused, %d check errors)%n",
                input, bytes / 1e6, imported.version(), rows, imported.refusedRows(), check.errors());
        System.out.printf(Locale.ROOT, "storage %s, max heap %d MB%n", kind, Runtime.getRuntime().maxMemory() >> 20);
        double checkRate = rows / checkSeconds;
        System.out.printf(Locale.ROOT, "%-22s %8.1f s %10.0f rows/s  ratio 1.00%n", "check (baseline)",
                checkSeconds, checkRate);
        System.out.printf(Locale.ROOT, "%-22s %8.1f s %10.0f rows/s  ratio %.2f%n", "import", importSeconds,
                rows / importSeconds, rows / importSeconds / checkRate);
        System.out.printf(Locale.ROOT, "%-22s %8.1f s %10.0f rows/s  ratio %.2f (%d rows)%n", "export FY2026",
                exportSeconds, written / exportSeconds, written / exportSeconds / checkRate, written);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void usage() {
        System.err.println("usage: HmisTransferHarness --input DIR --storage MEMORY|H2|POSTGRESQL --output DIR");
        System.exit(2);
    }
}
