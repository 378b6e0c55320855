// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.List;
import java.util.Optional;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.EnrollmentStore;

/** The enrollment store as services see it: records sealed on the way in, opened on the way out (see {@link EnrollmentSealing}). */
record SealingEnrollmentStore(EnrollmentStore store, EnrollmentSealing sealing) implements EnrollmentStore {

    @Override
    public EnrollmentRecord insert(EnrollmentRecord enrollment) {
        return sealing.unseal(store.insert(sealing.seal(enrollment)));
    }

    @Override
    public EnrollmentRecord update(EnrollmentRecord enrollment) {
        return sealing.unseal(store.update(sealing.seal(enrollment)));
    }

    @Override
    public Optional<EnrollmentRecord> findById(String id) {
        return store.findById(id).map(sealing::unseal);
    }

    @Override
    public List<EnrollmentRecord> findByClient(String clientId) {
        return store.findByClient(clientId).stream().map(sealing::unseal).toList();
    }

    @Override
    public List<EnrollmentRecord> findByHousehold(String householdId) {
        return store.findByHousehold(householdId).stream().map(sealing::unseal).toList();
    }
}
