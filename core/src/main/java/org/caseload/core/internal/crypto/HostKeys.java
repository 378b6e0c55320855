// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;

/**
 * The host's keys of one purpose, as the ciphers use them: each key's material is never used as
 * is but stretched into a 256-bit key of its own per use ({@code HMAC-SHA256(material, label)}),
 * so that one key given for two uses still yields two unrelated keys. A provider that fails, or
 * that holds no key with a requested id, is an {@link ErrorCode#ENCRYPTION_KEY_UNAVAILABLE}.
 * Thread-safe.
 */
final class HostKeys {

    static final String HMAC = "HmacSHA256";

    private final KeyProvider provider;
    private final KeyPurpose purpose;
    private final String label;

    HostKeys(KeyProvider provider, KeyPurpose purpose, String label) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.label = Objects.requireNonNull(label, "label");
    }

    KeyPurpose purpose() {
        return purpose;
    }

    /** The id of the key new data is written under. */
    String currentId() {
        return current().id();
    }

    /** The current key, derived for this use. */
    Derived current() {
        DataKey key;
        try {
            key = provider.current(purpose);
        } catch (RuntimeException e) {
            throw unavailable("KeyProvider.current(" + purpose + ") failed with " + e.getClass().getName(), e);
        }
        if (key == null) {
            throw unavailable("KeyProvider.current(" + purpose + ") returned no key", null);
        }
        return derive(key);
    }

    /** The ids of every key data of this purpose may still be under, the current one first. */
    List<String> readableIds() {
        List<String> ids;
        try {
            ids = provider.readableKeyIds(purpose);
        } catch (RuntimeException e) {
            throw unavailable("KeyProvider.readableKeyIds(" + purpose + ") failed with " + e.getClass().getName(), e);
        }
        if (ids == null || ids.isEmpty()) {
            return List.of(currentId());
        }
        return List.copyOf(ids);
    }

    /** The key with this id, derived for this use; {@code what} names what it is needed for. */
    Derived find(String keyId, String what) {
        Optional<DataKey> key;
        try {
            key = provider.find(purpose, keyId);
        } catch (RuntimeException e) {
            throw unavailable("KeyProvider.find(" + purpose + ", " + keyId + ") failed with "
                    + e.getClass().getName(), e);
        }
        if (key == null || key.isEmpty()) {
            throw unavailable("the key provider holds no " + purpose + " key with id \"" + keyId + "\", needed for "
                    + what, null);
        }
        return derive(key.get());
    }

    private Derived derive(DataKey key) {
        byte[] material = key.material();
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(material, HMAC));
            return new Derived(key.id(), mac.doFinal(label.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides " + HMAC, e);
        } finally {
            java.util.Arrays.fill(material, (byte) 0);
        }
    }

    private static CaseloadException unavailable(String message, Throwable cause) {
        return new CaseloadException(ErrorCode.ENCRYPTION_KEY_UNAVAILABLE, message, cause);
    }

    /** A key's id and the 256 bits derived from it for one use. */
    record Derived(String id, byte[] bytes) {
        @Override
        public String toString() {
            return "Derived[id=" + id + ", bytes=(hidden)]";
        }
    }
}
