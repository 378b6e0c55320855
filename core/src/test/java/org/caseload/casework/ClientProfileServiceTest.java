// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.casework.CaseworkTestBed.ADMIN_A;
import static org.caseload.casework.CaseworkTestBed.READER_A;
import static org.caseload.casework.CaseworkTestBed.SYSTEM;
import static org.caseload.casework.CaseworkTestBed.WORKER_A;
import static org.caseload.casework.CaseworkTestBed.WORKER_B;
import static org.caseload.spi.hud.RelationshipToHeadOfHousehold.CHILD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.hud.Destination;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.casework.ServiceUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientProfileServiceTest {

    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    private final CaseworkTestBed bed = new CaseworkTestBed();
    private final ClientProfileService profiles = bed.caseload.clientProfiles();
    private final String maria = bed.clientOfA("Maria");
    private final String ana = bed.clientOfA("Ana");

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void gathersTheClientWithHouseholdsOpenEnrollmentsAndRecentNotesAndServices() {
        Household family = bed.caseload.households().addMember(AddHouseholdMember.to(
                bed.caseload.households().create(new CreateHousehold(ana)), maria, CHILD));
        Household own = bed.caseload.households().create(new CreateHousehold(maria));
        Project shelter = bed.projectOfA("Shelter");
        Project pantry = bed.projectOfA("Pantry");
        Enrollment closed = bed.caseload.enrollments().enroll(new EnrollClient(maria, pantry.id(), own.id(), OCT_1));
        bed.caseload.enrollments().exit(ExitEnrollment.of(closed, OCT_1.plusDays(1), Destination.OTHER));
        Enrollment open = bed.caseload.enrollments().enroll(new EnrollClient(maria, shelter.id(), own.id(), OCT_1));
        CaseNote note = bed.caseload.caseNotes().write(WriteCaseNote.about(maria, OCT_1, "Intake", "First visit."));
        ServiceDelivery meal = bed.caseload.serviceDeliveries().record(new RecordServiceDelivery(maria, open.id(),
                mealType(), BigDecimal.ONE, OCT_1));

        ClientProfile profile = profiles.profile(maria);

        assertThat(profile.client().id()).isEqualTo(maria);
        assertThat(profile.households()).extracting(Household::id).containsExactly(family.id(), own.id());
        assertThat(profile.primaryHousehold()).map(Household::id).contains(family.id());
        assertThat(profile.openEnrollments()).containsExactly(open);
        assertThat(profile.recentNotes()).containsExactly(note);
        assertThat(profile.recentServices()).containsExactly(meal);
    }

    @Test
    void holdsTheTenMostRecentNotesAndServices() {
        String meal = mealType();
        IntStream.range(0, 12).forEach(day -> {
            bed.caseload.caseNotes().write(WriteCaseNote.about(maria, OCT_1.plusDays(day), "Day " + day, "Visit."));
            bed.caseload.serviceDeliveries().record(new RecordServiceDelivery(maria, null, meal, BigDecimal.ONE,
                    OCT_1.plusDays(day)));
        });

        ClientProfile profile = profiles.profile(maria);

        assertThat(profile.recentNotes()).hasSize(ClientProfileService.RECENT_LIMIT)
                .extracting(CaseNote::regarding).startsWith("Day 11").endsWith("Day 2");
        assertThat(profile.recentServices()).hasSize(ClientProfileService.RECENT_LIMIT)
                .extracting(ServiceDelivery::deliveredOn).startsWith(OCT_1.plusDays(11));
    }

    @Test
    void readsAndAuditsTheClientAsTheClientServiceDoes() {
        bed.as(READER_A);

        profiles.profile(maria);

        assertThat(bed.audit("org-a")).filteredOn(entry -> "reader-a".equals(entry.userId()))
                .extracting(AuditEntry::action, AuditEntry::recordId)
                .containsExactlyInAnyOrder(tuple("client.get", maria),
                        tuple("client.profile", maria));
    }

    @Test
    void showsOnlyWhatTheCallerMaySee() {
        bed.caseload.caseNotes().write(WriteCaseNote.about(maria, OCT_1, "Private", "Org-a only."));
        bed.caseload.households().create(new CreateHousehold(maria));

        bed.as(WORKER_B);
        assertThatThrownBy(() -> profiles.profile(maria)).isInstanceOf(NotFoundException.class);
        bed.as(SYSTEM);
        ClientProfile seenBySystem = profiles.profile(maria);
        assertThat(seenBySystem.households()).hasSize(1);
        assertThat(seenBySystem.recentNotes()).isEmpty();
        bed.as(WORKER_A);
    }

    private String mealType() {
        bed.as(ADMIN_A);
        try {
            ServiceGroup group = bed.caseload.serviceDeliveries().defineGroup(new DefineServiceGroup("Basic needs"));
            return bed.caseload.serviceDeliveries().defineType(new DefineServiceType(group.id(), "Meal",
                    ServiceUnit.COUNT)).id();
        } finally {
            bed.as(WORKER_A);
        }
    }
}
