// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientService;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.error.HostPartException;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.UnitOfWork;
import org.junit.jupiter.api.Test;

/** A host part that fails reaches the caller as a {@link HostPartException}, never as its own exception. */
class HostPartFailuresTest {

    private static final RegisterClient WITH_FORM = RegisterClient.of(ClientDetails.named("Maria", "Garcia"),
            new FormValues("intake", 1, Map.of("notes", FieldValue.text("x"))));
    private static final TestIdentity WORKER = new TestIdentity()
            .as(TestUsers.user("worker", "org-a", Role.CASEWORKER));

    @Test
    void aFormProviderThatThrowsWhileACommandIsValidatedIsReportedAsTheFormProvidersFailure() {
        IllegalStateException hostFailure = new IllegalStateException("form database unreachable");
        ClientService clients = runtime(WORKER, failingForms(hostFailure), new InMemoryStorage()).clients();

        assertThatThrownBy(() -> clients.register(WITH_FORM))
                .isInstanceOfSatisfying(HostPartException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FORM_PROVIDER_FAILED);
                    assertThat(e.part()).isEqualTo(HostPartException.Part.FORM_PROVIDER);
                    assertThat(e.getCause()).isSameAs(hostFailure);
                    assertThat(e.getMessage()).contains("FormProvider.form").doesNotContain("HV000028")
                            .doesNotContain("form database unreachable");
                });
    }

    @Test
    void aConfigurationExceptionOfTheFormProviderReachesTheCallerUnchanged() {
        ConfigurationException deliberate = new ConfigurationException("forms/intake.json, line 3: not a form");
        ClientService clients = runtime(WORKER, failingForms(deliberate), new InMemoryStorage()).clients();

        assertThatThrownBy(() -> clients.register(WITH_FORM)).isSameAs(deliberate);
    }

    @Test
    void aFormProviderThatReturnsNullBreaksItsContract() {
        FormProvider nulls = new FormProvider() {
            @Override
            public List<FormDefinition> forms(String organizationId) {
                return null;
            }

            @Override
            public Optional<FormDefinition> form(String organizationId, String formId, int version) {
                return null;
            }
        };
        ClientService clients = runtime(WORKER, nulls, new InMemoryStorage()).clients();

        assertThatThrownBy(() -> clients.register(WITH_FORM))
                .isInstanceOfSatisfying(HostPartException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FORM_PROVIDER_FAILED);
                    assertThat(e.getCause()).isNull();
                    assertThat(e.getMessage()).contains("returned null");
                });
    }

    @Test
    void anIdentityProviderThatReturnsNullOrThrowsIsTheIdentityProvidersFailure() {
        IllegalArgumentException hostFailure = new IllegalArgumentException("token expired");
        IdentityProvider throwing = () -> {
            throw hostFailure;
        };

        assertThatThrownBy(() -> runtime(() -> null, FormProvider.none(), new InMemoryStorage()).clients().get("c-1"))
                .isInstanceOfSatisfying(HostPartException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IDENTITY_PROVIDER_FAILED));
        assertThatThrownBy(() -> runtime(throwing, FormProvider.none(), new InMemoryStorage()).clients().get("c-1"))
                .isInstanceOfSatisfying(HostPartException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IDENTITY_PROVIDER_FAILED);
                    assertThat(e.getCause()).isSameAs(hostFailure);
                });
    }

    @Test
    void aStoreThatLetsItsDriversExceptionThroughIsTheStoragesFailure() {
        IllegalStateException driverFailure = new IllegalStateException("connection reset");
        ClientService clients = runtime(WORKER, FormProvider.none(), storeThrowing(driverFailure)).clients();

        assertThatThrownBy(() -> clients.get("c-1"))
                .isInstanceOfSatisfying(HostPartException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_ADAPTER_FAILED);
                    assertThat(e.getCause()).isSameAs(driverFailure);
                    assertThat(e.getMessage()).startsWith("ClientStore.").doesNotContain("connection reset");
                });
    }

    @Test
    void aCaseloadExceptionOfAStoreReachesTheCallerUnchanged() {
        ConcurrentModificationException conflict = new ConcurrentModificationException("client", "c-1", 3);
        ClientService clients = runtime(WORKER, FormProvider.none(), storeThrowing(conflict)).clients();

        assertThatThrownBy(() -> clients.get("c-1")).isSameAs(conflict);
    }

    private static Caseload runtime(IdentityProvider identity, FormProvider forms, Storage storage) {
        return Caseload.builder().storage(storage).identity(identity).forms(forms).build();
    }

    private static FormProvider failingForms(RuntimeException failure) {
        return new FormProvider() {
            @Override
            public List<FormDefinition> forms(String organizationId) {
                throw failure;
            }

            @Override
            public Optional<FormDefinition> form(String organizationId, String formId, int version) {
                throw failure;
            }
        };
    }

    /** A host storage whose client store throws {@code failure}, as a careless adapter would. */
    private static Storage storeThrowing(RuntimeException failure) {
        InMemoryStorage memory = new InMemoryStorage();
        return new Storage() {
            @Override
            public <T> T inTransaction(UnitOfWork<T> work) {
                return memory.inTransaction(session -> work.run((StorageSession) Proxy.newProxyInstance(
                        getClass().getClassLoader(), new Class<?>[] {StorageSession.class}, (proxy, method, args) -> {
                            if (method.getName().equals("clients")) {
                                return Proxy.newProxyInstance(getClass().getClassLoader(),
                                        new Class<?>[] {method.getReturnType()}, (store, call, callArgs) -> {
                                            throw failure;
                                        });
                            }
                            try {
                                return method.invoke(session, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        })));
            }
        };
    }
}
