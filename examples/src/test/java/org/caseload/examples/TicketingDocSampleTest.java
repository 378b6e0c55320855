// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.caseload.examples.embedding.TicketingSample;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Recipient;
import org.caseload.ticketing.ScreenshotType;
import org.caseload.ticketing.Ticket;
import org.junit.jupiter.api.Test;

/** Keeps the sample of docs/ticketing.md identical to code that compiles and runs. */
class TicketingDocSampleTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "ticketing.md");
    private static final Path SAMPLE = Path.of("src/main/java/org/caseload/examples/embedding/TicketingSample.java");

    @Test
    void theDocumentShowsExactlyTheCompiledSample() throws IOException {
        DocSamples.assertDocumentShows(DOCUMENT, "TicketingSample", SAMPLE, "ticketing sample", 12);
    }

    @Test
    void theSampleResolvesTheReportAndTellsTheAdministratorsAndTheReporter() throws IOException {
        List<Notification> sent = new CopyOnWriteArrayList<>();

        Ticket ticket = TicketingSample.reportAndResolve(png(), sent::add);

        assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(ticket.resolution()).isEqualTo("Fixed in 4.2.2. Reload the intake form.");
        assertThat(ticket.screenshotType()).isEqualTo(ScreenshotType.PNG);
        assertThat(ticket.assigneeUserId()).isEqualTo("u-2");
        assertThat(sent).extracting(Notification::recipient).containsExactly(
                new Recipient.PermissionHolders("shelter-north", "ticket.administer"),
                new Recipient.User("u-17"),
                new Recipient.User("u-17"));
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
