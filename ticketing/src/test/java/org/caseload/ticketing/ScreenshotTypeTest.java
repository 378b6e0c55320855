// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScreenshotTypeTest {

    @Test
    void realPngAndJpegImagesAreRecognizedFromTheirBytes() {
        assertThat(ScreenshotType.detect(Images.drawn("png"))).contains(ScreenshotType.PNG);
        assertThat(ScreenshotType.detect(Images.drawn("jpg"))).contains(ScreenshotType.JPEG);
    }

    @Test
    void aWebpImageIsARiffContainerOfFormWebp() {
        assertThat(ScreenshotType.detect(Images.webp())).contains(ScreenshotType.WEBP);
        byte[] wave = "RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ScreenshotType.detect(wave)).as("a RIFF sound file").isEmpty();
    }

    @Test
    void otherTypesAndTruncatedSignaturesAreNotRecognized() {
        assertThat(ScreenshotType.detect(Images.gif())).isEmpty();
        assertThat(ScreenshotType.detect(new byte[0])).isEmpty();
        assertThat(ScreenshotType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
        assertThat(ScreenshotType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(ScreenshotType.detect("RIFF\0\0\0\0WEB".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(ScreenshotType.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void mediaTypesMapBothWays() {
        for (ScreenshotType type : ScreenshotType.values()) {
            assertThat(ScreenshotType.ofMediaType(type.mediaType())).contains(type);
        }
        assertThat(ScreenshotType.PNG.mediaType()).isEqualTo("image/png");
        assertThat(ScreenshotType.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ScreenshotType.WEBP.mediaType()).isEqualTo("image/webp");
        assertThat(ScreenshotType.ofMediaType("image/gif")).isEmpty();
        assertThat(ScreenshotType.ofMediaType(null)).isEmpty();
    }

    @Test
    void aScreenshotKeepsACopyOfItsBytes() {
        byte[] content = Images.drawn("png");
        Screenshot screenshot = Screenshot.of(content);
        content[0] = 0;
        screenshot.content()[1] = 0;

        assertThat(screenshot.type()).contains(ScreenshotType.PNG);
        assertThat(screenshot).isEqualTo(Screenshot.of(Images.drawn("png")));
        assertThat(screenshot.toString()).startsWith("Screenshot[PNG, ").endsWith(" bytes]");
    }
}
