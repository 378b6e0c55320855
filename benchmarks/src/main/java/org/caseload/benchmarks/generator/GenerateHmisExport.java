// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.caseload.examples.cli.HmisClientFormat;
import org.caseload.hmis.HmisFile;
import org.caseload.hmis.HmisSpecification;
import org.caseload.hmis.HmisVersion;

/**
 * Writes a whole HMIS CSV export folder of generated data, FY2026 or FY2024: the clients of
 * {@link HmisClientGenerator} (names, SSNs, dates of birth, races, duplicates and entry slips as
 * for duplicate detection), one organization, ten projects with a funder, a CoC and an inventory
 * each, and per client one enrollment (a household of its own, as its head), an income record at
 * entry and two services; every other client has exited. The other files are written with their
 * header only. Every row passes {@code hmis check} but for the generator's entry slips.
 *
 * <p>Usage: {@code GenerateHmisExport --clients N [--seed S] [--version 2026|2024] --output DIR}
 */
public final class GenerateHmisExport {

    private static final String STAMP = "2025-10-20 09:00:00";
    private static final String USER = "U1";
    private static final String EXPORT = "EXP1";
    private static final int PROJECTS = 10;
    private static final LocalDate FIRST_ENTRY = LocalDate.of(2024, 10, 1);

    private final HmisSpecification spec;
    private final Map<String, Sink> sinks = new HashMap<>();

    private GenerateHmisExport(HmisVersion version) {
        this.spec = HmisSpecification.of(version);
    }

    public static void main(String[] args) throws IOException {
        int clients = 0;
        long seed = 1;
        Path output = null;
        HmisVersion version = HmisVersion.FY2026;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--output" -> output = Path.of(args[i + 1]);
                case "--version" -> version = args[i + 1].equals("2024") ? HmisVersion.FY2024 : HmisVersion.FY2026;
                default -> usage();
            }
        }
        if (clients < 1 || output == null || args.length % 2 != 0) {
            usage();
        }
        Files.createDirectories(output);
        new GenerateHmisExport(version).write(HmisClientGenerator.generate(seed, clients), seed, output);
        System.out.printf(Locale.ROOT, "%d clients in %s (%s)%n", clients, output, version);
    }

    private void write(HmisClientGenerator.Generated generated, long seed, Path output) throws IOException {
        try {
            for (HmisFile file : spec.files()) {
                sinks.put(file.name(), new Sink(file, output.resolve(file.fileName())));
            }
            row("Export", pairs("ExportID", EXPORT, "SourceType", "1", "SourceName", "Generated CoC",
                    "ExportDate", STAMP, "ExportStartDate", FIRST_ENTRY.toString(), "ExportEndDate", "2025-09-30",
                    "SoftwareName", "GenerateHmisExport", "CSVVersion", spec.version().csvVersion(),
                    "ExportPeriodType", "3", "ExportDirective", "2", "HashStatus", "1", "ImplementationID", "GEN"));
            row("Organization", pairs("OrganizationID", "O1", "OrganizationName", "Generated Services",
                    "VictimServiceProvider", "0"));
            row("User", pairs("UserID", USER, "UserFirstName", "Data", "UserLastName", "Entry"));
            for (int p = 1; p <= PROJECTS; p++) {
                String project = "P" + p;
                row("Project", pairs("ProjectID", project, "OrganizationID", "O1", "ProjectName", "Project " + p,
                        "OperatingStartDate", "2020-01-01", "ContinuumProject", "1", "ProjectType", "0",
                        "HousingType", "1", "TargetPopulation", "4"));
                row("Funder", pairs("FunderID", "F" + p, "ProjectID", project, "Funder", "2",
                        "StartDate", "2020-01-01"));
                row("ProjectCoC", pairs("ProjectCoCID", "PC" + p, "ProjectID", project, "CoCCode", "XX-500",
                        "Geocode", "069999", "GeographyType", "1"));
                row("Inventory", pairs("InventoryID", "I" + p, "ProjectID", project, "CoCCode", "XX-500",
                        "HouseholdType", "1", "Availability", "1", "UnitInventory", "50", "BedInventory", "50",
                        "ESBedType", "1", "InventoryStartDate", "2020-01-01"));
            }
            Random random = new Random(seed);
            Map<String, String> clientRow = new HashMap<>();
            for (GeneratedRecord record : generated.records()) {
                List<String> values = record.toRow();
                clientRow.clear();
                for (int i = 0; i < values.size(); i++) {
                    String column = HmisClientFormat.FY2024_COLUMNS.get(i);
                    boolean renamed = column.equals("HispanicLatinaeo") && spec.version() == HmisVersion.FY2026;
                    clientRow.put(renamed ? "HispanicLatinao" : column, values.get(i));
                }
                clientRow.put("ExportID", EXPORT);
                LocalDate created = createdAfterBirth(record, random);
                clientRow.put("DateCreated", created + " 09:00:00");
                clientRow.put("DateUpdated", created + " 09:00:00");
                row("Client", clientRow);
                stay(record.personalId(), random);
            }
        } finally {
            for (Sink sink : sinks.values()) {
                sink.close();
            }
        }
    }

    /**
     * The day the client's record was made: the duplicate generator's, unless that is not after the
     * date of birth (it draws both freely), then a day in the year after the birth.
     */
    private static LocalDate createdAfterBirth(GeneratedRecord record, Random random) {
        LocalDate born = record.dateOfBirth();
        if (born == null || record.created().isAfter(born)) {
            return record.created();
        }
        return born.plusDays(1 + random.nextInt(365));
    }

    private void stay(String client, Random random) {
        String enrollment = "E" + client;
        LocalDate entry = FIRST_ENTRY.plusDays(random.nextInt(300));
        row("Enrollment", pairs("EnrollmentID", enrollment, "PersonalID", client,
                "ProjectID", "P" + (1 + random.nextInt(PROJECTS)), "EntryDate", entry.toString(),
                "HouseholdID", "H" + client, "RelationshipToHoH", "1", "EnrollmentCoC", "XX-500",
                "LivingSituation", "116", "DisablingCondition", random.nextBoolean() ? "0" : "1"));
        row("IncomeBenefits", pairs("IncomeBenefitsID", "IB" + client,
                "EnrollmentID", enrollment, "PersonalID", client, "InformationDate", entry.toString(),
                "IncomeFromAnySource", "1", "TotalMonthlyIncome", random.nextInt(2000) + ".00",
                "BenefitsFromAnySource", "0", "InsuranceFromAnySource", "0", "DataCollectionStage", "1"));
        for (int s = 1; s <= 2; s++) {
            row("Services", pairs("ServicesID", "S" + s + client, "EnrollmentID", enrollment, "PersonalID", client,
                    "DateProvided", entry.plusDays(s).toString(), "RecordType", "200", "TypeProvided", "200"));
        }
        if (random.nextBoolean()) {
            row("Exit", pairs("ExitID", "X" + client, "EnrollmentID", enrollment, "PersonalID", client,
                    "ExitDate", entry.plusDays(1 + random.nextInt(60)).toString(), "Destination", "435"));
        }
    }

    /** Writes a row: the given values, and the audit columns every file but Export carries. */
    private void row(String file, Map<String, String> values) {
        Sink sink = sinks.get(file);
        Map<String, String> all = new HashMap<>(values);
        if (!file.equals("Export")) {
            all.putIfAbsent("DateCreated", STAMP);
            all.putIfAbsent("DateUpdated", STAMP);
            if (sink.file.column("UserID").isPresent()) {
                all.putIfAbsent("UserID", USER);
            }
            all.putIfAbsent("ExportID", EXPORT);
        }
        sink.write(all);
    }

    /** A map of column and value, given one after the other. */
    private static Map<String, String> pairs(String... columnsAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < columnsAndValues.length; i += 2) {
            values.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return values;
    }

    private static void usage() {
        System.err.println("usage: GenerateHmisExport --clients N [--seed S] [--version 2026|2024] --output DIR");
        System.exit(2);
    }

    /** One file being written. */
    private static final class Sink implements AutoCloseable {
        private final HmisFile file;
        private final Writer out;

        Sink(HmisFile file, Path path) throws IOException {
            this.file = file;
            this.out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
            out.write(String.join(",", file.columnNames()) + "\r\n");
        }

        void write(Map<String, String> values) {
            StringBuilder line = new StringBuilder(256);
            for (String column : file.columnNames()) {
                if (line.length() > 0) {
                    line.append(',');
                }
                String value = values.getOrDefault(column, "");
                boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0;
                line.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
            try {
                out.write(line.append("\r\n").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
