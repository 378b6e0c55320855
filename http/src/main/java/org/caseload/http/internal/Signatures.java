// SPDX-License-Identifier: Apache-2.0
package org.caseload.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request signature of {@code docs/wire/README.md}: HMAC-SHA256, under the credential's secret,
 * of the canonical string
 * <pre>
 * caseload-v1 LF METHOD LF path LF timestamp LF message-id LF base64(SHA-256(body))
 * </pre>
 * sent as {@code v1=} and the MAC in base64. Stateless.
 */
public final class Signatures {

    /** The credential's id. */
    public static final String CREDENTIAL = "Caseload-Credential";
    /** Seconds since the epoch, in decimal, when the request was signed. */
    public static final String TIMESTAMP = "Caseload-Timestamp";
    /** The message id, the same on every attempt. */
    public static final String MESSAGE_ID = "Caseload-Message-Id";
    /** {@code v1=} and the base64 MAC. */
    public static final String SIGNATURE = "Caseload-Signature";

    private static final String SCHEME = "v1=";

    private Signatures() {
    }

    /** The base64 (RFC 4648, padded) SHA-256 of the body. */
    public static String digest(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The string that is signed. */
    public static String canonical(String method, String path, long timestamp, String messageId, byte[] body) {
        return "caseload-v1\n" + method + "\n" + path + "\n" + timestamp + "\n" + messageId + "\n" + digest(body);
    }

    /** The signature header's value for the canonical string under the secret. */
    public static String sign(byte[] secret, String canonical) {
        return SCHEME + Base64.getEncoder().encodeToString(mac(secret, canonical));
    }

    /** Whether the header holds the signature of the canonical string under the secret, compared in constant time. */
    public static boolean verify(byte[] secret, String canonical, String header) {
        if (header == null || !header.startsWith(SCHEME)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(SCHEME.length()));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(secret, canonical), given);
    }

    private static byte[] mac(byte[] secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
