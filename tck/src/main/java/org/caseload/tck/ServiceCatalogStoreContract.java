// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.CaseworkFixtures.serviceGroup;
import static org.caseload.tck.CaseworkFixtures.serviceType;
import static org.caseload.tck.TckFixtures.T0;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.List;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.casework.ServiceGroupRecord;
import org.caseload.spi.storage.casework.ServiceTypeRecord;
import org.caseload.spi.storage.casework.ServiceUnit;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.casework.ServiceCatalogStore}: an organization's service
 * groups and types, each type in an existing group, listed by name.
 */
public interface ServiceCatalogStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void groupsAndTypesOfEveryUnitAreStoredAtVersionOne() {
        Storage storage = storage();
        ServiceGroupRecord group = serviceGroup(unique("org"), "Basic needs").withVersion(2);
        List<ServiceTypeRecord> types = List.of(serviceType(group, "Bus pass", ServiceUnit.CURRENCY).withVersion(3),
                serviceType(group, "Counselling", ServiceUnit.TIME), serviceType(group, "Meal", ServiceUnit.COUNT));

        List<Object> inserted = storage.inTransaction(session -> List.of(session.serviceCatalog().insertGroup(group),
                session.serviceCatalog().insertType(types.get(0)), session.serviceCatalog().insertType(types.get(1)),
                session.serviceCatalog().insertType(types.get(2))));

        assertThat(inserted).containsExactly(group.withVersion(1), types.get(0).withVersion(1), types.get(1),
                types.get(2));
        inUnit(storage, session -> {
            assertThat(session.serviceCatalog().findGroup(group.id())).contains(group.withVersion(1));
            for (ServiceTypeRecord type : types) {
                assertThat(session.serviceCatalog().findType(type.id())).contains(type.withVersion(1));
            }
            assertThat(session.serviceCatalog().findGroup(unique("group"))).isEmpty();
            assertThat(session.serviceCatalog().findType(unique("type"))).isEmpty();
        });
    }

    @Test
    default void aTypeOfAnUnknownGroupIsNotFoundAndTheUnitGoesOn() {
        Storage storage = storage();
        ServiceGroupRecord unknown = serviceGroup(unique("org"), "Unknown");
        ServiceTypeRecord orphan = serviceType(unknown, "Orphan", ServiceUnit.COUNT);
        ServiceGroupRecord group = serviceGroup(unique("org"), "Known");

        inUnit(storage, session -> {
            assertThatThrownBy(() -> session.serviceCatalog().insertType(orphan))
                    .isInstanceOf(NotFoundException.class);
            session.serviceCatalog().insertGroup(group);
        });

        inUnit(storage, session -> {
            assertThat(session.serviceCatalog().findType(orphan.id())).isEmpty();
            assertThat(session.serviceCatalog().findGroup(group.id())).contains(group);
        });
    }

    @Test
    default void catalogInsertsOfExistingIdsFail() {
        Storage storage = storage();
        ServiceGroupRecord group = serviceGroup(unique("org"), "Basic needs");
        ServiceTypeRecord type = serviceType(group, "Meal", ServiceUnit.COUNT);
        inUnit(storage, session -> {
            session.serviceCatalog().insertGroup(group);
            session.serviceCatalog().insertType(type);
        });

        assertThatThrownBy(() -> storage.inTransaction(session -> session.serviceCatalog().insertGroup(
                new ServiceGroupRecord(group.id(), unique("org"), "Other", T0, 1))))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> storage.inTransaction(session -> session.serviceCatalog().insertType(
                new ServiceTypeRecord(type.id(), group.organizationId(), group.id(), "Other", ServiceUnit.TIME, T0, 1))))
                .isInstanceOf(StorageException.class);

        inUnit(storage, session -> {
            assertThat(session.serviceCatalog().findGroup(group.id())).contains(group);
            assertThat(session.serviceCatalog().findType(type.id())).contains(type);
        });
    }

    @Test
    default void anOrganizationsGroupsAndTypesAreListedByNameThenById() {
        Storage storage = storage();
        String org = unique("org");
        ServiceGroupRecord shelter = serviceGroup(org, "Shelter");
        ServiceGroupRecord basicNeeds = serviceGroup(org, "Basic needs");
        ServiceGroupRecord otherOrganization = serviceGroup(unique("org"), "Another");
        ServiceTypeRecord meal = serviceType(basicNeeds, "Meal", ServiceUnit.COUNT);
        ServiceTypeRecord bedNight = serviceType(shelter, "Bed night", ServiceUnit.COUNT);
        ServiceTypeRecord elsewhere = serviceType(otherOrganization, "Meal", ServiceUnit.COUNT);
        inUnit(storage, session -> {
            List.of(shelter, basicNeeds, otherOrganization).forEach(session.serviceCatalog()::insertGroup);
            List.of(meal, bedNight, elsewhere).forEach(session.serviceCatalog()::insertType);
        });

        inUnit(storage, session -> {
            assertThat(session.serviceCatalog().groupsOf(org)).containsExactly(basicNeeds, shelter);
            assertThat(session.serviceCatalog().typesOf(org)).containsExactly(bedNight, meal);
            assertThat(session.serviceCatalog().groupsOf(unique("org"))).isEmpty();
        });
    }

    @Test
    default void aUnitThatThrowsLeavesNoCatalogEntry() {
        Storage storage = storage();
        String org = unique("org");
        ServiceGroupRecord group = serviceGroup(org, "Dropped");
        ServiceTypeRecord type = serviceType(group, "Dropped", ServiceUnit.COUNT);

        inRolledBackUnit(storage, session -> {
            session.serviceCatalog().insertGroup(group);
            session.serviceCatalog().insertType(type);
        });

        inUnit(storage, session -> {
            assertThat(session.serviceCatalog().groupsOf(org)).isEmpty();
            assertThat(session.serviceCatalog().typesOf(org)).isEmpty();
        });
    }
}
