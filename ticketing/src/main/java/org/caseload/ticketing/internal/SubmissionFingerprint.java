// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.TicketSource;

/**
 * A SHA-256 digest of everything a submission says and of who made it, so that a repeated
 * submission under an idempotency key can be told from a different one that reuses the key, without
 * keeping a second copy of what the user wrote. Every field is length-prefixed, so that no two
 * different submissions encode alike. Stateless.
 */
final class SubmissionFingerprint {

    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    private SubmissionFingerprint() {
    }

    /** The fingerprint of a valid {@code command} submitted by {@code reporterUserId}. */
    static String of(SubmitTicket command, String reporterUserId) {
        MessageDigest digest = sha256();
        TicketSource source = command.source();
        ReporterContact contact = command.contact();
        for (String field : new String[] {reporterUserId, command.kind().name(), command.description(),
                source.screenId(), source.formId(), source.recordReference(), source.applicationVersion(),
                source.userAgent(), contact.name(), contact.email(), contact.phone(),
                contact.preferredMethod().name()}) {
            add(digest, field == null ? null : field.getBytes(StandardCharsets.UTF_8));
        }
        add(digest, command.screenshot() == null ? null : command.screenshot().content());
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, byte[] field) {
        if (field == null) {
            digest.update(ABSENT);
            return;
        }
        digest.update(PRESENT);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(field.length).array());
        digest.update(field);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
