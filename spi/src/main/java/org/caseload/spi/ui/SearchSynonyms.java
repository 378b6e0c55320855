// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Words and phrases that mean the same to a knowledge-base search, added to the field's
 * vocabulary the help module ships (acronyms such as HoH, ROI, DV; exit and discharge): a search
 * for any of them finds articles written with the others.
 *
 * @param organizationId the organization whose readers' searches use them, or null for every reader
 * @param locale         the language of the readers whose searches use them; required
 * @param terms          the words and phrases, at least two; required
 */
public record SearchSynonyms(String organizationId, Locale locale, List<String> terms) {
    public SearchSynonyms {
        Objects.requireNonNull(locale, "locale");
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    }
}
