// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.help.Help;
import org.caseload.help.HelpService;
import org.caseload.http.ChannelCredentialService;
import org.caseload.http.ChannelCredentials;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.desk.SupportDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The error contract of docs/errors.md, over every public service method of core, ticketing, help and http:
 * the services are found by reflection from what the runtime and its modules hand out, so a method
 * added to a service interface is driven here without a change to this test.
 */
class ErrorContractTest {

    private static final Principal EVERYTHING = new Principal("user-1", "User One", "org-a", Set.of("staff"),
            Arrays.stream(Permission.values()).map(Permission::key).collect(Collectors.toSet()), Locale.ENGLISH);

    private static final KeyProvider CHANNEL_KEYS = new KeyProvider() {
        private final DataKey key = new DataKey("k1", new byte[32]);

        @Override
        public DataKey current(KeyPurpose purpose) {
            return key;
        }

        @Override
        public Optional<DataKey> find(KeyPurpose purpose, String keyId) {
            return Optional.of(key);
        }
    };

    private final HostParts host = new HostParts();
    private final Caseload caseload = Caseload.builder()
            .storage(host.storage())
            .identity(host::currentPrincipal)
            .notifier(notification -> host.maybeFail(Failing.NOTIFIER))
            .build();
    private final Ticketing ticketing = Ticketing.create(caseload, message -> host.maybeFail(Failing.SUPPORT_CHANNEL));
    private final SupportDesk desk = SupportDesk.builder(caseload, message -> host.maybeFail(Failing.SUPPORT_CHANNEL))
            .build();
    private final HelpService help = Help.create(caseload, (HelpContentSource) List::of);

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void aNullArgumentToAnyServiceMethodIsAValidationExceptionNamingEveryNullParameter() {
        List<Call> calls = serviceMethods().stream().filter(call -> call.takesReferences()).toList();
        assertThat(calls).hasSizeGreaterThan(80);

        for (Call call : calls) {
            Throwable thrown = call.invoke(call.nulls());

            assertThat(thrown).as(call.name()).isInstanceOfSatisfying(ValidationException.class, e ->
                    assertThat(e.violations())
                            .extracting(Violation::path, Violation::messageKey)
                            .containsExactlyElementsOf(call.referenceParameters().stream()
                                    .map(name -> tuple(name, "caseload.argument.required"))
                                    .toList()));
        }
    }

    @Test
    void everyServiceMethodCanBeDrivenWithSampleArguments() {
        assertThat(serviceMethods()).filteredOn(call -> call.samples().isEmpty()).extracting(Call::name).isEmpty();
    }

    @Test
    void aFailingIdentityProviderReachesEveryCallerAsItsOwnCodeWithTheCause() {
        List<Call> calls = serviceMethods();
        host.failing = Failing.IDENTITY;

        for (Call call : calls) {
            Throwable thrown = call.invoke(call.samples().orElseThrow());

            assertThat(thrown).as(call.name()).isInstanceOfSatisfying(CaseloadException.class, e -> {
                assertThat(e.code()).as(call.name()).isEqualTo(ErrorCode.IDENTITY_PROVIDER_FAILED);
                assertThat(e.getCause()).isSameAs(host.failure);
            });
        }
    }

    @Test
    void aFailingStorageOrStoreNeverLetsItsOwnExceptionThrough() {
        List<Call> calls = serviceMethods();
        for (Failing failing : List.of(Failing.STORAGE, Failing.STORE)) {
            host.failing = failing;
            int storageFailures = 0;
            for (Call call : calls) {
                Throwable thrown = call.invoke(call.samples().orElseThrow());

                assertThat(thrown).as(call.name() + " with a failing " + failing)
                        .satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(CaseloadException.class));
                if (thrown instanceof CaseloadException e && e.code() == ErrorCode.STORAGE_ADAPTER_FAILED) {
                    assertThat(e.getCause()).isSameAs(host.failure);
                    storageFailures++;
                }
            }
            assertThat(storageFailures).as("calls that reached the failing " + failing).isGreaterThan(20);
        }
    }

    @Test
    void theModulesScheduledWorkLetsNothingButCaseloadExceptionsThroughWhateverPartFails() {
        for (Failing failing : Failing.values()) {
            host.failing = failing;
            for (Call call : moduleOperations()) {
                Throwable thrown = call.invoke(new Object[0]);

                assertThat(thrown).as(call.name() + " with a failing " + failing)
                        .satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(CaseloadException.class));
            }
        }
    }

    /** Every method of every service interface the runtime and its modules hand out. */
    private List<Call> serviceMethods() {
        Map<Class<?>, Object> services = new LinkedHashMap<>();
        services.put(HelpService.class, help);
        services.put(ChannelCredentialService.class, ChannelCredentials.service(caseload, CHANNEL_KEYS));
        for (Object owner : List.of(caseload, ticketing, desk, help)) {
            collect(owner, services);
        }
        return services.entrySet().stream()
                .flatMap(service -> Arrays.stream(service.getKey().getMethods())
                        .filter(method -> !method.isDefault() && !Modifier.isStatic(method.getModifiers()))
                        // A method that hands out another service is a getter; that service's methods are driven.
                        .filter(method -> !services.containsKey(method.getReturnType()))
                        .sorted(Comparator.comparing(Method::getName))
                        .map(method -> new Call(service.getValue(), method)))
                .toList();
    }

    /** The services an owner hands out: what its public methods without parameters return as an interface. */
    private static void collect(Object owner, Map<Class<?>, Object> services) {
        for (Method getter : owner.getClass().getMethods()) {
            Class<?> type = getter.getReturnType();
            if (getter.getParameterCount() == 0 && type.isInterface() && type.getPackageName().startsWith("org.caseload")
                    && !services.containsKey(type)) {
                services.put(type, invokeQuietly(getter, owner));
                collect(services.get(type), services);
            }
        }
    }

    /** The modules' scheduled work, which talks to the notifier and the support channels. */
    private List<Call> moduleOperations() {
        return Stream.of(ticketing, desk)
                .flatMap(module -> Arrays.stream(module.getClass().getDeclaredMethods())
                        .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                        .filter(method -> method.getParameterCount() == 0 && !method.getReturnType().isInterface())
                        .map(method -> new Call(module, method)))
                .toList();
    }

    private static Object invokeQuietly(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    enum Failing { NONE, IDENTITY, STORAGE, STORE, NOTIFIER, SUPPORT_CHANNEL }

    /** The host's parts, each of which fails on demand with the same exception of its own. */
    static final class HostParts {
        final IllegalStateException failure = new IllegalStateException("the host part failed");
        final InMemoryStorage memory = new InMemoryStorage();
        Failing failing = Failing.NONE;

        Optional<Principal> currentPrincipal() {
            maybeFail(Failing.IDENTITY);
            return Optional.of(EVERYTHING);
        }

        void maybeFail(Failing part) {
            if (failing == part) {
                throw failure;
            }
        }

        Storage storage() {
            return new Storage() {
                @Override
                public <T> T inTransaction(org.caseload.spi.storage.UnitOfWork<T> work) {
                    maybeFail(Failing.STORAGE);
                    return memory.inTransaction(session -> work.run(failingStores(session)));
                }
            };
        }

        private StorageSession failingStores(StorageSession session) {
            return (StorageSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {StorageSession.class}, (proxy, accessor, args) -> {
                        Object store = accessor.invoke(session, args);
                        Class<?> type = accessor.getReturnType();
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                                (storeProxy, method, storeArgs) -> {
                                    maybeFail(Failing.STORE);
                                    try {
                                        return method.invoke(store, storeArgs);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
                    });
        }
    }

    /** One public method of a service, and the arguments to drive it. */
    record Call(Object service, Method method) {

        String name() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }

        boolean takesReferences() {
            return !referenceParameters().isEmpty();
        }

        List<String> referenceParameters() {
            return Arrays.stream(method.getParameters())
                    .filter(parameter -> !parameter.getType().isPrimitive())
                    .map(Parameter::getName)
                    .toList();
        }

        Object[] nulls() {
            return Arrays.stream(method.getParameterTypes()).map(Samples::zeroOrNull).toArray();
        }

        /** Plausible arguments, or none when a parameter's type cannot be built from samples. */
        Optional<Object[]> samples() {
            List<Object> arguments = new ArrayList<>();
            for (Parameter parameter : method.getParameters()) {
                Optional<Object> sample = Samples.of(parameter.getParameterizedType());
                if (sample.isEmpty()) {
                    return Optional.empty();
                }
                arguments.add(sample.get());
            }
            return Optional.of(arguments.toArray());
        }

        /** What the call threw, or null when it returned. */
        Throwable invoke(Object[] arguments) {
            return catchThrowable(() -> {
                try {
                    method.invoke(service, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        }
    }
}
