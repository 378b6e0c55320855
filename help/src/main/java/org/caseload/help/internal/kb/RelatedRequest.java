// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The arguments of a related-articles lookup, as the kernel validates them.
 *
 * @param limit 1 to 20: related articles are a short list beside the article
 */
record RelatedRequest(@NotBlank @Size(max = 200) String articleId, @Min(1) @Max(20) int limit) {
}
