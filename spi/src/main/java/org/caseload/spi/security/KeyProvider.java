// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.security;

import java.util.Optional;

/**
 * Supplies the keys Caseload encrypts and digests with. <b>Implemented by the host</b> (a key
 * management service, a vault, a protected file). Caseload never stores key material.
 *
 * <p>Contract: thread-safe; never receives null. {@link #current} names the key new data is
 * written under; {@link #find} returns any key still needed to read older data, including the
 * current one. Rotating a key means making a new one current while keeping the old one findable
 * until Caseload has re-encrypted what the old one wrote.
 */
public interface KeyProvider {

    /** The key to write new data of this purpose under. */
    DataKey current(KeyPurpose purpose);

    /** The key of this purpose with this id, or empty when the host no longer holds it. */
    Optional<DataKey> find(KeyPurpose purpose, String keyId);
}
