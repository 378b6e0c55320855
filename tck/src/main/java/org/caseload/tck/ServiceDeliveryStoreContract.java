// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.tck.CaseworkFixtures.day;
import static org.caseload.tck.CaseworkFixtures.delivery;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.casework.ServiceDeliveryStore;
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
        ClientHistoryChecks.insertStoresItAtVersionOne(storage(), kit());
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
        ClientHistoryChecks.insertOfAnExistingIdFailsAndKeepsTheStoredRecord(storage(), kit());
    }

    @Test
    default void deliveryUpdateStoresTheNextVersion() {
        ClientHistoryChecks.updateStoresTheNextVersion(storage(), kit());
    }

    @Test
    default void deliveryUpdateAndDeleteWithAStaleVersionFailAndWriteNothing() {
        ClientHistoryChecks.updateAndDeleteWithAStaleVersionFailAndWriteNothing(storage(), kit());
    }

    @Test
    default void unknownDeliveriesCannotBeUpdatedOrDeleted() {
        ClientHistoryChecks.unknownRecordsCannotBeUpdatedOrDeleted(storage(), kit());
    }

    @Test
    default void deleteRemovesTheDelivery() {
        ClientHistoryChecks.deleteRemovesTheRecord(storage(), kit());
    }

    @Test
    default void findByClientReturnsLatestDeliveryFirstThenLatestCreatedThenByIdInTheOrganizationsAskedFor() {
        ClientHistoryChecks.findByClientListsNewestFirst(storage(), kit());
    }

    @Test
    default void aUnitThatThrowsLeavesNoDeliveryChange() {
        ClientHistoryChecks.aUnitThatThrowsLeavesNoChange(storage(), kit());
    }

    private static ServiceDeliveryRecord withValue(ServiceDeliveryRecord delivery, BigDecimal value) {
        return delivery.withValue(value, delivery.deliveredOn(), delivery.updatedAt());
    }

    private static ClientHistoryChecks.Kit<ServiceDeliveryRecord> kit() {
        return new ClientHistoryChecks.Kit<>(
                session -> {
                    ServiceDeliveryStore deliveries = session.serviceDeliveries();
                    return new ClientHistoryChecks.Store<>(deliveries::insert, deliveries::update, deliveries::delete,
                            deliveries::findById, deliveries::findByClient);
                },
                CaseworkFixtures::delivery,
                (delivery, date, updatedAt) -> delivery.withValue(delivery.value().add(BigDecimal.TEN), date,
                        updatedAt),
                ServiceDeliveryRecord::id, ServiceDeliveryRecord::withVersion);
    }

    private static Optional<ServiceDeliveryRecord> findById(Storage storage, String id) {
        return kit().findById(storage, id);
    }
}
