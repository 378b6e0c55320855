// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.jdbc.TwoNodeTests.runTogether;

import java.time.LocalDate;
import java.util.List;
import org.caseload.casework.AddHouseholdMember;
import org.caseload.casework.CreateHousehold;
import org.caseload.casework.EnrollClient;
import org.caseload.casework.Enrollment;
import org.caseload.casework.Household;
import org.caseload.casework.HouseholdMember;
import org.caseload.casework.MakePrimaryHousehold;
import org.caseload.casework.Project;
import org.caseload.casework.RegisterProject;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.hud.RelationshipToHeadOfHousehold;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Casework rules that span several records, on two application nodes sharing one database: two
 * runtimes racing to break a rule leave it intact.
 */
abstract class CaseworkTwoNodeTests {

    private static final int ROUNDS = 10;

    /** A new node on this test's database: a storage with connections of its own. */
    abstract JdbcStorage startNode();

    @Test
    void ofTwoNodesEnrollingOneClientInOneProjectAtOnceExactlyOneSucceeds() throws Exception {
        try (Caseload first = runtime(startNode()); Caseload second = runtime(startNode())) {
            Project project = first.enrollments().registerProject(new RegisterProject("Shelter"));
            LocalDate entry = LocalDate.now().minusDays(1);
            for (int round = 0; round < ROUNDS; round++) {
                String client = first.clients()
                        .register(RegisterClient.of("Ada", "Lovelace", null).confirmingDuplicates()).id();
                Household household = first.households().create(new CreateHousehold(client));
                EnrollClient enroll = new EnrollClient(client, project.id(), household.id(), entry);

                List<Object> outcomes = runTogether(List.of(
                        () -> first.enrollments().enroll(enroll),
                        () -> second.enrollments().enroll(enroll)));

                assertThat(outcomes).filteredOn(Enrollment.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(ValidationException.class::isInstance).singleElement()
                        .satisfies(refusal -> assertThat(((ValidationException) refusal).violations().get(0).messageKey())
                                .isEqualTo("caseload.enrollment.overlap"));
                assertThat(second.enrollments().enrollmentsOf(client)).hasSize(1);
            }
        }
    }

    @Test
    void ofTwoNodesMovingAClientsPrimaryHouseholdAtOnceOneHouseholdStaysPrimary() throws Exception {
        try (Caseload first = runtime(startNode()); Caseload second = runtime(startNode())) {
            for (int round = 0; round < ROUNDS; round++) {
                String client = first.clients()
                        .register(RegisterClient.of("Ada", "Lovelace", null).confirmingDuplicates()).id();
                first.households().create(new CreateHousehold(client));
                Household left = joined(first, client);
                Household right = joined(first, client);

                List<Object> outcomes = runTogether(List.of(
                        () -> first.households().makePrimary(MakePrimaryHousehold.of(left, client)),
                        () -> second.households().makePrimary(MakePrimaryHousehold.of(right, client))));

                assertThat(outcomes).allMatch(outcome -> outcome instanceof Household
                        || outcome instanceof CaseloadException);
                assertThat(outcomes).filteredOn(Household.class::isInstance).isNotEmpty();
                assertThat(second.households().householdsOf(client))
                        .filteredOn(household -> household.member(client).map(HouseholdMember::primary).orElseThrow())
                        .hasSize(1);
            }
        }
    }

    /** A new household of someone else that {@code client} joins, not as their primary one. */
    private static Household joined(Caseload runtime, String client) {
        String head = runtime.clients()
                .register(RegisterClient.of("Head", "Of household", null).confirmingDuplicates()).id();
        Household household = runtime.households().create(new CreateHousehold(head));
        return runtime.households().addMember(AddHouseholdMember.to(household, client,
                RelationshipToHeadOfHousehold.OTHER_RELATIVE));
    }

    private static Caseload runtime(JdbcStorage node) {
        String org = "org-casework";
        TestIdentity caseworker = new TestIdentity()
                .as(TestUsers.user("caseworker", org, Role.CASEWORKER, Role.CASEWORK_ADMINISTRATOR));
        return Caseload.builder().storage(node).identity(caseworker).keyProvider(TestKeys.fixed()).build();
    }
}
