// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.sharing;

/**
 * The kinds of records a sharing agreement between organizations can cover. Case notes are
 * listed so that a request to share them can be refused by name: they are never shared, whatever
 * an agreement says.
 */
public enum SharedRecordKind {
    /** The client record itself: name, identifiers, demographics, contact. */
    CLIENT_IDENTITY,
    /** Enrollments in projects, and the households they are recorded with. */
    ENROLLMENTS,
    /** Services delivered. */
    SERVICES,
    /** Case notes: never shared; an agreement that names them is refused. */
    CASE_NOTES
}
