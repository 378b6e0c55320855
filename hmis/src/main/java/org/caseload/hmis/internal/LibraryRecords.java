// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.caseload.core.internal.crypto.Sealer;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.ProjectRecord;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.spi.storage.hmis.HmisRecord;

/**
 * The library's own records an export of one organization holds, as rows of the HMIS files: the
 * organization, the exporting user, the organization's projects, its clients (registered by it,
 * not merged into another) and its enrollments of those clients in its projects, with their exits.
 * The export's selection applies: only the projects asked for, only the stays that meet the period,
 * and then only the clients of those stays. Another organization's records are never read.
 *
 * <p>{@link #gather()} walks the organization's clients a page at a time (a unit of work for the
 * page, one for its clients' enrollments) and keeps the selected enrollments and the ids of the selected clients; the clients are
 * walked again as Client.csv is written, so that their names and SSNs are held one page at a time.
 */
final class LibraryRecords {

    private static final int PAGE = 1000;

    /** What an export asks of the library's records. */
    record Request(String organizationId, String organizationName, String continuumOfCare, RowStamps stamps,
                   Instant exportedAt) {
    }

    private final Storage storage;
    private final Sealer sealer;
    private final Request request;
    private final ExportSelection selection;
    private final List<ProjectRecord> projects = new ArrayList<>();
    private final TreeMap<String, EnrollmentRecord> enrollments = new TreeMap<>();
    private final Set<String> clients = new HashSet<>();

    LibraryRecords(Storage storage, KeyProvider keys, Request request, ExportSelection selection) {
        this.storage = storage;
        this.sealer = new Sealer(keys, KeyPurpose.FIELD_ENCRYPTION);
        this.request = request;
        this.selection = selection;
    }

    /** Finds the projects, enrollments and clients the export holds. */
    void gather() {
        storage.inTransaction(session -> session.projects().findByOrganization(request.organizationId())).stream()
                .filter(project -> selection.takesProject(project.id()))
                .sorted(Comparator.comparing((ProjectRecord project) -> written("Project", project.id())))
                .forEach(projects::add);
        Set<String> projectIds = new HashSet<>();
        projects.forEach(project -> projectIds.add(project.id()));
        clientPages(page -> storage.inTransaction(session -> {
            for (ClientRecord client : page) {
                List<EnrollmentRecord> taken = session.enrollments().findByClient(client.id()).stream()
                        .filter(enrollment -> enrollment.organizationId().equals(request.organizationId())
                                && projectIds.contains(enrollment.projectId())
                                && selection.meetsPeriod(enrollment.entryDate(), enrollment.exitDate()))
                        .toList();
                taken.forEach(enrollment -> enrollments.put(written("Enrollment", enrollment.id()), enrollment));
                if (selection.everything() || !taken.isEmpty()) {
                    clients.add(client.id());
                }
            }
            return null;
        }));
    }

    /** The rows the export writes, in all files. */
    long count() {
        long exits = enrollments.values().stream().filter(enrollment -> !enrollment.isOpen()).count();
        return 2 + projects.size() + clients.size() + enrollments.size() + exits;
    }

    /** The library's rows of a file, in the order of their written ids. */
    void rows(String file, Consumer<HmisRecord> each) {
        RowStamps stamps = request.stamps();
        switch (file) {
            case "Organization" -> each.accept(CaseworkRows.organization(request.organizationId(),
                    request.organizationName(), request.exportedAt(), stamps));
            case "User" -> each.accept(CaseworkRows.user(request.exportedAt(), stamps));
            case "Project" -> projects.forEach(project -> each.accept(CaseworkRows.project(project, stamps)));
            case "Client" -> clientPages(page -> page.stream().filter(client -> clients.contains(client.id()))
                    .map(client -> ClientRows.client(client, ssn(client), stamps))
                    .sorted(Comparator.comparing(HmisRecord::recordId))
                    .forEach(each));
            case "Enrollment" -> enrollments.values()
                    .forEach(enrollment -> each.accept(CaseworkRows.enrollment(enrollment, request.continuumOfCare(), stamps)));
            case "Exit" -> enrollments.values().stream().filter(enrollment -> !enrollment.isOpen())
                    .forEach(enrollment -> each.accept(CaseworkRows.exit(enrollment, stamps)));
            default -> {
                // The library keeps nothing HMIS writes in the other files.
            }
        }
    }

    /** The organization's clients in its own right (not merged into another), a page at a time. */
    private void clientPages(Consumer<List<ClientRecord>> each) {
        String after = null;
        while (true) {
            String from = after;
            List<ClientRecord> page = storage.inTransaction(session -> session.clients()
                    .scan(new ClientScan(Set.of(request.organizationId()), from, PAGE)));
            each.accept(page.stream().filter(client -> client.mergedInto() == null).toList());
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /**
     * A client's SSN opened with the host's keys, only to be written; bound as core seals a client's
     * SSN ({@code client/<id>/ssn}). One written before encryption is read as it is.
     */
    private String ssn(ClientRecord client) {
        String ssn = client.identity().ssn();
        return Sealer.isSealed(ssn) ? sealer.unseal(ssn, "client/" + client.id() + "/ssn") : ssn;
    }

    private static String written(String file, String id) {
        return LibraryIds.of(file, file + "ID", id);
    }
}
