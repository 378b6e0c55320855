// SPDX-License-Identifier: Apache-2.0
package org.caseload.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Which audit entries to read, oldest first, one page at a time. Every criterion that is null
 * matches everything.
 *
 * @param organizationId the organization whose entries to read; null for the caller's own (and,
 *                       for a system administrator only, every organization's with
 *                       {@link #everyOrganization()})
 * @param clientId       entries about this client only (its reads and changes); may be null
 * @param userId         entries of this user only; may be null
 * @param from           entries at or after this instant; may be null
 * @param to             entries before this instant; may be null, not before {@code from}
 * @param pageSize       the most entries of one page, 1 to {@value #MAX_PAGE_SIZE}
 * @param pageToken      where the page starts: null for the first page, else the
 *                       {@link AuditPage#nextPageToken()} of the page before
 * @param allOrganizations every organization's entries (system administrators only); then
 *                       {@code organizationId} must be null
 */
public record AuditSearch(
        @Size(max = 100) String organizationId,
        @Size(max = 100) String clientId,
        @Size(max = 200) String userId,
        Instant from,
        Instant to,
        @Min(1) @Max(MAX_PAGE_SIZE) int pageSize,
        @Size(max = 200) String pageToken,
        boolean allOrganizations) {

    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 500;
    /** The page size of the factory methods. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** Every entry of the caller's organization. */
    public static AuditSearch ownOrganization() {
        return new AuditSearch(null, null, null, null, null, DEFAULT_PAGE_SIZE, null, false);
    }

    /** Every entry of every organization (system administrators only). */
    public static AuditSearch everyOrganization() {
        return new AuditSearch(null, null, null, null, null, DEFAULT_PAGE_SIZE, null, true);
    }

    /** This search within one organization (another than the caller's: system administrators only). */
    public AuditSearch inOrganization(String id) {
        return new AuditSearch(id, clientId, userId, from, to, pageSize, pageToken, false);
    }

    /** This search about one client. */
    public AuditSearch aboutClient(String id) {
        return new AuditSearch(organizationId, id, userId, from, to, pageSize, pageToken, allOrganizations);
    }

    /** This search of one user's calls. */
    public AuditSearch byUser(String id) {
        return new AuditSearch(organizationId, clientId, id, from, to, pageSize, pageToken, allOrganizations);
    }

    /** This search between two instants, {@code from} included, {@code to} excluded. */
    public AuditSearch between(Instant fromInstant, Instant toInstant) {
        return new AuditSearch(organizationId, clientId, userId, fromInstant, toInstant, pageSize, pageToken,
                allOrganizations);
    }

    /** This search with another page size. */
    public AuditSearch pagesOf(int size) {
        return new AuditSearch(organizationId, clientId, userId, from, to, size, pageToken, allOrganizations);
    }

    /** This search's page that follows {@code page}. */
    public AuditSearch next(AuditPage page) {
        return new AuditSearch(organizationId, clientId, userId, from, to, pageSize, page.nextPageToken(),
                allOrganizations);
    }
}
