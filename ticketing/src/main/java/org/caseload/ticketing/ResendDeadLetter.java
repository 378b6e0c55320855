// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Sends a dead letter again: it goes back in line, due at once, with a fresh give-up age, and the
 * messages about its record that waited behind it follow it. Immutable.
 *
 * @param messageId the dead letter's message id; not blank, at most 200 characters
 */
public record ResendDeadLetter(@NotBlank @Size(max = 200) String messageId) {
}
