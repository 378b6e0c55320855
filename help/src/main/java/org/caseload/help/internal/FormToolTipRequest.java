// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The arguments of one lookup of a custom form's tool tip, as the kernel validates them when the
 * quick check of {@link Ids} finds a fault.
 */
record FormToolTipRequest(
        @NotBlank @Size(max = Ids.MAX_LENGTH) String screenId,
        @NotBlank @Size(max = Ids.MAX_LENGTH) String formId,
        @NotBlank @Size(max = Ids.MAX_LENGTH) String fieldId) {
}
