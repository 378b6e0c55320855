// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.desk;

import java.util.Arrays;
import java.util.Objects;

/**
 * The screenshot an organization sent with an escalation, kept at the desk. Immutable: the content
 * is copied in and out. Two attachments are equal when all their components are.
 *
 * @param deskTicketId required
 * @param mediaType    such as {@code image/png}; required
 * @param content      the image's bytes; required
 */
public record DeskAttachmentRecord(String deskTicketId, String mediaType, byte[] content) {

    public DeskAttachmentRecord {
        Objects.requireNonNull(deskTicketId, "deskTicketId");
        Objects.requireNonNull(mediaType, "mediaType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** A copy of the image's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeskAttachmentRecord that
                && deskTicketId.equals(that.deskTicketId)
                && mediaType.equals(that.mediaType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deskTicketId, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "DeskAttachmentRecord[deskTicketId=" + deskTicketId + ", mediaType=" + mediaType + ", "
                + content.length + " bytes]";
    }
}
