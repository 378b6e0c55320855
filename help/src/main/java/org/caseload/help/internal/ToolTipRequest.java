// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The arguments of one tool tip lookup, as the kernel validates them when the quick check of
 * {@link Ids} finds a fault.
 *
 * @param screenId required, at most {@value Ids#MAX_LENGTH} characters
 * @param fieldId  required, at most {@value Ids#MAX_LENGTH} characters
 */
record ToolTipRequest(
        @NotBlank @Size(max = Ids.MAX_LENGTH) String screenId,
        @NotBlank @Size(max = Ids.MAX_LENGTH) String fieldId) {
}
