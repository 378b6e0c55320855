// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The image types a ticket's screenshot may have, recognized from the image's first bytes (its
 * "magic number"), never from a file name or a type the client claims.
 */
public enum ScreenshotType {
    /** Portable Network Graphics: starts with {@code 89 50 4E 47 0D 0A 1A 0A}. */
    PNG("image/png"),
    /** JPEG: starts with {@code FF D8 FF}. */
    JPEG("image/jpeg"),
    /** WebP: a RIFF container ({@code "RIFF"}, four length bytes) of form type {@code "WEBP"}. */
    WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_FORM = {'W', 'E', 'B', 'P'};
    private static final int WEBP_FORM_OFFSET = 8;

    private final String mediaType;

    ScreenshotType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type, such as {@code image/png}. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The type of an image, from its first bytes.
     *
     * @param content the image; not null
     * @return the type, or empty when the bytes are none of the accepted types
     */
    public static Optional<ScreenshotType> detect(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, WEBP_FORM_OFFSET, WEBP_FORM)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The type with this media type; empty for any other media type, or null. */
    public static Optional<ScreenshotType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] signature) {
        return content.length >= offset + signature.length
                && Arrays.equals(content, offset, offset + signature.length, signature, 0, signature.length);
    }
}
