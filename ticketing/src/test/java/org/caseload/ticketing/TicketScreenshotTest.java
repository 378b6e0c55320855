// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.COLLEAGUE;
import static org.caseload.ticketing.TicketingFixture.OTHER_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.issue;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketScreenshotTest {

    private TicketingFixture fixture = new TicketingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aScreenshotIsKeptWithTheTypeItsBytesShow() {
        byte[] png = Images.drawn("png");
        fixture.identity.as(REPORTER);

        Ticket ticket = fixture.tickets.submit(issue("The Save button does nothing")
                .withScreenshot(Screenshot.of(png)));

        assertThat(ticket.screenshotType()).isEqualTo(ScreenshotType.PNG);
        assertThat(fixture.tickets.screenshot(ticket.id()).map(Screenshot::content).map(Images::pixels))
                .contains(Images.pixels(png));
    }

    @Test
    void jpegScreenshotsAreAcceptedAndWebpOnlyWhereItCanBeDecoded() {
        fixture.identity.as(REPORTER);

        Ticket jpeg = fixture.tickets.submit(issue("JPEG").withScreenshot(Screenshot.of(Images.drawn("jpg"))));

        assertThat(jpeg.screenshotType()).isEqualTo(ScreenshotType.JPEG);
        // The JDK decodes no WebP: a host that installs an ImageIO decoder for it gets WebP accepted.
        assertThatThrownBy(() -> fixture.tickets.submit(issue("WebP").withScreenshot(Screenshot.of(Images.webp()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey)
                        .containsExactly(tuple("screenshot", "caseload.ticket.screenshot.undecodable")));
    }

    @Test
    void aTicketWithoutAScreenshotHasNone() {
        Ticket ticket = fixture.submitAsReporter("No picture");

        assertThat(ticket.screenshotType()).isNull();
        assertThat(fixture.tickets.screenshot(ticket.id())).isEmpty();
    }

    @Test
    void theAdministratorSeesTheScreenshotAndNobodyElseKnowsTheTicket() {
        fixture.identity.as(REPORTER);
        Ticket ticket = fixture.tickets.submit(issue("Broken").withScreenshot(Screenshot.of(Images.drawn("png"))));

        fixture.identity.as(ADMINISTRATOR);
        assertThat(fixture.tickets.screenshot(ticket.id())).isPresent();
        for (Principal outsider : List.of(COLLEAGUE, OTHER_ADMINISTRATOR)) {
            fixture.identity.as(outsider);
            assertThatThrownBy(() -> fixture.tickets.screenshot(ticket.id())).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aScreenshotOfAnotherTypeIsRefusedWhateverItClaimsToBe() {
        fixture.identity.as(REPORTER);

        assertThatThrownBy(() -> fixture.tickets.submit(issue("Broken").withScreenshot(Screenshot.of(Images.gif()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey, Violation::rejectedValue)
                        .containsExactly(tuple("screenshot", "caseload.ticket.screenshot.type",
                                "64 bytes of another type")))
                .hasMessageContaining("must be a PNG, JPEG or WebP image");
        assertThat(ticketCount()).isZero();
    }

    @Test
    void theDefaultLimitIsTenMebibytes() {
        fixture.identity.as(REPORTER);

        Ticket largest = fixture.tickets.submit(issue("Largest").withScreenshot(
                Screenshot.of(Images.pngOfSize(10 * 1024 * 1024))));

        assertThat(largest.screenshotType()).isEqualTo(ScreenshotType.PNG);
        assertThatThrownBy(() -> fixture.tickets.submit(issue("Too large").withScreenshot(
                Screenshot.of(Images.pngOfSize(10 * 1024 * 1024 + 1)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::messageKey, Violation::message)
                        .containsExactly(tuple("screenshot", "caseload.ticket.screenshot.size",
                                "must be at most 10485760 bytes")));
    }

    @Test
    void theLimitIsConfigurable() {
        fixture.close();
        fixture = new TicketingFixture(UnaryOperator.identity(), settings -> settings.screenshotLimit(1_000));
        fixture.identity.as(REPORTER);

        fixture.tickets.submit(issue("Fits").withScreenshot(Screenshot.of(Images.pngOfSize(1_000))));

        assertThatThrownBy(() -> fixture.tickets.submit(issue("Too large").withScreenshot(
                Screenshot.of(Images.pngOfSize(1_001)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message, Violation::rejectedValue)
                        .containsExactly(tuple("must be at most 1000 bytes", "1001 bytes")));
    }

    @Test
    void screenshotViolationsComeWithEveryOtherViolation() {
        fixture.identity.as(REPORTER);
        SubmitTicket command = SubmitTicket.of(null, " ", issue("x").source(), issue("x").contact())
                .withScreenshot(Screenshot.of(new byte[0]));

        assertThatThrownBy(() -> fixture.tickets.submit(command))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("description", "kind", "screenshot"));
    }

    private long ticketCount() {
        return fixture.memory.inTransaction(session -> session.tickets()
                .find(new TicketQuery(TicketingFixture.ORGANIZATION, Set.of(), 0, 100))
                .size());
    }
}
