// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.errors;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plausible values of any parameter type of a service method, built by reflection: records from
 * samples of their components, sealed interfaces from their first buildable subtype, other
 * interfaces as proxies that do nothing. A value need not pass a service's rules; it only has to
 * exist, so that a call gets as far as the host's parts.
 */
final class Samples {

    private static final Map<Class<?>, Object> PLAIN = Map.ofEntries(
            Map.entry(String.class, "sample-1"),
            Map.entry(Integer.class, 1), Map.entry(int.class, 1),
            Map.entry(Long.class, 1L), Map.entry(long.class, 1L),
            Map.entry(Double.class, 1.0), Map.entry(double.class, 1.0),
            Map.entry(Boolean.class, true), Map.entry(boolean.class, true),
            Map.entry(BigDecimal.class, BigDecimal.ONE),
            Map.entry(LocalDate.class, LocalDate.of(2026, 1, 15)),
            Map.entry(LocalDateTime.class, LocalDateTime.of(2026, 1, 15, 9, 0)),
            Map.entry(Instant.class, Instant.parse("2026-01-15T09:00:00Z")),
            Map.entry(Duration.class, Duration.ofHours(1)),
            Map.entry(Locale.class, Locale.ENGLISH),
            Map.entry(byte[].class, new byte[] {1}));

    private Samples() {
    }

    /** The value a null-argument call passes: null, or zero for a primitive. */
    static Object zeroOrNull(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return type == double.class ? 0.0 : null;
    }

    static Optional<Object> of(Type type) {
        return of(type, 0);
    }

    private static Optional<Object> of(Type type, int depth) {
        if (depth > 6) {
            return Optional.empty();
        }
        Class<?> raw = raw(type);
        if (PLAIN.containsKey(raw)) {
            return Optional.of(PLAIN.get(raw));
        }
        if (raw.isEnum()) {
            return Optional.of(raw.getEnumConstants()[0]);
        }
        if (raw == Optional.class) {
            return Optional.of(Optional.empty());
        }
        if (raw == List.class || raw == Collection.class) {
            return Optional.of(List.of());
        }
        if (raw == Set.class) {
            return Optional.of(Set.of());
        }
        if (raw == Map.class) {
            return Optional.of(Map.of());
        }
        if (raw.isRecord()) {
            return record(raw, depth);
        }
        if (raw.isSealed()) {
            return Arrays.stream(raw.getPermittedSubclasses())
                    .map(subtype -> of(subtype, depth + 1))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        if (raw.isInterface()) {
            return Optional.of(Proxy.newProxyInstance(raw.getClassLoader(), new Class<?>[] {raw},
                    (proxy, method, args) -> zeroOrNull(method.getReturnType())));
        }
        return fromFactory(raw, depth);
    }

    /** A value of a plain class from its public static factory with the fewest parameters. */
    private static Optional<Object> fromFactory(Class<?> type, int depth) {
        return Arrays.stream(type.getMethods())
                .filter(method -> Modifier.isStatic(method.getModifiers()) && method.getReturnType() == type)
                .sorted(Comparator.comparingInt(Method::getParameterCount))
                .map(factory -> {
                    Object[] arguments = new Object[factory.getParameterCount()];
                    Type[] types = factory.getGenericParameterTypes();
                    for (int i = 0; i < arguments.length; i++) {
                        Optional<Object> argument = of(types[i], depth + 1);
                        if (argument.isEmpty()) {
                            return Optional.empty();
                        }
                        arguments[i] = argument.get();
                    }
                    try {
                        return Optional.of(factory.invoke(null, arguments));
                    } catch (ReflectiveOperationException | RuntimeException refused) {
                        return Optional.empty();
                    }
                })
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Object> record(Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Optional<Object> value = of(components[i].getGenericType(), depth + 1);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values[i] = value.get();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return Optional.of(canonical.newInstance(values));
        } catch (ReflectiveOperationException | RuntimeException refused) {
            return Optional.empty();
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }
}
