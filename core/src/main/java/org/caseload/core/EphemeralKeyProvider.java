// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;

/**
 * Keys that live as long as the object: one random 256-bit key per purpose, drawn when it is
 * created, never written anywhere. What they sealed cannot be read by another instance, or after a
 * restart. The default of a runtime on a storage that is not {@linkplain
 * org.caseload.spi.storage.Storage#durable() durable} (an in-memory one), where nothing outlives
 * the process anyway; never suitable for a database. Thread-safe.
 */
public final class EphemeralKeyProvider implements KeyProvider {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<KeyPurpose, DataKey> keys = new EnumMap<>(KeyPurpose.class);

    /** A provider with a fresh random key per purpose. */
    public EphemeralKeyProvider() {
        for (KeyPurpose purpose : KeyPurpose.values()) {
            byte[] material = new byte[DataKey.MIN_MATERIAL_BYTES];
            byte[] id = new byte[6];
            RANDOM.nextBytes(material);
            RANDOM.nextBytes(id);
            keys.put(purpose, new DataKey("ephemeral-" + HexFormat.of().formatHex(id), material));
        }
    }

    @Override
    public DataKey current(KeyPurpose purpose) {
        return keys.get(Objects.requireNonNull(purpose, "purpose"));
    }

    @Override
    public Optional<DataKey> find(KeyPurpose purpose, String keyId) {
        DataKey key = current(purpose);
        return key.id().equals(keyId) ? Optional.of(key) : Optional.empty();
    }
}
