// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.desk;

import java.time.Instant;

/**
 * A note of the vendor's support staff on a desk ticket. Immutable.
 *
 * @param id         the note id; a shared note arrives at the organization under another id
 * @param authorName as shown to readers
 * @param shared     whether the organization sees it
 * @param text       the note
 * @param createdAt  when it was added
 */
public record DeskNote(String id, String authorName, boolean shared, String text, Instant createdAt) {
}
