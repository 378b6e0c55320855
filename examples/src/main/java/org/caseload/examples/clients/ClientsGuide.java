// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseload.clients.Address;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.ClientService;
import org.caseload.clients.Contact;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.UpdateClient;
import org.caseload.core.Caseload;
import org.caseload.core.forms.JsonForms;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.identity.Principal;

/** The sample of {@code docs/clients.md}, kept identical to it by a test. */
public final class ClientsGuide {

    private ClientsGuide() {
    }

    /**
     * Registers a client with an intake form, changes it, shows a refused registration and
     * searches.
     *
     * @param refused receives the violations of the refused registration
     * @return what the search found
     */
    public static List<ClientMatch> registerChangeAndFind(List<Violation> refused) {
        // begin docs/clients.md sample
        Principal caseworker = new Principal("u-17", "Dana Reyes", "shelter-north",
                Set.of("intake"), Set.of("client.read", "client.write"), Locale.US);

        try (Caseload caseload = Caseload.builder()
                .storage(new InMemoryStorage())
                .identity(() -> Optional.of(caseworker))
                .forms(JsonForms.fromClasspath("clients-guide-forms/"))   // the organization's custom forms
                .build()) {
            ClientService clients = caseload.clients();

            ClientDetails maria = ClientDetails.named("María", "García")
                    .withSsn("xxx-xx-6789", SsnDataQuality.APPROXIMATE_OR_PARTIAL)   // only the last four known
                    .withDateOfBirth(LocalDate.of(1980, 3, 4), DobDataQuality.FULL)
                    .withRaceAndEthnicity(RaceAndEthnicity.HISPANIC_LATINAEO)
                    .withGender(Gender.WOMAN)
                    .withVeteranStatus(NoYesReasons.NO)
                    .withContact(new Contact("+1 555 0100", null,
                            new Address("12 Hope St", null, "Springfield", "IL", "62701")));
            FormValues intake = new FormValues("intake", 1, Map.of("employed", FieldValue.bool(false)));
            Client registered = clients.register(RegisterClient.of(maria, intake));

            // A change names the version it read: had someone changed the client since, it would
            // fail with ConcurrentModificationException and change nothing.
            clients.update(UpdateClient.of(registered, registered.details()
                    .withSsn("123-45-6789", SsnDataQuality.FULL)));

            try {
                clients.register(RegisterClient.of(ClientDetails.named("Ana", "Silva")
                        .withSsn("xxx-xx-1234", SsnDataQuality.FULL)));      // a partial SSN goes with quality 2
            } catch (ValidationException e) {
                refused.addAll(e.violations());   // path details.ssn, key caseload.client.ssn.partial
            }

            return clients.search(ClientSearch.byName("maria garcia"));
        }
        // end docs/clients.md sample
    }
}
