// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.Objects;

/**
 * A category of the knowledge base and how many of its articles the reader sees. Immutable.
 *
 * @param category as the articles' headers spell it; never null
 * @param articles at least 1
 */
public record CategoryCount(String category, int articles) {
    public CategoryCount {
        Objects.requireNonNull(category, "category");
    }
}
