// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text a spelling suggestion is asked for, as the kernel validates it: what a search accepts. */
record SpellingRequest(@NotBlank @Size(max = 200) String text) {
}
