// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caseload.spi.ui.SearchSynonyms;

/**
 * The {@link Thesaurus} of each kind of reader: the lists shipped for the languages of their
 * locale chain, with the groups the content adds for every organization and those their own
 * organization adds, in those languages. Computed once per organization and chain, and kept.
 * Thread-safe.
 */
final class Thesauri {

    private record Key(String organizationId, List<String> languages) {
    }

    private final List<SearchSynonyms> added;
    private final Map<Key, Thesaurus> thesauri = new ConcurrentHashMap<>();

    Thesauri(List<SearchSynonyms> added) {
        this.added = List.copyOf(added);
    }

    /** The thesaurus of readers of this organization whose locale chain has these languages. */
    Thesaurus of(String organizationId, List<String> languages) {
        return thesauri.computeIfAbsent(new Key(organizationId, List.copyOf(languages)), this::build);
    }

    private Thesaurus build(Key key) {
        List<List<String>> groups = new ArrayList<>();
        for (String language : key.languages()) {
            groups.addAll(Thesaurus.shipped(language));
        }
        for (SearchSynonyms synonyms : added) {
            boolean forReader = synonyms.organizationId() == null
                    || synonyms.organizationId().equals(key.organizationId());
            if (forReader && key.languages().contains(synonyms.locale().getLanguage().toLowerCase(Locale.ROOT))) {
                groups.add(synonyms.terms());
            }
        }
        return Thesaurus.of(groups);
    }
}
