// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.List;

/**
 * The articles suggested for a ticket being written. Immutable.
 *
 * @param suggestionId what the host passes back when the user opens one or leaves the form; null
 *                     when nothing was suggested
 * @param articles     best first; never null, may be empty
 */
public record Suggestions(String suggestionId, List<SuggestedArticle> articles) {
    public Suggestions {
        articles = List.copyOf(articles);
    }
}
