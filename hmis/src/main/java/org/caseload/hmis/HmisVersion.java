// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A version of the HUD HMIS CSV Format Specifications, as {@code Export.csv}'s {@code CSVVersion}
 * names it.
 */
public enum HmisVersion {
    /** FY2024, in force from 1 October 2023 to 30 September 2025. */
    FY2024("2024", "2024 v1.0"),
    /** FY2026, in force since 1 October 2025: {@code Sex} in Client.csv, the gender columns gone. */
    FY2026("2026", "2026 v1.0");

    private final String year;
    private final String csvVersion;

    HmisVersion(String year, String csvVersion) {
        this.year = year;
        this.csvVersion = csvVersion;
    }

    /** The fiscal year, as the specification's tables name the version: {@code "2026"}. */
    public String year() {
        return year;
    }

    /** The {@code CSVVersion} an export of this version writes in Export.csv: {@code "2026 v1.0"}. */
    public String csvVersion() {
        return csvVersion;
    }

    /**
     * The version a {@code CSVVersion} value names: one that starts with the version's year, such as
     * {@code "2026 v1.0"} or {@code "2024 v1.3"}.
     *
     * @param csvVersion the value of Export.csv's {@code CSVVersion}; null or blank gives none
     * @return the version, or empty when the value names none of them
     */
    public static Optional<HmisVersion> fromCsvVersion(String csvVersion) {
        if (csvVersion == null) {
            return Optional.empty();
        }
        String value = csvVersion.strip();
        for (HmisVersion version : values()) {
            if (value.startsWith(version.year)
                    && (value.length() == version.year.length() || !Character.isDigit(value.charAt(4)))) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /**
     * The version a file's header belongs to, from the columns only one version has: Client.csv
     * with {@code Sex} or {@code HispanicLatinao} is FY2026, with {@code Woman} or
     * {@code HispanicLatinaeo} FY2024. Names compare regardless of letter case; the header need not
     * be complete.
     *
     * @param file   the file's name, such as {@code Client.csv} or {@code Client}
     * @param header the names of its first row
     * @return the version whose own columns the header has more of; empty when the header has none
     *         (a file that is the same in both versions) or as many of each
     */
    public static Optional<HmisVersion> ofHeader(String file, List<String> header) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        Set<String> names = new HashSet<>();
        header.forEach(name -> names.add(HmisFile.key(name)));
        int[] own = new int[values().length];
        for (HmisVersion version : values()) {
            Optional<HmisFile> spec = HmisSpecification.of(version).file(file);
            if (spec.isEmpty()) {
                continue;
            }
            for (HmisColumn column : spec.get().columns()) {
                String key = HmisFile.key(column.name());
                boolean elsewhere = false;
                for (HmisVersion other : values()) {
                    elsewhere |= other != version
                            && HmisSpecification.of(other).file(file).flatMap(f -> f.column(key)).isPresent();
                }
                if (!elsewhere && names.contains(key)) {
                    own[version.ordinal()]++;
                }
            }
        }
        HmisVersion best = null;
        boolean tie = false;
        for (HmisVersion version : values()) {
            int count = own[version.ordinal()];
            if (count > 0 && (best == null || count > own[best.ordinal()])) {
                best = version;
                tie = false;
            } else if (count > 0 && count == own[best.ordinal()]) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }
}
