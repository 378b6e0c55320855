// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caseload.hmis.internal.SpecificationResources;

/**
 * One version of the HUD HMIS CSV Format Specifications, as data: its 24 files in the order an
 * export lists them, each file's columns in order, the code lists, and the keys between files.
 * Loaded once per version from the resources this module ships; immutable and thread-safe.
 *
 * <pre>{@code
 * HmisSpecification spec = HmisSpecification.of(HmisVersion.FY2026);
 * HmisColumn sex = spec.file("Client").orElseThrow().column("Sex").orElseThrow();
 * HmisCodeList funding = spec.codeList("FundingSource").orElseThrow(); // retired(): 12, 47, 48, 49
 * }</pre>
 */
public final class HmisSpecification {

    private static final Map<HmisVersion, HmisSpecification> LOADED = new EnumMap<>(HmisVersion.class);

    private final HmisVersion version;
    private final List<HmisFile> files;
    private final Map<String, HmisCodeList> codeLists;
    private final List<HmisForeignKey> foreignKeys;
    private final List<HmisConditionalCodeList> conditionalCodeLists;
    private final Map<String, Pattern> patterns;

    private HmisSpecification(HmisVersion version, SpecificationResources.Tables tables) {
        this.version = version;
        this.files = tables.files();
        this.codeLists = tables.codeLists();
        this.foreignKeys = tables.foreignKeys();
        this.conditionalCodeLists = tables.conditionalCodeLists();
        this.patterns = tables.patterns();
    }

    /**
     * The specification of a version.
     *
     * @param version the version
     * @return its specification, loaded on first use
     */
    public static HmisSpecification of(HmisVersion version) {
        Objects.requireNonNull(version, "version");
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(version,
                    v -> new HmisSpecification(v, SpecificationResources.read(v.year())));
        }
    }

    /** The version this is the specification of. */
    public HmisVersion version() {
        return version;
    }

    /** The files of an export, in the specification's order (Export, Organization, User, Project, ...). */
    public List<HmisFile> files() {
        return files;
    }

    /** The file of this name, with or without {@code .csv}, whatever its letter case. */
    public Optional<HmisFile> file(String name) {
        Objects.requireNonNull(name, "name");
        boolean csv = name.regionMatches(true, Math.max(0, name.length() - 4), ".csv", 0, 4);
        String key = HmisFile.key(csv ? name.substring(0, name.length() - 4) : name);
        return files.stream().filter(file -> HmisFile.key(file.name()).equals(key)).findFirst();
    }

    /** Every code list of this version by name, in the specification's order. */
    public Map<String, HmisCodeList> codeLists() {
        return codeLists;
    }

    /** The code list of this name, such as {@code FundingSource}. */
    public Optional<HmisCodeList> codeList(String name) {
        return Optional.ofNullable(codeLists.get(name));
    }

    /** The references between files: every value of a referring column names a row of its parent. */
    public List<HmisForeignKey> foreignKeys() {
        return foreignKeys;
    }

    /** The columns whose code list another column of the row chooses (Services.csv's types). */
    public List<HmisConditionalCodeList> conditionalCodeLists() {
        return conditionalCodeLists;
    }

    /**
     * The pattern a column's values follow beyond its type, such as a CoC code ({@code XX-999}) in
     * ProjectCoC.csv's {@code CoCCode}.
     */
    public Optional<Pattern> pattern(String file, String column) {
        return Optional.ofNullable(patterns.get(file + "." + column));
    }

    @Override
    public String toString() {
        return "HMIS CSV " + version.csvVersion();
    }
}
