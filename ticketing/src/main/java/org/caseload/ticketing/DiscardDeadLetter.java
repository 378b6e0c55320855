// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Gives a dead letter up for good: it is kept for the record, never sent, and the messages about its
 * record that waited behind it are sent without it. Immutable.
 *
 * @param messageId the dead letter's message id; not blank, at most 200 characters
 */
public record DiscardDeadLetter(@NotBlank @Size(max = 200) String messageId) {
}
