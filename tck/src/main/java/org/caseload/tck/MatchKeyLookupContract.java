// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;
import static org.caseload.tck.TckFixtures.withMatchKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.junit.jupiter.api.Test;

/**
 * The match-key lookup of {@link org.caseload.spi.storage.clients.ClientStore} against its
 * definition, over many clients written, rewritten and written in units that failed: every client
 * of the queried organizations holding a match key, ranked by how many of the match and ranking
 * keys it holds, then by id; a restricted client only for its own organization.
 */
public interface MatchKeyLookupContract {

    /** The storage under test: a new empty storage per call, or one cleaned between tests. */
    Storage storage();

    @Test
    default void findByMatchKeysRanksAsCountingEveryClientsKeysWouldAfterRewritesAndFailedUnits() {
        Storage storage = storage();
        Random random = new Random(17);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            vocabulary.add(unique("key"));
        }
        List<String> organizations = List.of(unique("org"), unique("org"));
        String prefix = unique("client");
        Map<String, ClientRecord> stored = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            ClientRecord client = client(String.format("%s-%03d", prefix, random.nextInt(1_000)) + "-" + i,
                    organizations.get(random.nextInt(2)), someOf(vocabulary, random));
            ClientRecord written = i % 7 == 0 ? restricted(client) : client;
            inUnit(storage, session -> session.clients().insert(written));
            stored.put(written.id(), written);
        }
        for (ClientRecord client : List.copyOf(stored.values()).subList(0, 20)) {
            ClientRecord rewritten = withMatchKeys(client, someOf(vocabulary, random).toArray(String[]::new));
            ClientRecord updated = storage.inTransaction(session -> session.clients().update(rewritten));
            stored.put(updated.id(), updated);
        }
        // Failed units: a client inserted and a client rewritten, both taken back.
        ClientRecord neverStored = client(prefix + "-never", organizations.get(0), Set.copyOf(vocabulary));
        ClientRecord rewrittenOnce = stored.values().iterator().next();
        inRolledBackUnit(storage, session -> {
            session.clients().insert(neverStored);
            session.clients().update(withMatchKeys(rewrittenOnce, vocabulary.get(0)));
        });

        for (int round = 0; round < 40; round++) {
            Set<String> matchKeys = someOf(vocabulary.subList(0, 5), random);
            Set<String> rankingKeys = someOf(vocabulary, random);
            rankingKeys.removeAll(matchKeys);
            Set<String> inOrganizations = round % 3 == 0 ? Set.of() : Set.of(organizations.get(round % 2));
            String restrictedVisibleTo = round % 4 == 0 ? null : organizations.get(round % 2);
            int limit = 1 + random.nextInt(30);
            MatchKeyQuery query = new MatchKeyQuery(matchKeys, inOrganizations, restrictedVisibleTo, limit,
                    rankingKeys);

            List<ClientRecord> found = storage.inTransaction(session -> session.clients().findByMatchKeys(query));

            assertThat(found).as("round %d", round).containsExactlyElementsOf(expected(stored.values(), query));
        }
    }

    /** The definition of the lookup, by counting each stored client's keys. */
    private static List<ClientRecord> expected(Iterable<ClientRecord> stored, MatchKeyQuery query) {
        Set<String> counted = new HashSet<>(query.matchKeys());
        counted.addAll(query.rankingKeys());
        Map<ClientRecord, Long> hits = new LinkedHashMap<>();
        for (ClientRecord client : stored) {
            boolean inOrganizations = query.organizationIds().isEmpty()
                    || query.organizationIds().contains(client.organizationId());
            boolean visible = !client.restricted() || client.organizationId().equals(query.restrictedVisibleTo());
            boolean selected = client.matchKeys().stream().anyMatch(query.matchKeys()::contains);
            if (inOrganizations && visible && selected) {
                hits.put(client, client.matchKeys().stream().filter(counted::contains).count());
            }
        }
        return hits.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<ClientRecord, Long>::getValue).reversed()
                        .thenComparing(entry -> entry.getKey().id()))
                .limit(query.limit())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static ClientRecord restricted(ClientRecord client) {
        return new ClientRecord(client.id(), client.organizationId(), client.identity(), client.demographics(),
                client.contact(), client.forms(), client.matchKeys(), true, null, client.createdAt(),
                client.updatedAt(), client.version());
    }

    /** Each of {@code keys} with probability one half, and at least one. */
    private static Set<String> someOf(List<String> keys, Random random) {
        Set<String> some = new HashSet<>();
        for (String key : keys) {
            if (random.nextBoolean()) {
                some.add(key);
            }
        }
        if (some.isEmpty()) {
            some.add(keys.get(random.nextInt(keys.size())));
        }
        return some;
    }
}
