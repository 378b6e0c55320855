// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.CaseworkFixtures.day;
import static org.caseload.tck.CaseworkFixtures.delivery;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.casework.ClientHistoryQuery;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.casework.ServiceDeliveryStore}: values kept exactly,
 * versioned corrections and deletes, and a client's deliveries newest first.
 */
public interface ServiceDeliveryStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void deliveryInsertStoresItAtVersionOne() {
        Storage storage = storage();
        ServiceDeliveryRecord delivery = delivery(unique("org"), unique("client"), day(0), at(0)).withVersion(6);

        ServiceDeliveryRecord inserted = storage.inTransaction(session -> session.serviceDeliveries().insert(delivery));

        assertThat(inserted).isEqualTo(delivery.withVersion(1));
        assertThat(findById(storage, delivery.id())).contains(inserted);
    }

    @Test
    default void valuesReadBackExactlyFromTheSmallestToTheLargest() {
        Storage storage = storage();
        String client = unique("client");
        List<ServiceDeliveryRecord> written = List.of("0.01", "1", "12.5", "9999999999999.99").stream()
                .map(value -> withValue(delivery(unique("org"), client, day(0), at(0)), new BigDecimal(value)))
                .toList();

        inUnit(storage, session -> written.forEach(session.serviceDeliveries()::insert));

        for (ServiceDeliveryRecord delivery : written) {
            assertThat(findById(storage, delivery.id())).contains(delivery);
        }
    }

    @Test
    default void deliveryInsertKeepsAnAbsentEnrollmentAbsent() {
        Storage storage = storage();
        ServiceDeliveryRecord full = delivery(unique("org"), unique("client"), day(0), at(0));
        ServiceDeliveryRecord sparse = new ServiceDeliveryRecord(full.id(), full.organizationId(), full.clientId(),
                null, full.serviceTypeId(), full.value(), full.deliveredOn(), full.recordedBy(), full.createdAt(),
                at(1), 1);

        inUnit(storage, session -> session.serviceDeliveries().insert(sparse));

        assertThat(findById(storage, sparse.id())).contains(sparse);
    }

    @Test
    default void deliveryInsertOfAnExistingIdFailsAndKeepsTheStoredDelivery() {
        Storage storage = storage();
        ServiceDeliveryRecord delivery = delivery(unique("org"), unique("client"), day(0), at(0));
        inUnit(storage, session -> session.serviceDeliveries().insert(delivery));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.serviceDeliveries().insert(
                delivery(delivery.id(), unique("org"), unique("client"), day(1), at(1)))))
                .isInstanceOf(StorageException.class);

        assertThat(findById(storage, delivery.id())).contains(delivery);
    }

    @Test
    default void deliveryUpdateStoresTheNextVersion() {
        Storage storage = storage();
        ServiceDeliveryRecord delivery = delivery(unique("org"), unique("client"), day(0), at(0));
        inUnit(storage, session -> session.serviceDeliveries().insert(delivery));
        ServiceDeliveryRecord corrected = delivery.withValue(new BigDecimal("40"), day(1), at(5));

        ServiceDeliveryRecord updated = storage.inTransaction(session -> session.serviceDeliveries().update(corrected));

        assertThat(updated).isEqualTo(corrected.withVersion(2));
        assertThat(findById(storage, delivery.id())).contains(updated);
    }

    @Test
    default void deliveryUpdateAndDeleteWithAStaleVersionFailAndWriteNothing() {
        Storage storage = storage();
        ServiceDeliveryRecord delivery = delivery(unique("org"), unique("client"), day(0), at(0));
        ServiceDeliveryRecord current = storage.inTransaction(session -> {
            session.serviceDeliveries().insert(delivery);
            return session.serviceDeliveries().update(delivery.withValue(BigDecimal.TEN, day(0), at(1)));
        });

        inUnit(storage, session -> {
            for (long wrongVersion : new long[] {1, 3}) {
                ServiceDeliveryRecord attempt = current.withValue(BigDecimal.ONE, day(2), at(2)).withVersion(wrongVersion);
                assertThatThrownBy(() -> session.serviceDeliveries().update(attempt))
                        .isInstanceOf(ConcurrentModificationException.class);
                assertThatThrownBy(() -> session.serviceDeliveries().delete(delivery.id(), wrongVersion))
                        .isInstanceOf(ConcurrentModificationException.class);
            }
        });

        assertThat(findById(storage, delivery.id())).contains(current);
    }

    @Test
    default void unknownDeliveriesCannotBeUpdatedOrDeleted() {
        Storage storage = storage();
        ServiceDeliveryRecord unknown = delivery(unique("org"), unique("client"), day(0), at(0));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.serviceDeliveries().update(unknown)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> storage.inTransaction(session -> {
            session.serviceDeliveries().delete(unknown.id(), 1);
            return null;
        })).isInstanceOf(NotFoundException.class);

        assertThat(findById(storage, unknown.id())).isEmpty();
    }

    @Test
    default void deleteRemovesTheDelivery() {
        Storage storage = storage();
        String client = unique("client");
        ServiceDeliveryRecord delivery = delivery(unique("org"), client, day(0), at(0));
        inUnit(storage, session -> session.serviceDeliveries().insert(delivery));

        inUnit(storage, session -> session.serviceDeliveries().delete(delivery.id(), 1));

        assertThat(findById(storage, delivery.id())).isEmpty();
        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(), 10))).isEmpty();
    }

    @Test
    default void findByClientReturnsLatestDeliveryFirstThenLatestCreatedThenByIdInTheOrganizationsAskedFor() {
        Storage storage = storage();
        String org = unique("org");
        String client = unique("client");
        String prefix = unique("delivery");
        ServiceDeliveryRecord oldest = delivery(prefix + "-a", org, client, day(1), at(50));
        ServiceDeliveryRecord latestEarlierCreated = delivery(prefix + "-b", org, client, day(9), at(10));
        ServiceDeliveryRecord latestLaterCreatedSecondById = delivery(prefix + "-d", org, client, day(9), at(20));
        ServiceDeliveryRecord latestLaterCreatedFirstById = delivery(prefix + "-c", org, client, day(9), at(20));
        ServiceDeliveryRecord otherOrganization = delivery(unique("org"), client, day(3), at(3));
        ServiceDeliveryRecord otherClient = delivery(org, unique("client"), day(5), at(5));
        inUnit(storage, session -> List.of(oldest, latestEarlierCreated, latestLaterCreatedSecondById,
                latestLaterCreatedFirstById, otherOrganization, otherClient)
                .forEach(session.serviceDeliveries()::insert));

        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(org), 10))).containsExactly(
                latestLaterCreatedFirstById, latestLaterCreatedSecondById, latestEarlierCreated, oldest);
        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(), 10))).containsExactly(
                latestLaterCreatedFirstById, latestLaterCreatedSecondById, latestEarlierCreated, otherOrganization,
                oldest);
        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(), 1)))
                .containsExactly(latestLaterCreatedFirstById);
    }

    @Test
    default void aUnitThatThrowsLeavesNoDeliveryChange() {
        Storage storage = storage();
        String client = unique("client");
        ServiceDeliveryRecord corrected = delivery(unique("org"), client, day(0), at(0));
        ServiceDeliveryRecord deleted = delivery(unique("org"), client, day(1), at(1));
        ServiceDeliveryRecord inserted = delivery(unique("org"), client, day(2), at(2));
        inUnit(storage, session -> List.of(corrected, deleted).forEach(session.serviceDeliveries()::insert));

        inRolledBackUnit(storage, session -> {
            session.serviceDeliveries().insert(inserted);
            session.serviceDeliveries().update(corrected.withValue(BigDecimal.ONE, day(0), at(3)));
            session.serviceDeliveries().delete(deleted.id(), 1);
        });

        assertThat(findByClient(storage, new ClientHistoryQuery(client, Set.of(), 10)))
                .containsExactly(deleted, corrected);
    }

    private static ServiceDeliveryRecord withValue(ServiceDeliveryRecord delivery, BigDecimal value) {
        return delivery.withValue(value, delivery.deliveredOn(), delivery.updatedAt());
    }

    private static Optional<ServiceDeliveryRecord> findById(Storage storage, String id) {
        return storage.inTransaction(session -> session.serviceDeliveries().findById(id));
    }

    private static List<ServiceDeliveryRecord> findByClient(Storage storage, ClientHistoryQuery query) {
        return storage.inTransaction(session -> session.serviceDeliveries().findByClient(query));
    }
}
