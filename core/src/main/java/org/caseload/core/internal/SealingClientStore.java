// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.clients.MatchKeyQuery;

/**
 * The client store as services see it: records sealed on the way in, opened on the way out (see
 * {@link ClientSealing}). Public for the client services, which may read candidates unopened and
 * open only those they return ({@link #findCandidatesUnopened}).
 */
public record SealingClientStore(ClientStore store, ClientSealing sealing) implements ClientStore {

    @Override
    public ClientRecord insert(ClientRecord client) {
        return sealing.unseal(store.insert(sealing.seal(client)));
    }

    @Override
    public List<ClientRecord> insertAll(List<ClientRecord> clients) {
        return store.insertAll(clients.stream().map(sealing::seal).toList()).stream().map(sealing::unseal).toList();
    }

    @Override
    public ClientRecord update(ClientRecord client) {
        return sealing.unseal(store.update(sealing.seal(client)));
    }

    @Override
    public Optional<ClientRecord> findById(String id) {
        return store.findById(id).map(sealing::unseal);
    }

    @Override
    public List<ClientRecord> findByMatchKeys(MatchKeyQuery query) {
        return store.findByMatchKeys(sealed(query)).stream().map(sealing::unseal).toList();
    }

    @Override
    public List<ClientRecord> findCandidatesByMatchKeys(MatchKeyQuery query) {
        return store.findCandidatesByMatchKeys(sealed(query)).stream().map(sealing::unseal).toList();
    }

    /**
     * What {@link #findCandidatesByMatchKeys} finds, as stored: sealed values (the SSN, sensitive
     * form values) left sealed, for a caller that compares no SSN and {@link #open opens} only the
     * records it returns. Opening one costs a decryption, which a search would otherwise pay for
     * every candidate it ranks.
     */
    public List<ClientRecord> findCandidatesUnopened(MatchKeyQuery query) {
        return store.findCandidatesByMatchKeys(sealed(query));
    }

    /** A record as {@link #findCandidatesUnopened} returns it, opened; a record already open is returned as it is. */
    public ClientRecord open(ClientRecord stored) {
        return sealing.unseal(stored);
    }

    /** The query with each SSN key replaced by the digests it is stored under. */
    private MatchKeyQuery sealed(MatchKeyQuery query) {
        return new MatchKeyQuery(sealing.lookupKeys(query.matchKeys()), query.organizationIds(),
                query.restrictedVisibleTo(), query.limit(), sealing.lookupKeys(query.rankingKeys()));
    }

    /** An SSN key is stored under one of its digests: its count is theirs, summed. */
    @Override
    public Map<String, Integer> countByMatchKeys(Set<String> keys, int atMost) {
        Map<String, Set<String>> lookups = new LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (String key : keys) {
            Set<String> lookup = sealing.lookupKeys(Set.of(key));
            lookups.put(key, lookup);
            all.addAll(lookup);
        }
        Map<String, Integer> stored = all.isEmpty() ? Map.of() : store.countByMatchKeys(all, atMost);
        Map<String, Integer> counts = new HashMap<>();
        lookups.forEach((key, lookup) -> counts.put(key,
                Math.min(atMost, lookup.stream().mapToInt(digest -> stored.getOrDefault(digest, 0)).sum())));
        return counts;
    }

    @Override
    public List<ClientRecord> scan(ClientScan scan) {
        return store.scan(scan).stream().map(sealing::unseal).toList();
    }
}
