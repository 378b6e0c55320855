// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchModel;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.ScoredPair;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.SealingClientStore;
import org.caseload.spi.storage.clients.ClientAddress;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientStore;
import org.caseload.spi.storage.clients.MatchKeyQuery;

/**
 * The matching engine as the client services use it: the keys a client is indexed by, and the
 * visible clients that may be one person with a described one. Shared by the client and duplicate
 * services of a runtime; immutable and thread-safe.
 *
 * <p>An intake check looks up the described person's blocking keys (the same keys that pair records
 * in bulk detection), scores the candidates with the engine's standard weights, and keeps those at
 * least possible. Candidates are filtered by {@link ClientVisibility} only after scoring, and every
 * candidate is scored, so a client the caller may not see changes neither the results nor the
 * work done per visible candidate.
 */
public final class ClientMatching {

    /** The most candidates one intake check scores. */
    static final int CANDIDATE_LIMIT = 200;
    /**
     * A key held by more clients than this selects no candidate while a rarer key of the same
     * lookup does: it only ranks the candidates the rarer keys select (ADR 0130). The bound of
     * bulk detection's blocks (ADR 0101).
     */
    static final int COMMON_KEY_HOLDERS = 1_000;
    /**
     * The least {@linkplain #holderBudget holder budget}: a short page selects among what a
     * search's first page does, not among the few holders of the person's own rarest keys.
     */
    static final int LEAST_HOLDER_BUDGET = 150;
    /** Orders matches best first: by classification, then score, then client id. */
    static final Comparator<ScoredPair> BEST_FIRST = Comparator.comparing(ScoredPair::classification)
            .thenComparing(Comparator.comparingDouble(ScoredPair::score).reversed())
            .thenComparing(ScoredPair::idB);

    private final MatchEngine engine;
    private final MatchModel model;

    public ClientMatching(MatchEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.model = MatchModel.standard();
    }

    public MatchEngine engine() {
        return engine;
    }

    /** The weights intake checks and searches score with. */
    MatchModel model() {
        return model;
    }

    /** A client as the engine sees it, and its blocking keys: computed once per write. */
    Indexed index(String id, ClientIdentity identity, List<ClientAddress> addresses) {
        MatchSubject subject = ClientSubjects.of(id, identity, addresses);
        return new Indexed(subject, engine.blockingKeys(subject));
    }

    /** The keys a client is stored under: its match keys and its blocking keys. */
    Set<String> keysOf(Indexed client) {
        Set<String> keys = new LinkedHashSet<>(engine.matchKeys(client.subject()));
        keys.addAll(client.blockingKeys());
        return keys;
    }

    /** The visible, unmerged clients that are at least possible duplicates of a described person. */
    List<Candidate> duplicatesOf(CallContext context, MatchSubject subject) {
        return duplicatesOf(context, new Indexed(subject, engine.blockingKeys(subject)));
    }

    /**
     * The visible, unmerged clients that are at least possible duplicates of the person, best
     * first, each with the client record it names.
     */
    List<Candidate> duplicatesOf(CallContext context, Indexed person) {
        MatchSubject subject = person.subject();
        Set<String> keys = person.blockingKeys();
        if (keys.isEmpty()) {
            return List.of();
        }
        Lookup lookup = lookUp(context, keys, CANDIDATE_LIMIT, subject.ssn() != null);
        MatchEngine.Prepared prepared = engine.prepare(subject);
        List<Candidate> candidates = new ArrayList<>();
        for (ClientRecord record : lookup.found()) {
            if (record.id().equals(subject.id())) {
                continue;
            }
            ScoredPair pair = engine.score(model, prepared, engine.prepare(ClientSubjects.of(record)));
            if (pair.classification() != MatchClassification.UNLIKELY && record.mergedInto() == null
                    && ClientVisibility.canSee(context, record)) {
                candidates.add(new Candidate(lookup.open(record), pair));
            }
        }
        candidates.sort(Comparator.comparing(Candidate::match, BEST_FIRST));
        return candidates;
    }

    /**
     * The clients of the caller's organizations that hold the most of these keys, at most
     * {@code limit}. The rarest keys select the candidates, as long as their holders together
     * number at most the {@linkplain #holderBudget budget}; the others, and every key held by more
     * than {@value #COMMON_KEY_HOLDERS} clients, only count in the ranking (ADRs 0130, 0132, 0154).
     * The rarest key selects whatever its count.
     *
     * <p>When the caller compares no SSN ({@code ssnCompared} false: none was given, or the caller
     * may not compare it), the candidates come back unopened, their sealed SSNs unread, and scoring
     * sees them without one, as it would anyway against a search without one; only those returned
     * are then {@linkplain Lookup#open opened}.
     */
    Lookup lookUp(CallContext context, Set<String> keys, int limit, boolean ssnCompared) {
        int budget = holderBudget(limit);
        Map<String, Integer> holders = holdersOf(context.session().clients(), keys, budget);
        List<String> held = keys.stream().filter(key -> holders.getOrDefault(key, 0) > 0)
                .sorted(Comparator.comparingInt((String key) -> holders.get(key)).thenComparing(Comparator.naturalOrder()))
                .toList();
        if (held.isEmpty()) {
            return new Lookup(List.of(), 0);
        }
        Set<String> selecting = new LinkedHashSet<>();
        Set<String> ranking = new LinkedHashSet<>();
        int selected = 0;
        for (String key : held) {
            int count = holders.get(key);
            boolean withinBudget = count <= COMMON_KEY_HOLDERS && selected + count <= budget;
            if (selecting.isEmpty() || withinBudget) {
                selecting.add(key);
                selected += count;
            } else {
                ranking.add(key);
            }
        }
        // When the selected holders are no more than the limit, every one comes back: ranking them changes nothing.
        Set<String> ranked = selected <= limit ? Set.of() : ranking;
        MatchKeyQuery query = new MatchKeyQuery(selecting, ClientVisibility.organizationsToQuery(context),
                context.principal().organizationId(), limit, ranked);
        ClientStore store = context.session().clients();
        if (!ssnCompared && store instanceof SealingClientStore sealing) {
            return new Lookup(sealing.findCandidatesUnopened(query), ranking.size(), sealing::open);
        }
        return new Lookup(store.findCandidatesByMatchKeys(query), ranking.size(), UnaryOperator.identity());
    }

    /**
     * The most holders the selecting keys of a lookup returning at most {@code limit} clients may
     * have together (a holder of two keys counted twice): half as many again as it returns, and
     * never fewer than {@value #LEAST_HOLDER_BUDGET}; past it, the commoner keys only rank (ADRs
     * 0132, 0154). A search's first page looks up 100, an intake check 200.
     */
    static int holderBudget(int limit) {
        return Math.max(LEAST_HOLDER_BUDGET, limit + limit / 2);
    }

    /**
     * How many clients hold each key, as far as the selection needs to know: counted up to the
     * lookup's budget first, since a key held by more clients than that selects only when it is the
     * rarest; counted again further, up to {@value #COMMON_KEY_HOLDERS}, only when every key held
     * is past the budget, to find the rarest (ADR 0151). Counting every key that far read twice as
     * many index entries of the common keys, and almost every lookup has a key within the budget.
     */
    private static Map<String, Integer> holdersOf(ClientStore store, Set<String> keys, int budget) {
        Map<String, Integer> holders = store.countByMatchKeys(keys, budget + 1);
        List<Integer> held = holders.values().stream().filter(count -> count > 0).toList();
        if (held.isEmpty() || held.stream().anyMatch(count -> count <= budget)) {
            return holders;
        }
        return store.countByMatchKeys(keys, COMMON_KEY_HOLDERS + 1);
    }

    /**
     * The clients a lookup found, and how many of its keys were too common to select by. A found
     * record may be unopened (its SSN sealed, which scoring reads as none): {@link #open} opens it
     * before it leaves the service.
     */
    record Lookup(List<ClientRecord> found, int commonKeys, UnaryOperator<ClientRecord> opener) {
        Lookup(List<ClientRecord> found, int commonKeys) {
            this(found, commonKeys, UnaryOperator.identity());
        }

        /** A record this lookup found, opened. */
        ClientRecord open(ClientRecord found) {
            return opener.apply(found);
        }
    }

    /** A person as the engine sees them, with their blocking keys. */
    record Indexed(MatchSubject subject, Set<String> blockingKeys) {
    }

    /** A client found for a described person, and how they compared. */
    record Candidate(ClientRecord record, ScoredPair match) {
    }
}
