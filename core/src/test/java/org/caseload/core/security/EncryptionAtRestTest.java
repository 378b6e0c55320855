// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.DuplicateCandidate;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.forms.ChoiceOption;
import org.caseload.spi.forms.FieldLimits;
import org.caseload.spi.forms.FieldType;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormField;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.UnitOfWork;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a store holds of a client: the SSN and the values of sensitive form fields sealed, bound to
 * their record and field; SSN match keys as HMACs under the host's key; everything read back as
 * entered through the services.
 */
class EncryptionAtRestTest {

    static final String SSN = "123456789";
    static final FormDefinition HEALTH = new FormDefinition("health", 1, "Health", List.of(
            new FormField("condition", FieldType.TEXT, "Condition", false).asSensitive(),
            new FormField("diagnosedOn", FieldType.DATE, "Diagnosed on", false).asSensitive(),
            new FormField("needs", FieldType.MULTIPLE_CHOICE, "Needs", false, FieldLimits.NONE,
                    List.of(new ChoiceOption("food", "Food"), new ChoiceOption("bed", "A bed")), null, null, null)
                    .asSensitive(),
            new FormField("notes", FieldType.TEXT, "Notes", false)));

    private final TestIdentity identity = new TestIdentity()
            .as(TestUsers.user("worker-a", "org-a", Role.CASEWORKER, Role.SSN_REVIEWER));
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Caseload caseload = Caseload.builder().storage(storage).identity(identity)
            .forms(forms()).keyProvider(TestKeys.fixed()).build();

    @AfterEach
    void close() {
        caseload.close();
    }

    static FormProvider forms() {
        return new FormProvider() {
            @Override
            public List<FormDefinition> forms(String organizationId) {
                return List.of(HEALTH);
            }

            @Override
            public Optional<FormDefinition> form(String organizationId, String formId, int version) {
                return HEALTH.id().equals(formId) && version == 1 ? Optional.of(HEALTH) : Optional.empty();
            }
        };
    }

    static ClientDetails maria() {
        return ClientDetails.named("Maria", "Garcia").withSsn(SSN, SsnDataQuality.FULL);
    }

    @Test
    void theStoreHoldsTheSsnSealedUnderTheCurrentKeyAndTheServicesReadItBack() {
        Client client = caseload.clients().register(RegisterClient.of(maria()));

        ClientRecord stored = stored(client.id());
        assertThat(stored.identity().ssn()).startsWith("sealed:v1:test-1:").doesNotContain(SSN);
        assertThat(caseload.clients().revealSsn(client.id(), "benefits application")).contains(SSN);
    }

    @Test
    void sealingTheSameSsnTwiceGivesTwoDifferentTexts() {
        Client one = caseload.clients().register(RegisterClient.of(maria()));
        Client two = caseload.clients().register(new RegisterClient(maria(), List.of(), false, true));

        assertThat(stored(one.id()).identity().ssn()).isNotEqualTo(stored(two.id()).identity().ssn());
    }

    @Test
    void sensitiveFormValuesAreSealedAndReadBackWithTheirTypeAndOthersAreKeptPlain() {
        FormValues entered = new FormValues("health", 1, Map.of(
                "condition", FieldValue.text("Asthma"),
                "diagnosedOn", FieldValue.date(LocalDate.of(2019, 5, 2)),
                "needs", FieldValue.choices("bed", "food"),
                "notes", FieldValue.text("sealed:v1:test-1:looks like a sealed value")));

        Client client = caseload.clients().register(RegisterClient.of(maria(), entered));

        Map<String, FieldValue> stored = stored(client.id()).forms().get(0).values();
        assertThat(stored.get("condition")).isInstanceOfSatisfying(FieldValue.TextValue.class,
                value -> assertThat(value.text()).startsWith("sealed:v1:test-1:").doesNotContain("Asthma"));
        assertThat(stored.get("diagnosedOn")).isInstanceOf(FieldValue.TextValue.class);
        assertThat(stored.get("needs")).isInstanceOf(FieldValue.TextValue.class);
        // Text a user typed that looks sealed is sealed too, so that it reads back as typed.
        assertThat(((FieldValue.TextValue) stored.get("notes")).text()).doesNotContain("looks like");
        assertThat(caseload.clients().get(client.id()).forms()).containsExactly(entered);
    }

    @Test
    void theSsnMatchKeysAreHmacsUnderTheKeyAndSearchBySsnStillFindsTheClient() {
        Client client = caseload.clients().register(RegisterClient.of(maria()));

        ClientRecord stored = stored(client.id());
        assertThat(stored.matchKeys()).noneMatch(key -> key.startsWith("ssn:") || key.startsWith("ssn4:")
                || key.startsWith("blkssn:"));
        assertThat(stored.matchKeys()).anyMatch(key -> key.startsWith("ssn@test-1:"))
                .anyMatch(key -> key.startsWith("ssn4@test-1:"))
                .anyMatch(key -> key.startsWith("blkssn@test-1:"))
                .anyMatch(key -> key.startsWith("name:"));
        assertThat(caseload.clients().search(ClientSearch.text("123-45-6789")))
                .extracting(match -> match.client().id()).contains(client.id());
    }

    @Test
    void aSealedSsnCopiedToAnotherClientDoesNotOpenAndTheErrorNamesTheRecordNotTheValue() {
        Client maria = caseload.clients().register(RegisterClient.of(maria()));
        Client other = caseload.clients().register(RegisterClient.of(ClientDetails.named("Ana", "Lopez")));
        String sealed = stored(maria.id()).identity().ssn();
        ClientRecord victim = stored(other.id());
        inStore(session -> session.clients().update(withSsn(victim, sealed)));

        CaseloadException thrown = catchThrowableOfType(() -> caseload.clients().get(other.id()),
                CaseloadException.class);

        assertThat(thrown.code()).isEqualTo(ErrorCode.SEALED_VALUE_UNREADABLE);
        assertThat(thrown.getMessage()).contains("client/" + other.id() + "/ssn")
                .doesNotContain(SSN).doesNotContain(sealed.substring(sealed.lastIndexOf(':') + 1));
    }

    @Test
    void aSearchOrIntakeCheckWithoutAnSsnOpensOnlyTheClientsItReturns() {
        LocalDate born = LocalDate.of(1980, 3, 4);
        Client maria = caseload.clients().register(RegisterClient.of(maria().withDateOfBirth(born, DobDataQuality.FULL)));
        // Born the same day: a candidate of both calls, ranked below Maria and unlikely to be her.
        Client sameDay = caseload.clients().register(RegisterClient.of(ClientDetails.named("John", "Smith")
                .withSsn("234567891", SsnDataQuality.FULL).withDateOfBirth(born, DobDataQuality.FULL)));
        // Its SSN no longer opens: reading it would fail the call.
        String sealed = stored(maria.id()).identity().ssn();
        ClientRecord unreadable = stored(sameDay.id());
        inStore(session -> session.clients().update(withSsn(unreadable, sealed)));

        List<ClientMatch> page = caseload.clients().search(ClientSearch.text("maria garcia 3/4/1980").page(0, 1));
        List<DuplicateCandidate> candidates = caseload.duplicates().check(ClientDetails.named("Maria", "Garcia")
                .withDateOfBirth(born, DobDataQuality.FULL));

        assertThat(page).singleElement().satisfies(match -> {
            assertThat(match.client().id()).isEqualTo(maria.id());
            assertThat(match.client().details().ssn()).endsWith("6789");
        });
        assertThat(candidates).extracting(candidate -> candidate.client().id()).containsExactly(maria.id());
        // Compared SSNs are opened, every candidate's.
        assertThat(catchThrowableOfType(() -> caseload.clients().search(
                ClientSearch.text("maria garcia 3/4/1980 123-45-6789").page(0, 1)), CaseloadException.class).code())
                .isEqualTo(ErrorCode.SEALED_VALUE_UNREADABLE);
    }

    @Test
    void aValueUnderAKeyTheProviderNoLongerHoldsIsReportedAsAMissingKey() {
        TestKeys keys = TestKeys.fixed();
        try (Caseload first = Caseload.builder().storage(storage).identity(identity).keyProvider(keys).build()) {
            Client client = first.clients().register(RegisterClient.of(maria()));
            keys.rotate().retire("test-1");

            CaseloadException thrown = catchThrowableOfType(() -> first.clients().get(client.id()),
                    CaseloadException.class);

            assertThat(thrown.code()).isEqualTo(ErrorCode.ENCRYPTION_KEY_UNAVAILABLE);
            assertThat(thrown.getMessage()).contains("test-1", "client/" + client.id() + "/ssn").doesNotContain(SSN);
        }
    }

    @Test
    void aDurableStorageWithoutAKeyProviderIsRefusedAndInMemoryKeysAreEphemeral() {
        Storage durable = new Storage() {
            @Override
            public <T> T inTransaction(UnitOfWork<T> work) {
                return storage.inTransaction(work);
            }

            @Override
            public boolean durable() {
                return true;
            }
        };

        ConfigurationException refused = catchThrowableOfType(() -> Caseload.builder().storage(durable)
                .identity(identity).build(), ConfigurationException.class);

        assertThat(refused.problems()).singleElement().asString()
                .startsWith("keyProvider is required with a durable storage");
        try (Caseload ephemeral = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build()) {
            Client client = ephemeral.clients().register(RegisterClient.of(maria()));
            assertThat(ephemeral.clients().revealSsn(client.id(), "benefits application")).contains(SSN);
        }
    }

    private ClientRecord stored(String id) {
        return storage.inTransaction(session -> session.clients().findById(id).orElseThrow());
    }

    private void inStore(UnitOfWork<?> work) {
        storage.inTransaction(work);
    }

    private static ClientRecord withSsn(ClientRecord record, String ssn) {
        ClientIdentity identity = record.identity();
        return new ClientRecord(record.id(), record.organizationId(), new ClientIdentity(identity.name(),
                identity.nameQuality(), identity.aliases(), ssn, SsnDataQuality.FULL, identity.dateOfBirth(),
                identity.dobQuality(), identity.otherId()), record.demographics(), record.contact(), record.forms(),
                record.matchKeys(), record.restricted(), record.mergedInto(), record.createdAt(), record.updatedAt(),
                record.version());
    }
}
