// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.sharing.ConsentDecision;
import org.caseload.spi.storage.sharing.ConsentRecord;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.sharing.ConsentStore}: decisions kept exactly, found by
 * client and by organization for several clients at once, revoked (never deleted) under the
 * version check.
 */
public interface ConsentStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    static ConsentRecord grant(String clientId, String organizationId, Instant recordedAt) {
        return new ConsentRecord(unique("consent"), clientId, organizationId, ConsentDecision.GRANTED,
                LocalDate.of(2026, 12, 31), unique("org"), unique("user"), recordedAt, null, null, 1);
    }

    static ConsentRecord refusal(String clientId, String organizationId, Instant recordedAt) {
        return new ConsentRecord(unique("consent"), clientId, organizationId, ConsentDecision.REFUSED, null,
                unique("org"), unique("user"), recordedAt, null, null, 1);
    }

    @Test
    default void consentInsertStoresEveryPartAtVersionOne() {
        Storage storage = storage();
        ConsentRecord grant = grant(unique("client"), unique("org"), at(2)).withVersion(4);
        ConsentRecord refusal = refusal(unique("client"), unique("org"), at(3));

        inUnit(storage, session -> {
            assertThat(session.consents().insert(grant)).isEqualTo(grant.withVersion(1));
            session.consents().insert(refusal);
        });

        assertThat(find(storage, grant.id())).contains(grant.withVersion(1));
        assertThat(find(storage, refusal.id())).contains(refusal);
    }

    @Test
    default void consentInsertOfAnExistingIdFails() {
        Storage storage = storage();
        ConsentRecord grant = grant(unique("client"), unique("org"), at(2));
        inUnit(storage, session -> session.consents().insert(grant));

        assertThatThrownBy(() -> inUnit(storage, session -> session.consents().insert(grant)))
                .isInstanceOf(StorageException.class);
    }

    @Test
    default void decisionsAreFoundByClientOldestFirst() {
        Storage storage = storage();
        String client = unique("client");
        ConsentRecord newer = grant(client, unique("org"), at(20));
        ConsentRecord older = refusal(client, unique("org"), at(10));
        ConsentRecord otherClient = grant(unique("client"), newer.organizationId(), at(15));
        inUnit(storage, session -> List.of(newer, older, otherClient).forEach(session.consents()::insert));

        assertThat(byClient(storage, client))
                .containsExactly(older, newer);
    }

    @Test
    default void decisionsAboutOneOrganizationAreFoundForSeveralClients() {
        Storage storage = storage();
        String org = unique("org");
        String first = unique("client");
        String second = unique("client");
        ConsentRecord firstGrant = grant(first, org, at(1));
        ConsentRecord secondRefusal = refusal(second, org, at(2));
        ConsentRecord firstOtherOrganization = grant(first, unique("org"), at(3));
        ConsentRecord thirdClient = grant(unique("client"), org, at(4));
        inUnit(storage, session -> List.of(firstGrant, secondRefusal, firstOtherOrganization, thirdClient)
                .forEach(session.consents()::insert));

        assertThat(byClientsFor(storage, List.of(second, first), org))
                .containsExactly(firstGrant, secondRefusal);
        assertThat(byClientsFor(storage, List.of(), org)).isEmpty();
    }

    @Test
    default void aRevokedDecisionIsKeptWithWhoRevokedItAndWhen() {
        Storage storage = storage();
        ConsentRecord grant = grant(unique("client"), unique("org"), at(1));
        inUnit(storage, session -> session.consents().insert(grant));
        ConsentRecord revoked = grant.withRevocation("worker-1", at(9));

        ConsentRecord stored = storage.<ConsentRecord>inTransaction(session -> session.consents().update(revoked));

        assertThat(stored).isEqualTo(revoked.withVersion(2));
        assertThat(find(storage, grant.id())).contains(stored);
    }

    @Test
    default void consentUpdateChecksTheVersionAndTheId() {
        Storage storage = storage();
        ConsentRecord grant = grant(unique("client"), unique("org"), at(1));
        inUnit(storage, session -> session.consents().insert(grant));

        assertThatThrownBy(() -> inUnit(storage, session -> session.consents()
                .update(grant.withRevocation("worker-1", at(9)).withVersion(2))))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> inUnit(storage, session -> session.consents()
                .update(grant(unique("client"), unique("org"), at(1)))))
                .isInstanceOf(NotFoundException.class);
        assertThat(find(storage, grant.id())).contains(grant);
    }

    @Test
    default void aRolledBackUnitLeavesNoDecisionBehind() {
        Storage storage = storage();
        ConsentRecord grant = grant(unique("client"), unique("org"), at(1));

        inRolledBackUnit(storage, session -> session.consents().insert(grant));

        assertThat(find(storage, grant.id())).isEmpty();
    }

    private static List<ConsentRecord> byClient(Storage storage, String clientId) {
        return storage.inTransaction(session -> session.consents().findByClient(clientId));
    }

    private static List<ConsentRecord> byClientsFor(Storage storage, List<String> clientIds, String organizationId) {
        return storage.inTransaction(session -> session.consents().findByClientsFor(clientIds, organizationId));
    }

    private static Optional<ConsentRecord> find(Storage storage, String id) {
        return storage.inTransaction(session -> session.consents().findById(id));
    }
}
