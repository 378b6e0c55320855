// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.tickets;

import java.util.Arrays;
import java.util.Objects;

/**
 * The screenshot of a ticket: an image whose type the ticketing module has checked. Immutable: the
 * content is copied in and out. Two screenshots are equal when all their components are.
 *
 * @param ticketId  required
 * @param mediaType such as {@code image/png}; required
 * @param content   the image's bytes; required
 */
public record TicketScreenshotRecord(String ticketId, String mediaType, byte[] content) {

    public TicketScreenshotRecord {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(mediaType, "mediaType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** A copy of the image's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The number of bytes of the image. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TicketScreenshotRecord that
                && ticketId.equals(that.ticketId)
                && mediaType.equals(that.mediaType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticketId, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "TicketScreenshotRecord[ticketId=" + ticketId + ", mediaType=" + mediaType + ", " + content.length
                + " bytes]";
    }
}
