// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An article id and how many results are wanted, as the kernel validates them.
 *
 * @param limit the most results wanted, 1 to {@value #MAX_LIMIT}
 */
record ArticleIdRequest(@NotBlank @Size(max = 200) String articleId, @Min(1) @Max(MAX_LIMIT) int limit) {

    static final int MAX_LIMIT = 500;
}
