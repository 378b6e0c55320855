// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.everyKindOfFormValue;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.sparseClient;
import static org.caseload.tck.TckFixtures.unique;
import static org.caseload.tck.TckFixtures.withContactAndForms;
import static org.caseload.tck.TckFixtures.withIdentity;
import static org.caseload.tck.TckFixtures.withLastName;
import static org.caseload.tck.TckFixtures.withMatchKeys;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ContactInfo;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.clients.ClientStore}: every part of a client (identity,
 * demographics, contact and address history, custom form values) kept exactly, versioned writes
 * that replace a client whole, and the match-key lookup that client search retrieves its
 * candidates with.
 */
public interface ClientStoreContract {

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void insertStoresTheClientAtVersionOneAndReturnsItAsStored() {
        Storage storage = storage();
        ClientRecord client = client(unique("org"), "key-a").withVersion(42);

        ClientRecord inserted = storage.inTransaction(session -> session.clients().insert(client));

        assertThat(inserted).isEqualTo(client.withVersion(1));
        assertThat(findById(storage, client.id())).contains(inserted);
    }

    /**
     * What core hands a store on its way to rest: the SSN and sensitive form values as sealed text
     * (about a hundred characters, far longer than nine digits) and SSN match keys as HMACs with a
     * key id. A store keeps them as it keeps any text, and finds the client by such a key.
     */
    @Test
    default void sealedTextAndKeyedMatchKeysAreKeptExactlyAndFound() {
        Storage storage = storage();
        String sealed = "sealed:v1:key-2026:" + "AbC+/9".repeat(12) + "xQ==";
        String keyedMatchKey = "ssn@key-2026:" + "Ab-_9z".repeat(7) + "q";
        ClientRecord plain = client(unique("org"), keyedMatchKey, "name:ada");
        ClientRecord client = withIdentity(plain, new ClientIdentity(
                plain.identity().name(), plain.identity().nameQuality(), plain.identity().aliases(), sealed,
                SsnDataQuality.FULL, plain.identity().dateOfBirth(),
                plain.identity().dobQuality(), plain.identity().otherId()));
        ClientRecord withSealedForm = withContactAndForms(client, client.contact(), List.of(new FormValues("health", 1,
                Map.of("condition", FieldValue.text(sealed)))));
        inUnit(storage, session -> session.clients().insert(withSealedForm));

        assertThat(findById(storage, client.id())).contains(withSealedForm);
        List<ClientRecord> found = storage.inTransaction(session -> session.clients().findByMatchKeys(
                new MatchKeyQuery(Set.of(keyedMatchKey), Set.of(client.organizationId()), 10)));
        assertThat(found).extracting(ClientRecord::id).containsExactly(client.id());
    }

    @Test
    default void clientInsertKeepsAbsentOptionalFieldsAbsent() {
        Storage storage = storage();
        ClientRecord sparse = sparseClient(unique("client"), unique("org"));

        inUnit(storage, session -> session.clients().insert(sparse));

        assertThat(findById(storage, sparse.id())).contains(sparse);
    }

    @Test
    default void formValuesOfEveryKindComeBackExactlyWithTheirFormVersion() {
        Storage storage = storage();
        FormValues values = everyKindOfFormValue("intake", 7);
        ClientRecord client = withContactAndForms(sparseClient(unique("client"), unique("org")), ContactInfo.NONE,
                List.of(values, new FormValues("empty", 2, Map.of())));

        inUnit(storage, session -> session.clients().insert(client));

        ClientRecord read = findById(storage, client.id()).orElseThrow();
        assertThat(read.forms()).containsExactly(values, new FormValues("empty", 2, Map.of()));
        assertThat(((FieldValue.NumberValue) read.forms().get(0).values().get("amount")).number().scale())
                .isEqualTo(2);
        assertThat(((FieldValue.ChoicesValue) read.forms().get(0).values().get("needs")).options())
                .containsExactly("food", "bed", "clothes");
    }

    @Test
    default void clientUpdateReplacesAliasesAddressesAndFormValuesWhole() {
        Storage storage = storage();
        ClientRecord full = client(unique("org"), "key-a");
        ClientRecord sparse = sparseClient(unique("client"), full.organizationId());
        inUnit(storage, session -> {
            session.clients().insert(full);
            session.clients().insert(sparse);
        });

        ClientRecord emptied = storage.inTransaction(session -> session.clients().update(
                withIdentity(withContactAndForms(full, ContactInfo.NONE, List.of()), sparse.identity())));
        ClientRecord filled = storage.inTransaction(session -> session.clients().update(
                withIdentity(withContactAndForms(sparse, full.contact(), full.forms()), full.identity())));

        assertThat(findById(storage, full.id())).contains(emptied);
        assertThat(emptied.identity().aliases()).isEmpty();
        assertThat(findById(storage, sparse.id())).contains(filled);
        assertThat(filled.contact().addresses()).isEqualTo(full.contact().addresses());
        assertThat(filled.forms()).isEqualTo(full.forms());
    }

    /** Any client a store is given, it returns equal, whatever its parts hold. */
    @Property(tries = 30)
    default void anyClientComesBackExactlyAsWritten(@ForAll(supplier = GeneratedClients.class) ClientRecord client) {
        Storage storage = storage();

        inUnit(storage, session -> session.clients().insert(client));

        assertThat(findById(storage, client.id())).contains(client.withVersion(1));
    }

    @Test
    default void insertOfAnExistingIdFailsAndKeepsTheStoredClient() {
        Storage storage = storage();
        ClientRecord client = client(unique("org"), "key-a");
        inUnit(storage, session -> session.clients().insert(client));
        ClientRecord sameId = withLastName(client, "byron");

        assertThatThrownBy(() -> storage.inTransaction(session -> session.clients().insert(sameId)))
                .isInstanceOf(StorageException.class);

        assertThat(findById(storage, client.id())).contains(client);
    }

    @Test
    default void insertAllStoresEveryClientWholeAtVersionOneInTheOrderGiven() {
        Storage storage = storage();
        String organizationId = unique("org");
        String shared = unique("key");
        ClientRecord full = client(organizationId, shared, "key-a").withVersion(7);
        ClientRecord sparse = sparseClient(unique("client"), organizationId);
        ClientRecord withForms = withContactAndForms(client(organizationId, shared), full.contact(),
                List.of(everyKindOfFormValue("intake", 3)));

        List<ClientRecord> stored = storage.inTransaction(session ->
                session.clients().insertAll(List.of(full, sparse, withForms)));

        assertThat(stored).containsExactly(full.withVersion(1), sparse, withForms);
        assertThat(findById(storage, full.id())).contains(full.withVersion(1));
        assertThat(findById(storage, sparse.id())).contains(sparse);
        assertThat(findById(storage, withForms.id())).contains(withForms);
        assertThat(findByMatchKeys(storage, Set.of(shared), Set.of(), 10)).extracting(ClientRecord::id)
                .containsExactlyInAnyOrder(full.id(), withForms.id());
        List<ClientRecord> none = storage.inTransaction(session -> session.clients().insertAll(List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    default void insertAllWithAnIdTakenFailsAndStoresNoneOfTheClients() {
        Storage storage = storage();
        ClientRecord existing = client(unique("org"), "key-a");
        inUnit(storage, session -> session.clients().insert(existing));
        ClientRecord added = client(existing.organizationId(), "key-a");

        assertThatThrownBy(() -> inUnit(storage, session ->
                session.clients().insertAll(List.of(added, withLastName(existing, "byron")))))
                .isInstanceOf(StorageException.class);

        assertThat(findById(storage, added.id())).isEmpty();
        assertThat(findById(storage, existing.id())).contains(existing);
    }

    @Test
    default void findByIdOfAnUnknownClientIsEmpty() {
        assertThat(findById(storage(), unique("client"))).isEmpty();
    }

    @Test
    default void clientUpdateStoresTheNextVersionAndReturnsItAsStored() {
        Storage storage = storage();
        ClientRecord client = client(unique("org"), "key-a");
        inUnit(storage, session -> session.clients().insert(client));

        ClientRecord second = storage.inTransaction(session ->
                session.clients().update(withLastName(client, "byron")));
        ClientRecord third = storage.inTransaction(session ->
                session.clients().update(withLastName(second, "king")));

        assertThat(second).isEqualTo(withLastName(client, "byron").withVersion(2));
        assertThat(third).isEqualTo(withLastName(client, "king").withVersion(3));
        assertThat(findById(storage, client.id())).contains(third);
    }

    @Test
    default void clientUpdateWithAStaleOrFutureVersionFailsAndWritesNothing() {
        Storage storage = storage();
        String oldKey = unique("key");
        String otherKey = unique("key");
        ClientRecord client = client(unique("org"), oldKey);
        ClientRecord current = storage.inTransaction(session -> {
            session.clients().insert(client);
            return session.clients().update(withLastName(client, "byron"));
        });

        inUnit(storage, session -> {
            for (long wrongVersion : new long[] {1, 3}) {
                ClientRecord attempt = withContactAndForms(withMatchKeys(withLastName(current, "king"), otherKey),
                        ContactInfo.NONE, List.of()).withVersion(wrongVersion);
                assertThatThrownBy(() -> session.clients().update(attempt))
                        .isInstanceOf(ConcurrentModificationException.class);
            }
        });

        assertThat(findById(storage, client.id())).contains(current);
        assertThat(findByMatchKeys(storage, Set.of(otherKey), Set.of(), 10)).isEmpty();
        assertThat(findByMatchKeys(storage, Set.of(oldKey), Set.of(), 10)).containsExactly(current);
    }

    @Test
    default void updateOfAnUnknownClientFailsWithNotFound() {
        Storage storage = storage();
        ClientRecord unknown = client(unique("org"), "key-a");

        assertThatThrownBy(() -> storage.inTransaction(session -> session.clients().update(unknown)))
                .isInstanceOf(NotFoundException.class);

        assertThat(findById(storage, unknown.id())).isEmpty();
    }

    @Test
    default void findByMatchKeysReturnsOnlyClientsHavingOneOfTheKeys() {
        Storage storage = storage();
        String org = unique("org");
        String keyA = unique("key");
        String keyB = unique("key");
        ClientRecord withA = client(org, keyA);
        ClientRecord withB = client(org, keyB, unique("key"));
        ClientRecord withNeither = client(org, unique("key"));
        ClientRecord withNoKeys = client(org);
        inUnit(storage, session -> List.of(withA, withB, withNeither, withNoKeys)
                .forEach(session.clients()::insert));

        assertThat(findByMatchKeys(storage, Set.of(keyA, keyB), Set.of(), 10))
                .containsExactlyInAnyOrder(withA, withB);
        assertThat(findByMatchKeys(storage, Set.of(unique("key")), Set.of(), 10)).isEmpty();
    }

    @Test
    default void findByMatchKeysOrdersByMatchingKeysThenById() {
        Storage storage = storage();
        String org = unique("org");
        String prefix = unique("client");
        String keyA = unique("key");
        String keyB = unique("key");
        String keyC = unique("key");
        ClientRecord oneKeyB = client(prefix + "-b", org, Set.of(keyC));
        ClientRecord threeKeys = client(prefix + "-z", org, Set.of(keyA, keyB, keyC, unique("key")));
        ClientRecord oneKeyA = client(prefix + "-a", org, Set.of(keyA));
        ClientRecord twoKeysD = client(prefix + "-d", org, Set.of(keyA, keyC));
        ClientRecord twoKeysC = client(prefix + "-c", org, Set.of(keyB, keyC));
        inUnit(storage, session -> List.of(oneKeyB, threeKeys, oneKeyA, twoKeysD, twoKeysC)
                .forEach(session.clients()::insert));

        assertThat(findByMatchKeys(storage, Set.of(keyA, keyB, keyC), Set.of(), 10))
                .containsExactly(threeKeys, twoKeysC, twoKeysD, oneKeyA, oneKeyB);
    }

    @Test
    default void findByMatchKeysLooksOnlyInTheQueriedOrganizationsOrInAllWhenNoneIsGiven() {
        Storage storage = storage();
        String key = unique("key");
        String orgA = unique("org");
        String orgB = unique("org");
        String orgC = unique("org");
        ClientRecord inA = client(orgA, key);
        ClientRecord inB = client(orgB, key);
        ClientRecord inC = client(orgC, key);
        inUnit(storage, session -> List.of(inA, inB, inC).forEach(session.clients()::insert));

        assertThat(findByMatchKeys(storage, Set.of(key), Set.of(orgA), 10)).containsExactly(inA);
        assertThat(findByMatchKeys(storage, Set.of(key), Set.of(orgA, orgC), 10))
                .containsExactlyInAnyOrder(inA, inC);
        assertThat(findByMatchKeys(storage, Set.of(key), Set.of(unique("org")), 10)).isEmpty();
        assertThat(findByMatchKeys(storage, Set.of(key), Set.of(), 10)).containsExactlyInAnyOrder(inA, inB, inC);
    }

    @Test
    default void findByMatchKeysReturnsAtMostTheLimitOfTheBestCandidatesOfTheQueriedOrganizations() {
        Storage storage = storage();
        String keyA = unique("key");
        String keyB = unique("key");
        String org = unique("org");
        String prefix = unique("client");
        ClientRecord elsewhereBothKeys = client(prefix + "-0", unique("org"), Set.of(keyA, keyB));
        ClientRecord bothKeys = client(prefix + "-c", org, Set.of(keyA, keyB));
        ClientRecord oneKeyFirst = client(prefix + "-a", org, Set.of(keyB));
        ClientRecord oneKeySecond = client(prefix + "-b", org, Set.of(keyA));
        inUnit(storage, session -> List.of(elsewhereBothKeys, oneKeySecond, bothKeys, oneKeyFirst)
                .forEach(session.clients()::insert));

        assertThat(findByMatchKeys(storage, Set.of(keyA, keyB), Set.of(org), 2))
                .containsExactly(bothKeys, oneKeyFirst);
        assertThat(findByMatchKeys(storage, Set.of(keyA, keyB), Set.of(org), 1)).containsExactly(bothKeys);
    }

    /**
     * A lookup that leaves keys too common to select by to the ranking: a client holding only
     * those is no candidate, and each key a candidate holds counts once, whether it selects or
     * only ranks.
     */
    @Test
    default void rankingKeysCountInTheRankingButMakeNoClientACandidate() {
        Storage storage = storage();
        String org = unique("org");
        String prefix = unique("client");
        String selecting = unique("key");
        String common = unique("key");
        String otherCommon = unique("key");
        ClientRecord selectedOnly = client(prefix + "-a", org, Set.of(selecting));
        ClientRecord selectedAndBothCommon = client(prefix + "-z", org, Set.of(selecting, common, otherCommon));
        ClientRecord commonOnly = client(prefix + "-b", org, Set.of(common, otherCommon));
        ClientRecord selectedAndOneCommon = client(prefix + "-c", org, Set.of(selecting, otherCommon));
        ClientRecord elsewhere = client(prefix + "-0", unique("org"), Set.of(selecting, common));
        inUnit(storage, session -> List.of(selectedOnly, selectedAndBothCommon, commonOnly, selectedAndOneCommon,
                elsewhere).forEach(session.clients()::insert));

        assertThat(find(storage, new MatchKeyQuery(Set.of(selecting), Set.of(org), null, 10,
                Set.of(common, otherCommon)))).containsExactly(selectedAndBothCommon, selectedAndOneCommon, selectedOnly);
        assertThat(find(storage, new MatchKeyQuery(Set.of(selecting), Set.of(), null, 2,
                Set.of(common, otherCommon)))).containsExactly(selectedAndBothCommon, elsewhere);
        assertThat(find(storage, new MatchKeyQuery(Set.of(selecting), Set.of(org), null, 10,
                Set.of(selecting, common)))).containsExactly(selectedAndBothCommon, selectedOnly, selectedAndOneCommon);
        assertThat(find(storage, new MatchKeyQuery(Set.of(unique("key")), Set.of(), null, 10,
                Set.of(common, otherCommon)))).isEmpty();
    }

    /**
     * Each selecting key a candidate holds counts in the ranking beside the ranking keys it holds,
     * and the ranking keys are those the client holds since its last update.
     */
    @Test
    default void aCandidateRanksByEverySelectingAndRankingKeyItHoldsSinceItsLastUpdate() {
        Storage storage = storage();
        String org = unique("org");
        String prefix = unique("client");
        String first = unique("key");
        String second = unique("key");
        String common = unique("key");
        ClientRecord bothSelecting = client(prefix + "-c", org, Set.of(first, second));
        ClientRecord oneOfEach = client(prefix + "-b", org, Set.of(second, common));
        ClientRecord oneSelecting = client(prefix + "-a", org, Set.of(first));
        inUnit(storage, session -> session.clients().insertAll(List.of(bothSelecting, oneOfEach, oneSelecting)));
        MatchKeyQuery query = new MatchKeyQuery(Set.of(first, second), Set.of(org), null, 10, Set.of(common));

        assertThat(find(storage, query)).extracting(ClientRecord::id)
                .containsExactly(oneOfEach.id(), bothSelecting.id(), oneSelecting.id());

        inUnit(storage, session -> {
            session.clients().update(withMatchKeys(oneOfEach, second));
            session.clients().update(withMatchKeys(oneSelecting, first, common));
        });

        assertThat(find(storage, query)).extracting(ClientRecord::id)
                .containsExactly(oneSelecting.id(), bothSelecting.id(), oneOfEach.id());
    }

    /** The candidates of a lookup are the clients it finds, in its order, each without its match keys. */
    @Test
    default void findCandidatesByMatchKeysFindsWhatFindByMatchKeysFindsWithoutTheirMatchKeys() {
        Storage storage = storage();
        String org = unique("org");
        String selecting = unique("key");
        String ranking = unique("key");
        ClientRecord one = client(org, selecting);
        ClientRecord two = client(org, selecting, ranking);
        ClientRecord elsewhere = client(unique("org"), selecting, ranking);
        inUnit(storage, session -> session.clients().insertAll(List.of(one, two, elsewhere)));
        MatchKeyQuery query = new MatchKeyQuery(Set.of(selecting), Set.of(org), null, 10, Set.of(ranking));

        List<ClientRecord> candidates = storage.inTransaction(session ->
                session.clients().findCandidatesByMatchKeys(query));

        assertThat(candidates).containsExactly(two.withoutMatchKeys(), one.withoutMatchKeys());
        assertThat(candidates).allSatisfy(candidate -> assertThat(candidate.matchKeys()).isEmpty());
        assertThat(find(storage, query)).containsExactly(two, one);
    }

    @Test
    default void countByMatchKeysCountsTheHoldersOfEachKeyUpToTheBound() {
        Storage storage = storage();
        String rare = unique("key");
        String common = unique("key");
        String unknown = unique("key");
        ClientRecord target = client(unique("org"), rare, common);
        ClientRecord merged = client(unique("org"), common).withMergedInto(target.id(), target.updatedAt());
        inUnit(storage, session -> List.of(target, client(unique("org"), common), merged)
                .forEach(session.clients()::insert));

        assertThat(count(storage, Set.of(rare, common, unknown), 10)).isEqualTo(Map.of(rare, 1, common, 3, unknown, 0));
        assertThat(count(storage, Set.of(rare, common, unknown), 2)).isEqualTo(Map.of(rare, 1, common, 2, unknown, 0));
        assertThat(count(storage, Set.of(), 2)).isEmpty();
    }

    @Test
    default void anUpdateThatChangesMatchKeysMovesTheClientInTheIndex() {
        Storage storage = storage();
        String kept = unique("key");
        String dropped = unique("key");
        String added = unique("key");
        ClientRecord client = client(unique("org"), kept, dropped);
        inUnit(storage, session -> session.clients().insert(client));

        ClientRecord updated = storage.inTransaction(session ->
                session.clients().update(withMatchKeys(client, kept, added)));

        assertThat(findByMatchKeys(storage, Set.of(dropped), Set.of(), 10)).isEmpty();
        assertThat(findByMatchKeys(storage, Set.of(kept), Set.of(), 10)).containsExactly(updated);
        assertThat(findByMatchKeys(storage, Set.of(added), Set.of(), 10)).containsExactly(updated);
    }

    private static Optional<ClientRecord> findById(Storage storage, String id) {
        return storage.inTransaction(session -> session.clients().findById(id));
    }

    private static Map<String, Integer> count(Storage storage, Set<String> keys, int atMost) {
        return storage.inTransaction(session -> session.clients().countByMatchKeys(keys, atMost));
    }

    private static List<ClientRecord> find(Storage storage, MatchKeyQuery query) {
        return storage.inTransaction(session -> session.clients().findByMatchKeys(query));
    }

    private static List<ClientRecord> findByMatchKeys(Storage storage, Set<String> keys, Set<String> organizationIds,
                                                      int limit) {
        return storage.inTransaction(session ->
                session.clients().findByMatchKeys(new MatchKeyQuery(keys, organizationIds, limit)));
    }
}
