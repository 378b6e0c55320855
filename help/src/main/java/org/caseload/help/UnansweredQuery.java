// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A search of the knowledge base that found nothing, with how often readers of the organization
 * made it: the gaps the content should fill. Immutable.
 *
 * @param query     the normalized text (trimmed, lower case, single spaces); never null
 * @param locale    the readers' locale; never null
 * @param count     how many times it was searched
 * @param lastAsked when it was last searched; never null
 */
public record UnansweredQuery(String query, Locale locale, int count, Instant lastAsked) {
    public UnansweredQuery {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(lastAsked, "lastAsked");
    }
}
