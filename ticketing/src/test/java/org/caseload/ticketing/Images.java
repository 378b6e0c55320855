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
import java.util.List;
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

    /** The pixels of an image, row by row, as ARGB values. */
    static List<Integer> pixels(byte[] content) {
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(content));
            List<Integer> pixels = new java.util.ArrayList<>();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    pixels.add(image.getRGB(x, y));
                }
            }
            return pixels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The eight bytes every PNG starts with. */
    static byte[] pngSignature() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    }

    /** A real 2 × 2 PNG padded with zeros after its end to {@code size} bytes (decoders stop at the end). */
    static byte[] pngOfSize(int size) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] png = out.toByteArray();
        if (size < png.length) {
            throw new IllegalArgumentException("a PNG takes at least " + png.length + " bytes");
        }
        return padded(png, size);
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
