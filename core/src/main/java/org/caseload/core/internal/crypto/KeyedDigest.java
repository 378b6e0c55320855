// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;

/**
 * HMAC-SHA256 of values under the host's keys of one purpose, as unpadded URL-safe base64 (43
 * characters): a digest that nobody without the key can compute, so that a stored digest of a
 * value from a small set (nine digits) cannot be reversed by trying them all. Thread-safe.
 * Public for the library's modules (exported to them only); not host API.
 */
public final class KeyedDigest {

    private final HostKeys keys;

    /** Digests under the provider's keys of this purpose. */
    public KeyedDigest(KeyProvider provider, KeyPurpose purpose) {
        this.keys = new HostKeys(provider, purpose, "caseload/hmac-sha256/" + purpose);
    }

    /** The id of the key new digests are computed under. */
    public String currentKeyId() {
        return keys.currentId();
    }

    /** The value's digest under the current key. */
    public Keyed current(String value) {
        HostKeys.Derived key = keys.current();
        return new Keyed(key.id(), mac(key, value));
    }

    /**
     * The value's digest under every key the provider names readable, by key id, the current one
     * first: what a lookup searches for while a rotation runs.
     */
    public Map<String, String> underEveryReadableKey(String value) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String id : keys.readableIds()) {
            digests.put(id, mac(keys.find(id, "a lookup by digest"), value));
        }
        return digests;
    }

    /** The ids of every key digests may still be under, the current one first. */
    public List<String> readableKeyIds() {
        return keys.readableIds();
    }

    private static String mac(HostKeys.Derived key, String value) {
        Objects.requireNonNull(value, "value");
        try {
            Mac mac = Mac.getInstance(HostKeys.HMAC);
            mac.init(new SecretKeySpec(key.bytes(), HostKeys.HMAC));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides " + HostKeys.HMAC, e);
        }
    }

    /**
     * A digest and the id of the key it was computed under.
     *
     * @param keyId  the key's id
     * @param digest the digest, unpadded URL-safe base64
     */
    public record Keyed(String keyId, String digest) {
    }
}
