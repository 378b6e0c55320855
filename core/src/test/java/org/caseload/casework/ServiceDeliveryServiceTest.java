// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.casework.CaseworkTestBed.ADMIN_A;
import static org.caseload.casework.CaseworkTestBed.ADMIN_B;
import static org.caseload.casework.CaseworkTestBed.WORKER_A;
import static org.caseload.casework.CaseworkTestBed.WORKER_B;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.caseload.spi.storage.casework.ServiceUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceDeliveryServiceTest {

    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    private final CaseworkTestBed bed = new CaseworkTestBed();
    private final ServiceDeliveryService services = bed.caseload.serviceDeliveries();
    private final String maria = bed.clientOfA("Maria");
    private final ServiceType meal;
    private final ServiceType counselling;
    private final ServiceType busPass;

    ServiceDeliveryServiceTest() {
        bed.as(ADMIN_A);
        ServiceGroup basicNeeds = services.defineGroup(new DefineServiceGroup("Basic needs"));
        ServiceGroup support = services.defineGroup(new DefineServiceGroup("Support"));
        meal = services.defineType(new DefineServiceType(basicNeeds.id(), "Meal", ServiceUnit.COUNT));
        busPass = services.defineType(new DefineServiceType(basicNeeds.id(), "Bus pass", ServiceUnit.CURRENCY));
        counselling = services.defineType(new DefineServiceType(support.id(), "Counselling", ServiceUnit.TIME));
        bed.as(WORKER_A);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theCatalogListsAnOrganizationsGroupsWithTheirTypesByName() {
        List<ServiceGroup> catalog = services.catalog();

        assertThat(catalog).extracting(ServiceGroup::name).containsExactly("Basic needs", "Support");
        assertThat(catalog.get(0).types()).containsExactly(busPass, meal);
        assertThat(catalog.get(1).types()).containsExactly(counselling);
        bed.as(WORKER_B);
        assertThat(services.catalog()).isEmpty();
    }

    @Test
    void onlyAnAdministratorDefinesTheCatalogAndOnlyInTheirOwnGroups() {
        String groupOfA = meal.groupId();

        assertThatThrownBy(() -> services.defineGroup(new DefineServiceGroup("Rogue")))
                .isInstanceOf(AccessDeniedException.class);
        bed.as(ADMIN_B);
        assertThatThrownBy(() -> services.defineType(new DefineServiceType(groupOfA, "Intruder", ServiceUnit.COUNT)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.recordType()).isEqualTo("serviceGroup"));
    }

    @Test
    void recordsAServiceWithItsTypeValueAndDate() {
        ServiceDelivery delivery = services.record(new RecordServiceDelivery(maria, null, meal.id(), new BigDecimal("3"),
                NOV_2));

        assertThat(delivery).extracting(ServiceDelivery::clientId, ServiceDelivery::type, ServiceDelivery::value,
                ServiceDelivery::deliveredOn, ServiceDelivery::recordedBy, ServiceDelivery::organizationId,
                ServiceDelivery::version)
                .containsExactly(maria, meal, new BigDecimal("3.00"), NOV_2, "worker-a", "org-a", 1L);
        assertThat(services.get(delivery.id())).isEqualTo(delivery);
        assertThat(bed.audit("org-a")).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::recordId)
                .contains(tuple("service.record", Outcome.SUCCEEDED, delivery.id()));
    }

    @Test
    void valuesSuitTheirUnit() {
        assertThat(refusal(new RecordServiceDelivery(maria, null, meal.id(), new BigDecimal("1.5"), NOV_2)))
                .containsExactly(tuple("value", "caseload.service.value.wholeNumber"));
        assertThat(refusal(new RecordServiceDelivery(maria, null, counselling.id(), new BigDecimal("45.25"), NOV_2)))
                .containsExactly(tuple("value", "caseload.service.value.wholeNumber"));
        assertThat(refusal(new RecordServiceDelivery(maria, null, busPass.id(), new BigDecimal("2.755"), NOV_2)))
                .containsExactly(tuple("value", "jakarta.validation.constraints.Digits.message"));
        assertThat(refusal(new RecordServiceDelivery(maria, null, busPass.id(), BigDecimal.ZERO, NOV_2)))
                .containsExactly(tuple("value", "jakarta.validation.constraints.Positive.message"));

        assertThat(services.record(new RecordServiceDelivery(maria, null, busPass.id(), new BigDecimal("2.75"), NOV_2))
                .value()).isEqualTo(new BigDecimal("2.75"));
        assertThat(services.record(new RecordServiceDelivery(maria, null, counselling.id(), new BigDecimal("45.00"),
                NOV_2)).value()).isEqualTo(new BigDecimal("45.00"));
    }

    @Test
    void aServiceWithinAnEnrollmentIsTheClientsAndFallsBetweenEntryAndExit() {
        Project shelter = bed.projectOfA("Shelter");
        Household household = bed.caseload.households().create(new CreateHousehold(maria));
        Enrollment stay = bed.caseload.enrollments().enroll(new EnrollClient(maria, shelter.id(), household.id(), NOV_2));
        stay = bed.caseload.enrollments().exit(ExitEnrollment.of(stay, NOV_2.plusDays(5), Destination.OTHER));
        String other = bed.clientOfA("Other");
        String stayId = stay.id();

        assertThat(refusal(new RecordServiceDelivery(other, stayId, meal.id(), BigDecimal.ONE, NOV_2)))
                .containsExactly(tuple("enrollmentId", "caseload.service.enrollment.otherClient"));
        assertThat(refusal(new RecordServiceDelivery(maria, stayId, meal.id(), BigDecimal.ONE, NOV_2.minusDays(1))))
                .containsExactly(tuple("deliveredOn", "caseload.service.deliveredOn.outsideEnrollment"));
        assertThat(refusal(new RecordServiceDelivery(maria, stayId, meal.id(), BigDecimal.ONE, NOV_2.plusDays(6))))
                .containsExactly(tuple("deliveredOn", "caseload.service.deliveredOn.outsideEnrollment"));
        ServiceDelivery onExitDay = services.record(new RecordServiceDelivery(maria, stayId, meal.id(), BigDecimal.ONE,
                NOV_2.plusDays(5)));
        assertThat(onExitDay.enrollmentId()).isEqualTo(stayId);
        assertThatThrownBy(() -> services.correct(new CorrectServiceDelivery(onExitDay.id(), 1, BigDecimal.ONE,
                NOV_2.plusDays(6)))).isInstanceOf(ValidationException.class);
    }

    @Test
    void correctionsAndDeletesNameTheVersionRead() {
        ServiceDelivery delivery = services.record(new RecordServiceDelivery(maria, null, meal.id(), BigDecimal.ONE,
                NOV_2));

        ServiceDelivery corrected = services.correct(new CorrectServiceDelivery(delivery.id(), 1, new BigDecimal("2"),
                NOV_2.plusDays(1)));

        assertThat(corrected).extracting(ServiceDelivery::value, ServiceDelivery::deliveredOn, ServiceDelivery::version)
                .containsExactly(new BigDecimal("2.00"), NOV_2.plusDays(1), 2L);
        assertThatThrownBy(() -> services.correct(new CorrectServiceDelivery(delivery.id(), 1, BigDecimal.TEN, NOV_2)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> services.correct(new CorrectServiceDelivery(delivery.id(), 2, new BigDecimal("2.5"),
                NOV_2))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.delete(DeleteServiceDelivery.of(delivery)))
                .isInstanceOf(ConcurrentModificationException.class);
        services.delete(DeleteServiceDelivery.of(corrected));
        assertThatThrownBy(() -> services.get(delivery.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deliveriesOfAClientComeLatestFirstAndStayInsideTheOrganization() {
        ServiceDelivery older = services.record(new RecordServiceDelivery(maria, null, meal.id(), BigDecimal.ONE, NOV_2));
        ServiceDelivery newer = services.record(new RecordServiceDelivery(maria, null, busPass.id(), BigDecimal.TEN,
                NOV_2.plusDays(3)));

        assertThat(services.deliveriesOf(HistoryRequest.recent(maria))).containsExactly(newer, older);
        assertThat(services.deliveriesOf(new HistoryRequest(maria, 1))).containsExactly(newer);
        bed.as(WORKER_B);
        assertThatThrownBy(() -> services.get(older.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.deliveriesOf(HistoryRequest.recent(maria)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.record(new RecordServiceDelivery(maria, null, meal.id(), BigDecimal.ONE,
                NOV_2))).isInstanceOf(NotFoundException.class);
    }

    private List<Tuple> refusal(RecordServiceDelivery command) {
        try {
            services.record(command);
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> tuple(v.path(), v.messageKey())).toList();
        }
        throw new AssertionError("the service was recorded");
    }
}
