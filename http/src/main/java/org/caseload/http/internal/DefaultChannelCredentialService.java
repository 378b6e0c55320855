// SPDX-License-Identifier: Apache-2.0
package org.caseload.http.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.caseload.core.Permission;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.internal.crypto.Sealer;
import org.caseload.http.ChannelCredential;
import org.caseload.http.ChannelCredentialService;
import org.caseload.http.ChannelSecret;
import org.caseload.http.IssueChannelCredential;
import org.caseload.http.IssuedChannelCredential;
import org.caseload.http.RevokeChannelCredential;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.storage.channel.ChannelCredentialRecord;

/** The credential service over the vendor runtime's kernel and the host's keys. Thread-safe. */
public final class DefaultChannelCredentialService implements ChannelCredentialService {

    /** The record type in audit entries and exceptions. */
    public static final String RECORD_TYPE = "channelCredential";
    /** Active credentials an organization may hold at once: the current one and its replacement. */
    public static final int MAX_ACTIVE = 2;

    private static final Operation ISSUE = new Operation("channel.credential.issue",
            Permission.SUPPORT_DESK_CREDENTIALS);
    private static final Operation LIST = Operation.reading("channel.credential.list", Permission.SUPPORT_DESK_CREDENTIALS);
    private static final Operation REVOKE = new Operation("channel.credential.revoke",
            Permission.SUPPORT_DESK_CREDENTIALS);
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Kernel kernel;
    private final Sealer sealer;

    public DefaultChannelCredentialService(Kernel kernel, KeyProvider keys) {
        this.kernel = kernel;
        this.sealer = new Sealer(keys, KeyPurpose.CHANNEL_SECRET_ENCRYPTION);
    }

    @Override
    public IssuedChannelCredential issue(IssueChannelCredential command) {
        return kernel.call(ISSUE, command, context -> {
            String organizationId = command.organizationId();
            long active = context.session().channelCredentials().findByOrganization(organizationId).stream()
                    .filter(ChannelCredentialRecord::active).count();
            String id = context.newId();
            context.auditRecord(RECORD_TYPE, id);
            if (active >= MAX_ACTIVE) {
                throw new InvalidTransitionException(RECORD_TYPE, id, "organization " + organizationId + " holding "
                        + active + " active credentials", "issued: revoke one first");
            }
            byte[] secret = new byte[SECRET_BYTES];
            RANDOM.nextBytes(secret);
            String sealed = sealer.seal(Base64.getEncoder().encodeToString(secret),
                    StoredChannelKeys.binding(id, organizationId));
            String keyId = Sealer.keyIdOf(sealed).orElseThrow();
            ChannelCredentialRecord stored = context.session().channelCredentials().insert(new ChannelCredentialRecord(
                    id, organizationId, keyId, sealed, context.now(), null, null, 0));
            context.auditDetail("issued to organization " + organizationId + ", sealed under key " + keyId);
            return new IssuedChannelCredential(view(stored),
                    new ChannelSecret(id, Base64.getUrlEncoder().withoutPadding().encodeToString(secret)));
        });
    }

    @Override
    public List<ChannelCredential> list(String organizationId) {
        return kernel.call(LIST, null, context -> {
            List<ChannelCredential> credentials = context.session().channelCredentials()
                    .findByOrganization(organizationId).stream().map(DefaultChannelCredentialService::view).toList();
            context.auditDetail(credentials.size() + " credentials of organization " + organizationId);
            return credentials;
        });
    }

    @Override
    public ChannelCredential revoke(RevokeChannelCredential command) {
        return kernel.call(REVOKE, command, context -> {
            String id = command.credentialId();
            context.auditRecord(RECORD_TYPE, id);
            ChannelCredentialRecord current = context.session().channelCredentials().findById(id)
                    .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
            if (!current.active()) {
                throw new InvalidTransitionException(RECORD_TYPE, id, "revoked", "revoked");
            }
            ChannelCredentialRecord revoked = context.session().channelCredentials()
                    .update(current.withRevocation(context.now()));
            context.auditDetail("revoked, of organization " + current.organizationId());
            return view(revoked);
        });
    }

    private static ChannelCredential view(ChannelCredentialRecord record) {
        return new ChannelCredential(record.id(), record.organizationId(), record.issuedAt(), record.firstUsedAt(),
                record.revokedAt());
    }
}
