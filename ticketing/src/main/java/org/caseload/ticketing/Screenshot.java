// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A screenshot attached to a ticket: the bytes of an image. Immutable and thread-safe: the bytes
 * are copied in and out. Whether they are an accepted image, and small enough, is checked when the
 * ticket is submitted, not here.
 */
public final class Screenshot {

    private final byte[] content;

    private Screenshot(byte[] content) {
        this.content = content;
    }

    /**
     * A screenshot of these bytes.
     *
     * @param content the image, as the user's client captured it; not null, copied
     * @throws NullPointerException when {@code content} is null
     */
    public static Screenshot of(byte[] content) {
        return new Screenshot(Objects.requireNonNull(content, "content").clone());
    }

    /** A copy of the image's bytes. */
    public byte[] content() {
        return content.clone();
    }

    /** The number of bytes. */
    public int size() {
        return content.length;
    }

    /** The image type its first bytes show; empty when they show none of the accepted types. */
    public Optional<ScreenshotType> type() {
        return ScreenshotType.detect(content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Screenshot that && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Screenshot[" + type().map(ScreenshotType::name).orElse("unrecognized") + ", " + content.length
                + " bytes]";
    }
}
