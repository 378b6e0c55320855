// SPDX-License-Identifier: Apache-2.0
package org.caseload.http.internal;

import java.util.List;
import java.util.Optional;
import org.caseload.spi.support.PermanentDeliveryException;

/**
 * An organization's secrets as its host configured them: the first signs, every one verifies (the
 * previous one stays accepted while the vendor rotates). Immutable.
 */
public final class FixedChannelKeys implements ChannelKeys {

    private final List<Key> keys;

    /** @param keys the current key first; all of one organization */
    public FixedChannelKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    @Override
    public boolean desk() {
        return false;
    }

    @Override
    public Optional<Key> forVerification(String credentialId) {
        return keys.stream().filter(key -> key.credentialId().equals(credentialId)).findFirst();
    }

    @Override
    public Key forSigning(String organizationId) {
        Key current = keys.get(0);
        if (!current.organizationId().equals(organizationId)) {
            throw new PermanentDeliveryException("ORGANIZATION_MISMATCH", "this channel holds the credentials of"
                    + " organization " + current.organizationId() + ", not of " + organizationId);
        }
        return current;
    }

    @Override
    public void used(Key key) {
        // An organization's configuration records nothing.
    }
}
