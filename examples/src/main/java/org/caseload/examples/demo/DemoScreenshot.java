// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A screenshot as a host's client would capture it: here a small PNG of an intake form drawn in
 * code (a title bar, two fields, a Save button), so that the demo carries no binary file.
 */
final class DemoScreenshot {

    private DemoScreenshot() {
    }

    /** The PNG bytes of a 320 × 200 picture of the intake form. */
    static byte[] intakeForm() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(Color.WHITE);
        pen.fillRect(0, 0, 320, 200);
        pen.setColor(new Color(0x1F4E79));
        pen.fillRect(0, 0, 320, 28);
        pen.setColor(Color.LIGHT_GRAY);
        pen.drawRect(20, 50, 280, 24);
        pen.drawRect(20, 90, 280, 24);
        pen.setColor(new Color(0x2E7D32));
        pen.fillRect(220, 150, 80, 28);
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo screenshot could not be drawn", e);
        }
        return png.toByteArray();
    }
}
