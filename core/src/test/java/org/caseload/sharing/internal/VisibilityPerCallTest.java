// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.KernelAccess;
import org.caseload.core.internal.Operation;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One visibility per call, kept by the call's context: the same for every check of a call, another
 * for the next call, and nothing of a call kept once it has returned.
 */
class VisibilityPerCallTest {

    private static final Operation READ = Operation.reading("test.read", Permission.CLIENT_READ);

    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage())
            .identity(new TestIdentity().as(TestUsers.user("worker-a", "org-a", Role.CASEWORKER))).build();
    private final Kernel kernel = KernelAccess.of(caseload);

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void everyCheckOfOneCallSharesOneVisibility() {
        boolean same = kernel.call(READ, null, context -> Visibility.of(context) == Visibility.of(context));

        assertThat(same).isTrue();
    }

    @Test
    void theNextCallHasItsOwn() {
        Visibility first = kernel.call(READ, null, Visibility::of);

        assertThat(kernel.call(READ, null, Visibility::of)).isNotSameAs(first);
    }

    /**
     * A reading call writes nothing that outlives it into a structure shared by every call: once it
     * has returned, its visibility can be collected at the first collection.
     */
    @Test
    void aFinishedCallsVisibilityIsNotKept() {
        List<WeakReference<Visibility>> finished = new ArrayList<>();
        kernel.call(READ, null, context -> finished.add(new WeakReference<>(Visibility.of(context))));

        for (int i = 0; i < 10 && finished.get(0).get() != null; i++) {
            System.gc();
        }

        assertThat(finished.get(0).get()).isNull();
    }
}
