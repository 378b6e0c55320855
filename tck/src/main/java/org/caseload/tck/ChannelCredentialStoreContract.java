// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.channel.ChannelCredentialRecord;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.channel.ChannelCredentialStore}: credentials kept
 * as given (the sealed secret byte for byte), listed per organization oldest issued first, changed
 * only from the version read.
 */
public interface ChannelCredentialStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    @Test
    default void aCredentialIsKeptAsGivenAndFoundById() {
        Storage storage = storage();
        ChannelCredentialRecord credential = credential(unique("org"), 1);

        ChannelCredentialRecord stored = storage.inTransaction(session -> session.channelCredentials().insert(credential));

        assertThat(stored).isEqualTo(credential.withVersion(1));
        assertThat(find(storage, credential.id())).contains(stored);
        assertThat(find(storage, unique("missing"))).isEmpty();
    }

    @Test
    default void anOrganizationsCredentialsAreListedOldestIssuedFirst() {
        Storage storage = storage();
        String org = unique("org");
        ChannelCredentialRecord later = credential(org, 5);
        ChannelCredentialRecord earlier = credential(org, 2);
        storage.inTransaction(session -> {
            session.channelCredentials().insert(later);
            session.channelCredentials().insert(earlier);
            return session.channelCredentials().insert(credential(unique("other"), 1));
        });

        assertThat(list(storage, org))
                .extracting(ChannelCredentialRecord::id)
                .containsExactly(earlier.id(), later.id());
        assertThat(list(storage, unique("none"))).isEmpty();
    }

    @Test
    default void aCredentialUpdateKeepsFirstUseAndRevocationAndBumpsTheVersion() {
        Storage storage = storage();
        ChannelCredentialRecord stored = storage.inTransaction(session ->
                session.channelCredentials().insert(credential(unique("org"), 1)));

        ChannelCredentialRecord used = storage.inTransaction(session ->
                session.channelCredentials().update(stored.withFirstUse(at(10))));
        ChannelCredentialRecord revoked = storage.inTransaction(session ->
                session.channelCredentials().update(used.withRevocation(at(20))));

        assertThat(revoked.version()).isEqualTo(3);
        assertThat(find(storage, stored.id())).hasValueSatisfying(found -> {
            assertThat(found.firstUsedAt()).isEqualTo(at(10));
            assertThat(found.revokedAt()).isEqualTo(at(20));
            assertThat(found.active()).isFalse();
            assertThat(found.version()).isEqualTo(3);
        });
    }

    @Test
    default void aStaleOrMissingCredentialUpdateIsRefusedAndChangesNothing() {
        Storage storage = storage();
        ChannelCredentialRecord stored = storage.inTransaction(session ->
                session.channelCredentials().insert(credential(unique("org"), 1)));
        storage.inTransaction(session -> session.channelCredentials().update(stored.withFirstUse(at(10))));

        assertThatThrownBy(() -> storage.inTransaction(session ->
                session.channelCredentials().update(stored.withRevocation(at(20)))))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> storage.inTransaction(session ->
                session.channelCredentials().update(credential(unique("org"), 1).withVersion(1))))
                .isInstanceOf(NotFoundException.class);
        assertThat(find(storage, stored.id())).hasValueSatisfying(found -> assertThat(found.active()).isTrue());
    }

    @Test
    default void aCredentialIdIsUniqueAndARolledBackInsertLeavesNothing() {
        Storage storage = storage();
        ChannelCredentialRecord credential = credential(unique("org"), 1);
        storage.inTransaction(session -> session.channelCredentials().insert(credential));

        assertThatThrownBy(() -> storage.inTransaction(session -> session.channelCredentials().insert(credential)))
                .isInstanceOf(StorageException.class);
        ChannelCredentialRecord other = credential(unique("org"), 1);
        inRolledBackUnit(storage, session -> session.channelCredentials().insert(other));
        assertThat(find(storage, other.id())).isEmpty();
        assertThat(list(storage, other.organizationId())).isEmpty();
    }

    private static ChannelCredentialRecord credential(String organizationId, long issuedSecond) {
        return new ChannelCredentialRecord(unique("cred"), organizationId, "key-1",
                "c2VhbGVkIHNlY3JldCBieXRlcw==" + issuedSecond, at(issuedSecond), null, null, 0);
    }

    private static List<ChannelCredentialRecord> list(Storage storage, String organizationId) {
        return storage.inTransaction(session -> session.channelCredentials().findByOrganization(organizationId));
    }

    private static Optional<ChannelCredentialRecord> find(Storage storage, String id) {
        return storage.inTransaction(session -> session.channelCredentials().findById(id));
    }
}
