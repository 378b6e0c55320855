// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import java.util.List;
import java.util.Optional;

/**
 * What {@link HmisCheck} found in an export folder.
 *
 * @param version   the export's version; null when it could not be told (then a finding says why)
 * @param findings  every finding, file by file in the specification's order, then by line
 * @param cancelled whether the check was cancelled before its end: the findings are those found
 *                  until then
 */
public record HmisCheckReport(HmisVersion version, List<HmisFinding> findings, boolean cancelled) {

    /** Copies the findings. */
    public HmisCheckReport {
        findings = List.copyOf(findings);
    }

    /** The export's version, when it could be told. */
    public Optional<HmisVersion> detectedVersion() {
        return Optional.ofNullable(version);
    }

    /** The number of errors. */
    public long errors() {
        return findings.stream().filter(HmisFinding::isError).count();
    }

    /** The number of warnings. */
    public long warnings() {
        return findings.size() - errors();
    }

    /** Whether the check ran to its end and found no error. */
    public boolean passed() {
        return !cancelled && errors() == 0;
    }
}
