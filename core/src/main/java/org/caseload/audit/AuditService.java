// SPDX-License-Identifier: Apache-2.0
package org.caseload.audit;

/**
 * Reading the audit log, for an organization's administrators. Obtained from
 * {@code Caseload.audit()}; thread-safe; each read is itself audited. The log is append-only:
 * nothing here, nor in the storage contract, changes or removes an entry.
 */
public interface AuditService {

    /**
     * A page of the entries the search selects, oldest first. Pages follow each other by their
     * token, so entries appended meanwhile never shift a page.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without {@code audit.read}, or for
     *         another organization's entries (or every organization's) without {@code system.admin}
     * @throws org.caseload.spi.error.ValidationException when the search is invalid: {@code to}
     *         before {@code from}, a page token that is not one this service returned, an
     *         organization named together with every organization
     */
    AuditPage find(AuditSearch search);
}
