// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;

/**
 * Seals text with AES-256-GCM under the host's current key of one purpose, and opens it again
 * under whichever key sealed it. A sealed value is text:
 *
 * <pre>sealed:v1:&lt;key id&gt;:&lt;base64(iv || ciphertext || tag)&gt;</pre>
 *
 * with a random 96-bit IV and a 128-bit tag. Each value is bound to where it belongs (its
 * <em>binding</em>, such as {@code client/<id>/ssn}), given as associated data together with the
 * format version and the key id: a sealed value copied to another record or field, or altered in
 * any way, does not open. Failures never show the value: an altered, malformed or misplaced value
 * is an {@link ErrorCode#SEALED_VALUE_UNREADABLE}, a missing key an
 * {@link ErrorCode#ENCRYPTION_KEY_UNAVAILABLE}; both name the binding (ids only).
 *
 * <p>Thread-safe. Public for the library's modules (exported to them only); not host API.
 */
public final class Sealer {

    /** What every sealed value starts with. */
    public static final String PREFIX = "sealed:v1:";

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HostKeys keys;

    /** A sealer under the provider's keys of this purpose. */
    public Sealer(KeyProvider provider, KeyPurpose purpose) {
        this.keys = new HostKeys(provider, purpose, "caseload/aes-256-gcm/" + purpose);
    }

    /** Whether the text has the form of a sealed value (it may still fail to open). */
    public static boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX) && text.lastIndexOf(':') > PREFIX.length();
    }

    /** The id of the key a sealed value names; empty when the text is not a sealed value. */
    public static Optional<String> keyIdOf(String text) {
        if (!isSealed(text)) {
            return Optional.empty();
        }
        return Optional.of(text.substring(PREFIX.length(), text.lastIndexOf(':')));
    }

    /** The id of the key new values are sealed under. */
    public String currentKeyId() {
        return keys.currentId();
    }

    /** Whether the text is a value sealed under the current key. */
    public boolean isCurrent(String text) {
        return keyIdOf(text).map(keys.currentId()::equals).orElse(false);
    }

    /** The text sealed under the current key and bound to {@code binding}. */
    public String seal(String plaintext, String binding) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(binding, "binding");
        HostKeys.Derived key = keys.current();
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv, binding);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + key.id() + ':' + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides " + CIPHER, e);
        }
    }

    /**
     * The text a sealed value holds.
     *
     * @throws CaseloadException {@link ErrorCode#SEALED_VALUE_UNREADABLE} when the value is
     *         malformed, altered or bound elsewhere; {@link ErrorCode#ENCRYPTION_KEY_UNAVAILABLE}
     *         when its key is not available
     */
    public String unseal(String sealed, String binding) {
        Objects.requireNonNull(binding, "binding");
        Optional<String> keyId = keyIdOf(sealed);
        if (keyId.isEmpty()) {
            throw unreadable(binding, "it is not a sealed value", null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        } catch (IllegalArgumentException e) {
            throw unreadable(binding, "it is not valid base64", null);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw unreadable(binding, "it is too short", null);
        }
        HostKeys.Derived key = keys.find(keyId.get(), binding);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(bytes, IV_BYTES), binding);
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plain)).toString();
        } catch (AEADBadTagException e) {
            throw unreadable(binding, "it was altered, or sealed for another record or field", null);
        } catch (CharacterCodingException e) {
            throw unreadable(binding, "it does not hold text", null);
        } catch (GeneralSecurityException e) {
            throw unreadable(binding, "the cipher refused it (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    private Cipher cipher(int mode, HostKeys.Derived key, byte[] iv, String binding)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD((PREFIX + key.id() + ':' + binding).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private CaseloadException unreadable(String binding, String why, Throwable cause) {
        return new CaseloadException(ErrorCode.SEALED_VALUE_UNREADABLE,
                "the sealed " + keys.purpose() + " value of " + binding + " cannot be read: " + why, cause);
    }
}
