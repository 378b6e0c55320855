// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import org.caseload.core.internal.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A draft of the caller's organization's version of an article. Immutable.
 *
 * @param articleId the article; required, at most 200 characters. A new id starts a new article
 * @param markdown  the whole article: the front-matter header (its {@code locale} says which
 *                  version this is) and the Markdown body; required, at most 200,000 characters
 */
public record SaveDraft(@NotBlank @Size(max = 200) String articleId, @NotBlank @MultiLine @Size(max = 200_000) String markdown) {
}
