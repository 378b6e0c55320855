// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.security;

import java.util.List;
import java.util.Optional;

/**
 * Supplies the keys Caseload encrypts and digests with. <b>Implemented by the host</b> (a key
 * management service, a vault, a protected file). Caseload never stores key material.
 *
 * <p>Contract: thread-safe; never receives null. {@link #current} names the key new data is
 * written under; {@link #find} returns any key still needed to read older data, including the
 * current one. Rotating a key means making a new one current while keeping the old one findable
 * until Caseload has re-encrypted what the old one wrote ({@code Caseload.keyRotation()}), then
 * retiring it.
 *
 * <p>Lookups by digest (the SSN match keys, HMACs under {@link KeyPurpose#MATCH_KEY_DIGEST}) cannot
 * learn a key id from the value looked for: they compute the digest under every id
 * {@link #readableKeyIds} names, so that records written under an older key are still found while
 * a rotation runs. Keep that list short (the current key and the one before it): each id costs one
 * more digest per lookup.
 */
public interface KeyProvider {

    /** The key to write new data of this purpose under. */
    DataKey current(KeyPurpose purpose);

    /** The key of this purpose with this id, or empty when the host no longer holds it. */
    Optional<DataKey> find(KeyPurpose purpose, String keyId);

    /**
     * The ids of every key of this purpose that data may still be written under, the current one
     * first; each must be {@linkplain #find findable}. By default the current key alone, which is
     * right until a rotation starts: a provider that rotates names the previous ids here until the
     * rotation has finished.
     */
    default List<String> readableKeyIds(KeyPurpose purpose) {
        return List.of(current(purpose).id());
    }
}
