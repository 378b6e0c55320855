// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A set of suggestions, and the article opened from it if any, as the kernel validates them. */
record SuggestionEventRequest(@NotBlank @Size(max = 200) String suggestionId, @Size(max = 200) String articleId) {
}
