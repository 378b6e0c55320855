// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import java.time.Instant;

/**
 * A note on a desk ticket: of the vendor's support staff, or from the organization (its reply to the
 * desk's question, a note it shared, why it withdrew). Immutable.
 *
 * @param id               the note id; a shared note arrives at the organization under another id
 * @param authorName       as shown to readers; for a note from the organization, its author there
 * @param shared           whether the organization sees it; true for a note from the organization
 * @param text             the note
 * @param createdAt        when it was added
 * @param fromOrganization whether the organization wrote it, rather than the desk's staff
 */
public record DeskNote(String id, String authorName, boolean shared, String text, Instant createdAt,
                       boolean fromOrganization) {
}
