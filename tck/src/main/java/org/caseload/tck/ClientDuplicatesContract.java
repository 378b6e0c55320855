// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.client;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientLinkRecord;
import org.caseload.spi.storage.clients.ClientMergeRecord;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.spi.storage.casework.HouseholdMembership;
import org.caseload.spi.storage.clients.MatchKeyQuery;
import org.caseload.spi.storage.clients.MovedRecord;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * What duplicate handling needs of the stores: a client's identifier from another system, its
 * restricted and merged marks, walking an organization's clients in pages, restricted clients
 * left out of other organizations' lookups, and the {@link org.caseload.spi.storage.clients.ClientMergeStore}
 * and {@link org.caseload.spi.storage.clients.ClientLinkStore}.
 */
public interface ClientDuplicatesContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void aClientKeepsItsOtherIdRestrictedMarkAndMergedInto() {
        Storage storage = storage();
        ClientRecord plain = client(unique("org"));
        ClientIdentity identity = plain.identity();
        ClientRecord marked = new ClientRecord(plain.id(), plain.organizationId(), new ClientIdentity(identity.name(),
                identity.nameQuality(), identity.aliases(), identity.ssn(), identity.ssnQuality(),
                identity.dateOfBirth(), identity.dobQuality(), "PID-0042"), plain.demographics(), plain.contact(),
                plain.forms(), plain.matchKeys(), true, unique("client"), plain.createdAt(), plain.updatedAt(), 1);

        inUnit(storage, session -> session.clients().insert(marked));

        assertThat(storage.inTransaction(session -> session.clients().findById(marked.id())).orElseThrow())
                .isEqualTo(marked);
        ClientRecord unmerged = marked.withMergedInto(null, at(9));
        ClientRecord updated = storage.inTransaction(session -> session.clients().update(unmerged));
        assertThat(storage.inTransaction(session -> session.clients().findById(marked.id())).orElseThrow())
                .isEqualTo(updated);
        assertThat(updated.mergedInto()).isNull();
        assertThat(updated.restricted()).isTrue();
    }

    @Test
    default void aScanWalksTheOrganizationsClientsInIdOrderPageByPage() {
        Storage storage = storage();
        String org = unique("org");
        List<ClientRecord> inOrg = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ClientRecord client = client(org);
            inOrg.add(client);
            inUnit(storage, session -> session.clients().insert(client));
        }
        inUnit(storage, session -> session.clients().insert(client(unique("org"))));

        List<String> walked = new ArrayList<>();
        String after = null;
        List<ClientRecord> page;
        do {
            String from = after;
            page = storage.inTransaction(session -> session.clients().scan(new ClientScan(Set.of(org), from, 3)));
            page.forEach(client -> walked.add(client.id()));
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == 3);

        assertThat(walked).containsExactlyElementsOf(inOrg.stream().map(ClientRecord::id).sorted().toList());
    }

    @Test
    default void aRestrictedClientIsFoundByMatchKeysOnlyForItsOwnOrganization() {
        Storage storage = storage();
        String key = unique("key");
        String org = unique("org");
        ClientRecord open = client(unique("org"), key);
        ClientRecord base = client(org, key);
        ClientRecord restricted = new ClientRecord(base.id(), org, base.identity(), base.demographics(),
                base.contact(), base.forms(), base.matchKeys(), true, null, base.createdAt(), base.updatedAt(), 1);
        inUnit(storage, session -> {
            session.clients().insert(open);
            session.clients().insert(restricted);
        });

        List<ClientRecord> forAnother = lookUp(storage, new MatchKeyQuery(Set.of(key), Set.of(), unique("org"), 1));
        List<ClientRecord> forItsOwn = lookUp(storage, new MatchKeyQuery(Set.of(key), Set.of(), org, 10));
        List<ClientRecord> forNone = lookUp(storage, new MatchKeyQuery(Set.of(key), Set.of(), null, 10));

        assertThat(forAnother).containsExactly(open);
        assertThat(forItsOwn).containsExactlyInAnyOrder(open, restricted);
        assertThat(forNone).containsExactly(open);
    }

    private static List<ClientRecord> lookUp(Storage storage, MatchKeyQuery query) {
        return storage.inTransaction(session -> session.clients().findByMatchKeys(query));
    }

    @Test
    default void aMergeKeepsWhatItMovedInOrderAndIsUndoneOnce() {
        Storage storage = storage();
        List<HouseholdMembership> before = List.of(
                new HouseholdMembership(unique("client"), RelationshipToHeadOfHousehold.SELF, true),
                new HouseholdMembership(unique("client"), RelationshipToHeadOfHousehold.CHILD, false));
        ClientMergeRecord merge = new ClientMergeRecord(unique("merge"), unique("org"), unique("client"),
                unique("client"), List.of(new MovedRecord("enrollment", unique("enrollment"), 2, List.of()),
                        new MovedRecord("household", unique("household"), 5, before),
                        new MovedRecord("caseNote", unique("note"), 3, List.of())),
                "same person", "user-1", at(10), null, null, 4);

        ClientMergeRecord stored = storage.inTransaction(session -> session.clientMerges().insert(merge));

        assertThat(stored).isEqualTo(new ClientMergeRecord(merge.id(), merge.organizationId(), merge.sourceClientId(),
                merge.targetClientId(), merge.moved(), merge.reason(), merge.mergedBy(), merge.mergedAt(), null, null, 1));
        assertThat(mergeById(storage, merge.id())).contains(stored);

        ClientMergeRecord undone = storage.inTransaction(session ->
                session.clientMerges().update(stored.undone("user-2", at(20))));

        assertThat(undone).isEqualTo(new ClientMergeRecord(merge.id(), merge.organizationId(), merge.sourceClientId(),
                merge.targetClientId(), merge.moved(), merge.reason(), merge.mergedBy(), merge.mergedAt(), "user-2",
                at(20), 2));
        assertThatThrownBy(() -> storage.inTransaction(session ->
                session.clientMerges().update(stored.undone("user-3", at(30)))))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> storage.inTransaction(session -> session.clientMerges().update(
                new ClientMergeRecord(unique("merge"), "org", "a", "b", List.of(), "r", "u", at(1), "u", at(2), 1))))
                .isInstanceOf(NotFoundException.class);
        assertThat(mergeById(storage, merge.id())).contains(undone);
    }

    @Test
    default void aMergeInARolledBackUnitLeavesNothing() {
        Storage storage = storage();
        ClientMergeRecord merge = new ClientMergeRecord(unique("merge"), unique("org"), unique("client"),
                unique("client"), List.of(new MovedRecord("enrollment", unique("enrollment"), 2, List.of())),
                "same person", "user-1", at(10), null, null, 1);

        inRolledBackUnit(storage, session -> session.clientMerges().insert(merge));

        assertThat(mergeById(storage, merge.id())).isEmpty();
    }

    @Test
    default void linksAreFoundFromEitherClientAndByOrganizationAndDeletedOnce() {
        Storage storage = storage();
        String org = unique("org");
        String a = "a-" + unique("client");
        String b = "b-" + unique("client");
        String c = "c-" + unique("client");
        ClientLinkRecord ab = new ClientLinkRecord(unique("link"), org, a, b, "same person", "user-1", at(1));
        ClientLinkRecord bc = new ClientLinkRecord(unique("link"), unique("org"), b, c, "same person", "user-2", at(2));
        inUnit(storage, session -> {
            session.clientLinks().insert(ab);
            session.clientLinks().insert(bc);
        });

        assertThat(linkById(storage, ab.id())).contains(ab);
        assertThat(linksOf(storage, b))
                .containsExactlyElementsOf(List.of(ab, bc).stream()
                        .sorted(java.util.Comparator.comparing(ClientLinkRecord::id)).toList());
        assertThat(linksOf(storage, a)).containsExactly(ab);
        assertThat(linksIn(storage, Set.of(org)))
                .containsExactly(ab);
        assertThat(linksIn(storage, Set.of()))
                .contains(ab, bc);
        assertThatThrownBy(() -> inUnit(storage, session -> session.clientLinks().insert(
                new ClientLinkRecord(unique("link"), org, a, b, "again", "user-1", at(3)))))
                .isInstanceOf(StorageException.class);

        inUnit(storage, session -> session.clientLinks().delete(ab.id()));

        assertThat(linksOf(storage, a)).isEmpty();
        assertThatThrownBy(() -> inUnit(storage, session -> session.clientLinks().delete(ab.id())))
                .isInstanceOf(NotFoundException.class);
    }

    private static java.util.Optional<ClientMergeRecord> mergeById(Storage storage, String id) {
        return storage.inTransaction(session -> session.clientMerges().findById(id));
    }

    private static java.util.Optional<ClientLinkRecord> linkById(Storage storage, String id) {
        return storage.inTransaction(session -> session.clientLinks().findById(id));
    }

    private static List<ClientLinkRecord> linksOf(Storage storage, String clientId) {
        return storage.inTransaction(session -> session.clientLinks().findByClient(clientId));
    }

    private static List<ClientLinkRecord> linksIn(Storage storage, Set<String> organizationIds) {
        return storage.inTransaction(session -> session.clientLinks().findByOrganizations(organizationIds));
    }
}
