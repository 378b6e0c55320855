// SPDX-License-Identifier: Apache-2.0
package org.caseload.http.internal;

import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.core.internal.crypto.Sealer;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.channel.ChannelCredentialRecord;
import org.caseload.spi.support.PermanentDeliveryException;

/**
 * The desk's keys: every organization's active credentials from the {@code ChannelCredentialStore},
 * opened with the host's keys of purpose {@link KeyPurpose#CHANNEL_SECRET_ENCRYPTION}.
 *
 * <p>To an organization the desk signs with the newest credential the organization has itself
 * signed with, or, before it has used any, with its oldest active one: so a rotation never signs
 * with a secret the organization has not installed yet. Thread-safe.
 */
public final class StoredChannelKeys implements ChannelKeys {

    private static final Comparator<ChannelCredentialRecord> BY_FIRST_USE = Comparator
            .comparing(ChannelCredentialRecord::firstUsedAt)
            .thenComparing(ChannelCredentialRecord::issuedAt)
            .thenComparing(ChannelCredentialRecord::id);

    private final Storage storage;
    private final Clock clock;
    private final Sealer sealer;

    public StoredChannelKeys(Storage storage, Clock clock, KeyProvider keys) {
        this.storage = storage;
        this.clock = clock;
        this.sealer = new Sealer(keys, KeyPurpose.CHANNEL_SECRET_ENCRYPTION);
    }

    /** Where a credential's sealed secret belongs: a sealed secret copied to another row does not open. */
    public static String binding(String credentialId, String organizationId) {
        return "channel-credential/" + organizationId + "/" + credentialId + "/secret";
    }

    @Override
    public boolean desk() {
        return true;
    }

    @Override
    public Optional<Key> forVerification(String credentialId) {
        return storage.inTransaction(session -> session.channelCredentials().findById(credentialId))
                .filter(ChannelCredentialRecord::active)
                .map(this::open);
    }

    @Override
    public Key forSigning(String organizationId) {
        List<ChannelCredentialRecord> active = storage.inTransaction(session ->
                session.channelCredentials().findByOrganization(organizationId)).stream()
                .filter(ChannelCredentialRecord::active)
                .toList();
        Optional<ChannelCredentialRecord> newestUsed = active.stream()
                .filter(credential -> credential.firstUsedAt() != null)
                .max(BY_FIRST_USE);
        return open(newestUsed.or(() -> active.stream().findFirst())
                .orElseThrow(() -> new PermanentDeliveryException("NO_CREDENTIAL", "organization " + organizationId
                        + " has no active channel credential: issue one, then resend")));
    }

    @Override
    public void used(Key key) {
        try {
            storage.inTransaction(session -> {
                session.channelCredentials().findById(key.credentialId())
                        .filter(credential -> credential.firstUsedAt() == null)
                        .ifPresent(credential -> session.channelCredentials()
                                .update(credential.withFirstUse(clock.instant())));
                return null;
            });
        } catch (ConcurrentModificationException another) {
            // Another request recorded the first use, or the credential was revoked meanwhile.
        }
    }

    private Key open(ChannelCredentialRecord credential) {
        byte[] secret = Base64.getDecoder().decode(sealer.unseal(credential.sealedSecret(),
                binding(credential.id(), credential.organizationId())));
        return new Key(credential.id(), credential.organizationId(), secret);
    }
}
