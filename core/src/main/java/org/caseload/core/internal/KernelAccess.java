// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.Objects;
import java.util.function.Function;
import org.caseload.core.Caseload;

/**
 * How Caseload's own domain modules (ticketing, help) reach a runtime's {@link Kernel}: the kernel
 * holds storage that bypasses every permission check, so {@link Caseload} does not hand it out in
 * its public API, and this package is exported only to those modules.
 */
public final class KernelAccess {

    private static volatile Function<Caseload, Kernel> accessor;

    private KernelAccess() {
    }

    /** Called once, by {@link Caseload}'s class initialization. */
    public static void install(Function<Caseload, Kernel> kernelOfRuntime) {
        if (accessor != null) {
            throw new IllegalStateException("the kernel accessor is installed already");
        }
        accessor = Objects.requireNonNull(kernelOfRuntime, "kernelOfRuntime");
    }

    /** The kernel of {@code caseload}. */
    public static Kernel of(Caseload caseload) {
        Objects.requireNonNull(caseload, "caseload");
        // A Caseload instance exists, so its class has run the initializer that installs the accessor.
        return accessor.apply(caseload);
    }
}
