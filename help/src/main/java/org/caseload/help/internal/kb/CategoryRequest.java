// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A category to browse, as the kernel validates it. */
record CategoryRequest(@NotBlank @Size(max = 100) String category) {
}
