// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.caseload.core.internal.CallContext;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.StorageSession;
import org.junit.jupiter.api.Test;

/**
 * One visibility per call: the same for every check of a call, another for the next call, and
 * nothing kept of a call once its thread has moved on to the next one.
 */
class VisibilityPerCallTest {

    @Test
    void everyCheckOfOneCallSharesOneVisibility() {
        CallContext call = new Call();

        assertThat(Visibility.of(call)).isSameAs(Visibility.of(call));
    }

    @Test
    void theNextCallOnTheThreadHasItsOwn() {
        CallContext first = new Call();
        Visibility ofFirst = Visibility.of(first);

        assertThat(Visibility.of(new Call())).isNotSameAs(ofFirst);
    }

    @Test
    void callsOnOtherThreadsHaveTheirOwn() throws Exception {
        CallContext call = new Call();
        Visibility here = Visibility.of(call);

        Visibility there = CompletableFuture.supplyAsync(() -> Visibility.of(call)).get();

        assertThat(there).isNotSameAs(here);
    }

    /**
     * A reading call writes nothing that outlives it into a structure shared by every call: once
     * the thread's next call has begun, the previous call's visibility can be collected at the
     * first collection, without waiting for anything to be looked up again.
     */
    @Test
    void aFinishedCallsVisibilityIsNotKept() {
        WeakReference<Visibility> finished = new WeakReference<>(Visibility.of(new Call()));
        Visibility.of(new Call());

        for (int i = 0; i < 10 && finished.get() != null; i++) {
            System.gc();
        }

        assertThat(finished.get()).isNull();
    }

    /** A call's context with what a visibility reads when it is built; nothing else is used. */
    private static final class Call implements CallContext {
        private static final Principal CALLER = new Principal("worker", "Worker", "org-a", Set.of(), Set.of(),
                Locale.ROOT);

        @Override
        public Principal principal() {
            return CALLER;
        }

        @Override
        public StorageSession session() {
            return null;
        }

        @Override
        public Instant now() {
            return Instant.parse("2026-01-15T12:00:00Z");
        }

        @Override
        public LocalDate today() {
            return LocalDate.of(2026, 1, 15);
        }

        @Override
        public String newId() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean canSeeOrganization(String organizationId) {
            return "org-a".equals(organizationId);
        }

        @Override
        public void auditRecord(String recordType, String recordId) {
        }

        @Override
        public void auditDetail(String detail) {
        }
    }
}
