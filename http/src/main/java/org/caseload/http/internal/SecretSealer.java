// SPDX-License-Identifier: Apache-2.0
package org.caseload.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.caseload.spi.security.DataKey;

/**
 * Seals a channel secret with AES-256-GCM under a host key: a fresh 12-byte nonce, the credential's
 * id and organization as associated data (a sealed secret copied to another row does not open), and
 * the nonce followed by the ciphertext and its tag, in base64. The one place of this module that
 * encrypts. Thread-safe.
 */
public final class SecretSealer {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretSealer() {
    }

    /** The secret sealed under the key, bound to {@code context}. */
    public static String seal(DataKey key, byte[] secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, key, nonce, context, secret);
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    /**
     * The secret a {@link #seal} sealed under the key with the same context.
     *
     * @throws IllegalStateException when it does not open: another key, another context, altered
     */
    public static byte[] open(DataKey key, String sealed, String context) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        if (bytes.length <= NONCE_BYTES) {
            throw new IllegalStateException("a sealed channel secret under key " + key.id() + " is too short");
        }
        return run(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, NONCE_BYTES), context,
                Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
    }

    private static byte[] run(int mode, DataKey key, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key.material(), 0, 32, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("a sealed channel secret does not open under key " + key.id()
                    + ": another key, or the row was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed under key " + key.id(), e);
        }
    }
}
