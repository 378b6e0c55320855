// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Image bytes for tests: real images drawn in code, and files that only start like one. */
final class Images {

    private Images() {
    }

    /** A real 40 × 30 image in the given ImageIO format ({@code png} or {@code jpg}). */
    static byte[] drawn(String format) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(Color.ORANGE);
        pen.fillRect(5, 5, 30, 20);
        pen.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code size} bytes that start with the PNG signature. */
    static byte[] pngOfSize(int size) {
        return padded(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, size);
    }

    /** The start of a lossless WebP file: a RIFF container of form type WEBP. */
    static byte[] webp() {
        return padded(ascii("RIFF\u0024\0\0\0WEBPVP8L"), 64);
    }

    /** A GIF, which screenshots may not be. */
    static byte[] gif() {
        return padded(ascii("GIF89a"), 64);
    }

    private static byte[] padded(byte[] start, int size) {
        return Arrays.copyOf(start, size);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
