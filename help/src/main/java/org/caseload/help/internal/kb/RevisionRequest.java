// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** An organization's version of an article in a locale, as the kernel validates it. */
record RevisionRequest(@NotBlank @Size(max = 200) String articleId, @NotNull Locale locale) {
}
