// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.caseload.core.Caseload;
import org.caseload.testing.TestIdentity;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

class ClientSearchProperties {

    @Property(tries = 200)
    void aClientAlwaysFindsItselfByItsFullName(
            @ForAll @AlphaChars @StringLength(min = 1, max = 30) String firstName,
            @ForAll @AlphaChars @StringLength(min = 1, max = 30) String lastName) {
        TestIdentity identity = new TestIdentity()
                .as(TestUsers.user("worker", "org", Role.CASEWORKER));
        try (Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build()) {
            caseload.clients().register(RegisterClient.of("Other", "Person", null));
            Client client = caseload.clients().register(RegisterClient.of(firstName, lastName, null));

            ClientMatch best = caseload.clients().search(ClientSearch.byName(lastName + " " + firstName)).get(0);

            assertThat(best.score()).isGreaterThan(0.9);
            assertThat(best.client().details().firstName()).isEqualTo(client.details().firstName());
            assertThat(best.client().details().lastName()).isEqualTo(client.details().lastName());
        }
    }
}
