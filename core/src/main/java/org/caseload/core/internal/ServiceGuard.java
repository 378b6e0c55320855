// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;

/**
 * The public face of a service: a null argument to any of its methods is refused with a
 * {@link ValidationException} naming every null parameter ({@code caseload.argument.required}),
 * before the implementation runs. A proxy of the service's interface, so that a method added to the
 * interface follows the rule without a change here. Parameter names come from the class files,
 * which the build compiles with {@code -parameters}.
 */
public final class ServiceGuard {

    static final String ARGUMENT_REQUIRED = "caseload.argument.required";

    private ServiceGuard() {
    }

    /** {@code implementation}, seen through the interface {@code service}. */
    public static <T> T guard(Class<T> service, T implementation) {
        Objects.requireNonNull(implementation, "implementation");
        if (!service.isInterface()) {
            throw new IllegalArgumentException(service.getName() + " is not an interface");
        }
        Object proxy = Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service},
                (self, method, args) -> {
                    if (method.getDeclaringClass() != Object.class) {
                        requireArguments(service, method, args);
                    }
                    return invoke(implementation, method, args);
                });
        return service.cast(proxy);
    }

    private static void requireArguments(Class<?> service, Method method, Object[] args) {
        if (args == null) {
            return;
        }
        // Every service call passes here: the parameters are read only when an argument is null.
        List<Violation> violations = new ArrayList<>(0);
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                String name = method.getParameters()[i].getName();
                violations.add(Messages.violation(name, ARGUMENT_REQUIRED, Map.of("parameter", name), "null"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(service.getSimpleName() + "." + method.getName(), violations);
        }
    }

    private static Object invoke(Object implementation, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(implementation, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
