// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;

/**
 * A {@link KeyProvider} for tests: fixed keys, derived from their ids alone, so that two runtimes
 * (two nodes, or a runtime reopened on the same database) read each other's data, and a test can
 * rotate keys. Never for production: anyone who reads this source has the keys. Thread-safe.
 *
 * <pre>{@code
 * TestKeys keys = TestKeys.fixed();               // every purpose under key "test-1"
 * Caseload caseload = Caseload.builder().storage(jdbc).identity(users).keyProvider(keys).build();
 * keys.rotate();                                  // "test-2" is current, "test-1" still readable
 * caseload.keyRotation().rotate(RotateKeys.all());
 * keys.retire("test-1");                          // what it wrote must have been rotated
 * }</pre>
 */
public final class TestKeys implements KeyProvider {

    private final List<String> readable = new ArrayList<>();
    private int generation;

    private TestKeys() {
        rotate();
    }

    /** Keys with the id {@code test-1} for every purpose. */
    public static TestKeys fixed() {
        return new TestKeys();
    }

    /**
     * Makes a new key current for every purpose ({@code test-2}, then {@code test-3}, ...), keeping
     * the previous ones readable.
     *
     * @return this provider
     */
    public synchronized TestKeys rotate() {
        generation++;
        readable.add(0, "test-" + generation);
        return this;
    }

    /**
     * Forgets a key that is not current: data written under it can no longer be read.
     *
     * @return this provider
     * @throws IllegalArgumentException when the key is current or unknown
     */
    public synchronized TestKeys retire(String keyId) {
        if (readable.indexOf(keyId) < 1) {
            throw new IllegalArgumentException("only a key that is readable but not current can be retired, not "
                    + keyId + " of " + readable);
        }
        readable.remove(keyId);
        return this;
    }

    @Override
    public synchronized DataKey current(KeyPurpose purpose) {
        return key(Objects.requireNonNull(purpose, "purpose"), readable.get(0));
    }

    @Override
    public synchronized Optional<DataKey> find(KeyPurpose purpose, String keyId) {
        return readable.contains(keyId) ? Optional.of(key(purpose, keyId)) : Optional.empty();
    }

    @Override
    public synchronized List<String> readableKeyIds(KeyPurpose purpose) {
        return List.copyOf(readable);
    }

    private static DataKey key(KeyPurpose purpose, String id) {
        try {
            byte[] material = MessageDigest.getInstance("SHA-256")
                    .digest(("caseload test key|" + purpose + '|' + id).getBytes(StandardCharsets.UTF_8));
            return new DataKey(id, material);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
