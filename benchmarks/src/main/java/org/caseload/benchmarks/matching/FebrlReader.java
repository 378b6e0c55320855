// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.linkage.MatchSubject;

/**
 * Reads a FEBRL synthetic data set: ", "-separated columns rec_id, given_name, surname,
 * street_number, address_1, address_2, suburb, postcode, state, date_of_birth (yyyymmdd),
 * soc_sec_id. soc_sec_id is a 7-digit identifier, not a US SSN, so it becomes the subject's
 * generic identifier. A malformed line is reported on standard error by line number and skipped.
 */
final class FebrlReader {

    private static final int COLUMNS = 11;
    private static final Pattern RECORD_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

    private FebrlReader() {
    }

    static LabelledRecords read(Path file) throws IOException {
        List<MatchSubject> subjects = new ArrayList<>();
        Map<String, String> entityOf = new HashMap<>();
        int skipped = 0;
        int unreadableDates = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String[] columns = line.split(", ", -1);
                Matcher id = columns.length == COLUMNS ? RECORD_ID.matcher(columns[0].strip()) : null;
                if (id == null || !id.matches()) {
                    System.err.println("line " + lineNumber + ": malformed, skipped");
                    skipped++;
                    continue;
                }
                LocalDate birthDate = parseDate(columns[9].strip());
                if (birthDate == null && !columns[9].isBlank()) {
                    unreadableDates++;
                }
                subjects.add(MatchSubject.builder(columns[0].strip())
                        .firstName(columns[1]).lastName(columns[2]).streetNumber(columns[3])
                        .street(columns[4]).addressLine2(columns[5]).city(columns[6])
                        .postalCode(columns[7]).state(columns[8]).dateOfBirth(birthDate)
                        .identifier(columns[10]).build());
                entityOf.put(columns[0].strip(), id.group(1));
            }
        }
        return new LabelledRecords(List.copyOf(subjects), Map.copyOf(entityOf), skipped, unreadableDates);
    }

    private static LocalDate parseDate(String digits) {
        if (!digits.matches("\\d{8}")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
