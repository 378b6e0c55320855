// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.caseload.spi.storage.hmis.HmisRecord;

/**
 * Which stored records an export of some projects or a period takes. An enrollment is taken when
 * it is of one of the projects and its stay meets the period (entered on or before its last day,
 * not exited before its first); with it go its client and every record of the enrollment (its
 * exit, income, services, ...). The project's own files (Project, Funder, ProjectCoC, Inventory,
 * Affiliation, HMISParticipation, CEParticipation) are taken by project; Organization and User
 * whole. The library's own records are chosen by the same rules ({@link #takesProject},
 * {@link #meetsPeriod}).
 */
final class ExportSelection {

    private final Set<String> projectIds;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<String, String> clientOfEnrollment = new HashMap<>();
    private final Set<String> enrollments = new HashSet<>();
    private final Set<String> clients = new HashSet<>();

    ExportSelection(Set<String> projectIds, LocalDate from, LocalDate to) {
        this.projectIds = Set.copyOf(projectIds);
        this.from = from;
        this.to = to;
    }

    /** Whether the export takes every record. */
    boolean everything() {
        return projectIds.isEmpty() && from == null && to == null;
    }

    Set<String> projectIds() {
        return projectIds;
    }

    /** Whether one of the library's projects is asked for, by its own id or the id an export writes. */
    boolean takesProject(String libraryId) {
        return projectIds.isEmpty() || projectIds.stream().anyMatch(asked -> LibraryIds.names(asked, libraryId));
    }

    /** Whether a stay entered on {@code entry} and exited on {@code exit} (null while open) meets the period. */
    boolean meetsPeriod(LocalDate entry, LocalDate exit) {
        return (to == null || !entry.isAfter(to)) && (from == null || exit == null || !exit.isBefore(from));
    }

    /** First pass: an enrollment of the projects, kept when it entered on or before the period's end. */
    void enrollment(HmisRecord enrollment) {
        if (to == null || enrollment.date() == null || !enrollment.date().isAfter(to)) {
            clientOfEnrollment.put(enrollment.recordId(), enrollment.personalId());
        }
    }

    /** Second pass: an exit, which drops its enrollment when it ended before the period began. */
    void exit(HmisRecord exit) {
        if (from != null && exit.date() != null && exit.date().isBefore(from)) {
            clientOfEnrollment.remove(exit.enrollmentId());
        }
    }

    /** Ends the passes: the enrollments and clients are known. */
    void settle() {
        enrollments.addAll(clientOfEnrollment.keySet());
        clients.addAll(clientOfEnrollment.values());
        clientOfEnrollment.clear();
    }

    /** Whether a record read (already of the projects, for a file with a ProjectID) is taken. */
    boolean takes(HmisRecord record) {
        if (everything()) {
            return true;
        }
        return switch (record.file()) {
            case "Client" -> clients.contains(record.recordId());
            case "Enrollment" -> enrollments.contains(record.recordId());
            default -> record.enrollmentId() == null || enrollments.contains(record.enrollmentId());
        };
    }
}
