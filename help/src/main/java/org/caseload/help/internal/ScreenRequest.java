// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The screen of a Help menu or shortcut lookup, as the kernel validates it. */
record ScreenRequest(@NotBlank @Size(max = Ids.MAX_LENGTH) String screenId) {
}
