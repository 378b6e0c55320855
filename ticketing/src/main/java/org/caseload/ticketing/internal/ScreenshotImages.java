// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.caseload.core.internal.Messages;
import org.caseload.spi.error.ValidationException;
import org.caseload.ticketing.ScreenshotType;

/**
 * A screenshot as it is stored: decoded and encoded again, so that what is kept is an image and
 * nothing else. A file that only starts like an image (PNG magic followed by HTML) does not decode
 * and is refused; whatever rode along in a real image (metadata such as GPS position, comments,
 * trailing bytes) is not written again. The size in pixels is read from the header and checked
 * before the pixels are decoded, so that a small file that would decode to gigabytes (a
 * decompression bomb) never is. Stateless.
 */
final class ScreenshotImages {

    /** The most pixels a screenshot may have: more than an 8K screen (7680 × 4320). */
    static final long MAX_PIXELS = 36_000_000L;

    private ScreenshotImages() {
    }

    /** A screenshot ready to store: its type and its bytes. */
    record Encoded(ScreenshotType type, byte[] content) {
    }

    /**
     * The image decoded and encoded again in its own type (PNG when no encoder of its type is
     * installed).
     *
     * @throws ValidationException on {@code screenshot} when the bytes do not decode as an image of
     *         their type, no decoder of the type is installed, or the image has too many pixels
     */
    static Encoded reencode(byte[] content, ScreenshotType type) {
        BufferedImage image = decode(content, type);
        ScreenshotType written = ImageIO.getImageWritersByMIMEType(type.mediaType()).hasNext() ? type
                : ScreenshotType.PNG;
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        try {
            if (!ImageIO.write(image, written == ScreenshotType.JPEG ? "jpeg" : written.name().toLowerCase(), out)) {
                throw refused("caseload.ticket.screenshot.notImage", Map.of(), content.length);
            }
        } catch (IOException e) {
            throw refused("caseload.ticket.screenshot.notImage", Map.of(), content.length);
        }
        return new Encoded(written, out.toByteArray());
    }

    private static BufferedImage decode(byte[] content, ScreenshotType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
        if (!readers.hasNext()) {
            throw refused("caseload.ticket.screenshot.undecodable", Map.of("type", type.mediaType()), content.length);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw refused("caseload.ticket.screenshot.pixels", Map.of("max", MAX_PIXELS), content.length);
            }
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException refusal) {
                throw refusal;
            }
            // A decoder's own exception says where the bytes went wrong, not what they held.
            throw refused("caseload.ticket.screenshot.notImage", Map.of(), content.length);
        } finally {
            reader.dispose();
        }
    }

    private static ValidationException refused(String key, Map<String, ?> arguments, int size) {
        return new ValidationException("SubmitTicket", List.of(Messages.violation("screenshot", key, arguments,
                size + " bytes")));
    }
}
