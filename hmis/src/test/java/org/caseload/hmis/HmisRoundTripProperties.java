// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.hmis.internal.RecordShape;
import org.caseload.hmis.internal.SsnSeal;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.hmis.HmisRecord;
import org.caseload.testing.TestKeys;

/**
 * Records generated from the specification (every column of its type, length and code list; text
 * with commas, quotes, line breaks and letters beyond ASCII), exported and imported back, are the
 * records they were.
 */
class HmisRoundTripProperties {

    private static final HmisSpecification SPEC = HmisSpecification.of(HmisVersion.FY2026);
    /** Files whose every column the generator knows how to fill (Services' types depend on RecordType). */
    private static final List<String> FILES = List.of("Organization", "User", "Project", "Client", "Enrollment",
            "Exit", "IncomeBenefits", "HealthAndDV", "Disabilities", "CurrentLivingSituation", "Event");
    private static final String TEXT = "abcXYZ019 ,\"'\néñ✓-";
    private static final TestKeys KEYS = TestKeys.fixed();

    @Property(tries = 25)
    void generatedRecordsExportedAndImportedBackAreEqual(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        List<HmisRecord> generated = new ArrayList<>();
        for (String name : FILES) {
            HmisFile file = SPEC.file(name).orElseThrow();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                generated.add(record(file, name.charAt(0) + "" + i + "x" + random.nextInt(1000), random));
            }
        }
        Storage source = new InMemoryStorage();
        source.inTransaction(session -> {
            session.hmisRecords().put(generated);
            return null;
        });
        Path folder = Files.createTempDirectory("hmis-property");
        try {
            HmisExport.from(source, KEYS).exportId("0123456789abcdef0123456789abcdef").run(folder);
            Storage target = new InMemoryStorage();
            HmisImportReport report = HmisImport.into(target, KEYS).run(folder);
            assertThat(report.refusedRows()).isZero();

            SsnSeal seal = new SsnSeal(KEYS);
            for (HmisRecord record : generated) {
                HmisRecord back = target.inTransaction(session -> session.hmisRecords()
                        .find(record.file(), record.recordId())).map(seal::open).orElseThrow();
                assertThat(back).isEqualTo(record);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(HmisRoundTripProperties::delete);
            }
        }
    }

    private static HmisRecord record(HmisFile file, String id, Random random) {
        Map<String, String> values = new LinkedHashMap<>();
        for (HmisColumn column : file.columns()) {
            if (column.required() || random.nextBoolean()) {
                values.put(column.name(), value(file, column, id, random));
            }
        }
        values.put(file.primaryKey(), id);
        values.put("ExportID", "0123456789abcdef0123456789abcdef");
        return RecordShape.record(file, HmisVersion.FY2026, values::get);
    }

    private static String value(HmisFile file, HmisColumn column, String id, Random random) {
        if (SPEC.pattern(file.name(), column.name()).isPresent()) {
            return "XX-" + (100 + random.nextInt(900));
        }
        if (column.coded()) {
            List<String> codes = SPEC.codeList(column.codeLists().get(0)).orElseThrow().codes();
            return codes.get(random.nextInt(codes.size()));
        }
        LocalDate date = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
        return switch (column.type()) {
            case DATE -> date.toString();
            case DATETIME -> date + String.format(" %02d:%02d:%02d", random.nextInt(24), random.nextInt(60),
                    random.nextInt(60));
            case MONEY -> random.nextInt(100000) + "." + String.format("%02d", random.nextInt(100));
            case INTEGER -> Integer.toString(random.nextInt(10000));
            case STRING -> column.name().endsWith("ID") ? id : text(column.maxLength(), random);
        };
    }

    /** Text of at most {@code max} characters, never blank and never starting or ending with a space. */
    private static String text(int max, Random random) {
        int length = 1 + random.nextInt(Math.min(max > 0 ? max : 30, 30));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = TEXT.charAt(random.nextInt(TEXT.length()));
            text.append(i == 0 || i == length - 1 ? (Character.isWhitespace(c) ? 'q' : c) : c);
        }
        return text.toString();
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
