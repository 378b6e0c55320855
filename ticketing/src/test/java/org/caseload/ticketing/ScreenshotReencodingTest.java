// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.issue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A screenshot is stored as an image decoded and encoded again: nothing else rides along. */
class ScreenshotReencodingTest {

    private final TicketingFixture fixture = new TicketingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void bytesThatOnlyStartLikeAPngAreRefused() {
        byte[] png = Images.drawn("png");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] disguised = Arrays.copyOf(Images.pngSignature(), 8 + html.length);
        System.arraycopy(html, 0, disguised, 8, html.length);
        byte[] truncated = Arrays.copyOf(png, png.length / 2);

        for (byte[] content : new byte[][] {disguised, truncated}) {
            assertThat(refusal(content)).isEqualTo("caseload.ticket.screenshot.notImage");
        }
        assertThat(fixture.tickets.submit(issue("Real").withScreenshot(Screenshot.of(png))).screenshotType())
                .isEqualTo(ScreenshotType.PNG);
    }

    @Test
    void textChunksAndTrailingBytesAreNotKept() throws IOException {
        byte[] tagged = withTextChunk(Images.drawn("png"), "GPSLatitude", "45.5017 N");
        byte[] withTrailer = concat(tagged, "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        fixture.identity.as(REPORTER);

        Ticket ticket = fixture.tickets.submit(issue("Tagged").withScreenshot(Screenshot.of(withTrailer)));

        byte[] stored = fixture.tickets.screenshot(ticket.id()).orElseThrow().content();
        String storedText = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(new String(tagged, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
        assertThat(storedText).doesNotContain("GPSLatitude", "45.5017", "script");
        assertThat(Images.pixels(stored)).isEqualTo(Images.pixels(tagged));
    }

    @Test
    void anImageWithTooManyPixelsIsRefusedFromItsHeaderBeforeDecoding() {
        // A valid header announcing 100 000 × 100 000 pixels, followed by no pixel data at all:
        // decoding would need 40 GB; the header alone decides.
        byte[] bomb = concat(Images.pngSignature(), chunk("IHDR", ByteBuffer.allocate(13).putInt(100_000)
                .putInt(100_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));

        assertThat(refusal(bomb)).isEqualTo("caseload.ticket.screenshot.pixels");
    }

    private String refusal(byte[] content) {
        fixture.identity.as(REPORTER);
        try {
            fixture.tickets.submit(issue("Hostile").withScreenshot(Screenshot.of(content)));
        } catch (ValidationException e) {
            assertThat(e.violations()).extracting(Violation::path, Violation::rejectedValue)
                    .containsExactly(tuple("screenshot", content.length + " bytes"));
            return e.violations().get(0).messageKey();
        }
        throw new AssertionError("expected the screenshot to be refused");
    }

    /** The PNG with a tEXt chunk added after its header chunk. */
    private static byte[] withTextChunk(byte[] png, String keyword, String text) {
        int afterHeader = 8 + 8 + 13 + 4;
        byte[] data = (keyword + '\0' + text).getBytes(StandardCharsets.ISO_8859_1);
        return concat(concat(Arrays.copyOf(png, afterHeader), chunk("tEXt", data)),
                Arrays.copyOfRange(png, afterHeader, png.length));
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
