// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caseload.core.Caseload;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.KernelAccess;
import org.caseload.core.internal.ServiceGuard;
import org.caseload.http.internal.ChannelKeys;
import org.caseload.http.internal.DefaultChannelCredentialService;
import org.caseload.http.internal.FixedChannelKeys;
import org.caseload.http.internal.StoredChannelKeys;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.security.KeyProvider;

/**
 * The secrets one side of the support channel signs its requests with and verifies the other
 * side's with. The vendor's desk holds every organization's ({@link #forDesk}: issued through
 * {@link #service}, kept sealed in its storage); an organization holds its own
 * ({@link #forOrganization}: the one or two the vendor issued it). Give the same object to the
 * side's {@link HttpSupportChannel} and {@link SupportEndpoint}. Immutable and thread-safe.
 */
public final class ChannelCredentials {

    private final ChannelKeys keys;

    private ChannelCredentials(ChannelKeys keys) {
        this.keys = keys;
    }

    /**
     * The desk's credentials: every organization's, from the vendor runtime's storage, their
     * secrets opened with the host's keys of purpose {@code CHANNEL_SECRET_ENCRYPTION}.
     *
     * @throws ConfigurationException naming the argument that is null
     */
    public static ChannelCredentials forDesk(Caseload vendor, KeyProvider keys) {
        Kernel kernel = kernel(vendor, keys);
        return new ChannelCredentials(new StoredChannelKeys(kernel.storage(), kernel.clock(), keys));
    }

    /**
     * The service that issues, lists and revokes the organizations' credentials at the desk.
     *
     * @throws ConfigurationException naming the argument that is null
     */
    public static ChannelCredentialService service(Caseload vendor, KeyProvider keys) {
        return ServiceGuard.guard(ChannelCredentialService.class,
                new DefaultChannelCredentialService(kernel(vendor, keys), keys));
    }

    /**
     * An organization's credentials: it signs with {@code current}; requests from the desk signed
     * with it or with any of {@code alsoAccepted} are accepted. While the vendor rotates, configure
     * the new secret as current and the old one as also accepted; drop the old one once the vendor
     * revoked it.
     *
     * @throws ConfigurationException when the organization id is blank, a secret is null, or two
     *         secrets share a credential id
     */
    public static ChannelCredentials forOrganization(String organizationId, ChannelSecret current,
                                                     ChannelSecret... alsoAccepted) {
        if (organizationId == null || organizationId.isBlank()) {
            throw new ConfigurationException("organizationId must not be blank");
        }
        if (current == null || alsoAccepted == null) {
            throw new ConfigurationException("the channel secrets must not be null");
        }
        List<ChannelKeys.Key> keys = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<ChannelSecret> all = new ArrayList<>();
        all.add(current);
        all.addAll(Arrays.asList(alsoAccepted));
        for (ChannelSecret secret : all) {
            if (secret == null) {
                throw new ConfigurationException("the channel secrets must not be null");
            }
            if (!ids.add(secret.credentialId())) {
                throw new ConfigurationException("credential " + secret.credentialId() + " is given twice");
            }
            keys.add(new ChannelKeys.Key(secret.credentialId(), organizationId, secret.key()));
        }
        return new ChannelCredentials(new FixedChannelKeys(keys));
    }

    /** The keys, for this module's channel and endpoint. */
    ChannelKeys keys() {
        return keys;
    }

    private static Kernel kernel(Caseload vendor, KeyProvider keys) {
        if (vendor == null) {
            throw new ConfigurationException("vendor must not be null: pass the desk's Caseload runtime");
        }
        if (keys == null) {
            throw new ConfigurationException("keys must not be null: pass the host's KeyProvider");
        }
        return KernelAccess.of(vendor);
    }
}
