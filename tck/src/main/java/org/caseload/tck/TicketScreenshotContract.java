// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.ticket;
import static org.caseload.tck.TckFixtures.unique;

import java.util.Optional;
import java.util.Random;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketRecord;
import org.caseload.spi.storage.tickets.TicketScreenshotRecord;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * The screenshots of {@link org.caseload.spi.storage.tickets.TicketStore}: one per ticket, kept byte for
 * byte up to the ticketing module's default limit of 10 MiB, and never replaced.
 */
public interface TicketScreenshotContract {

    /** The largest screenshot the ticketing module accepts by default: 10 MiB. */
    int DEFAULT_LIMIT_BYTES = 10 * 1024 * 1024;

    /**
     * The storage under test: a new empty storage per call, or one that the implementation cleans
     * between tests. Each test calls it once.
     */
    Storage storage();

    @Test
    default void aScreenshotComesBackByteForByte() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        TicketScreenshotRecord screenshot = new TicketScreenshotRecord(ticket.id(), "image/png", bytes(4_096, 1));

        inUnit(storage, session -> {
            session.tickets().insert(ticket);
            session.tickets().putScreenshot(screenshot);
        });

        assertThat(screenshot(storage, ticket.id())).contains(screenshot);
    }

    @Test
    default void aScreenshotOfTheDefaultLimitFits() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        TicketScreenshotRecord largest = new TicketScreenshotRecord(ticket.id(), "image/webp",
                bytes(DEFAULT_LIMIT_BYTES, 2));

        inUnit(storage, session -> {
            session.tickets().insert(ticket);
            session.tickets().putScreenshot(largest);
        });

        assertThat(screenshot(storage, ticket.id())).contains(largest);
    }

    @Test
    default void aTicketWithoutAScreenshotAndAnUnknownTicketHaveNone() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        inUnit(storage, session -> session.tickets().insert(ticket));

        assertThat(screenshot(storage, ticket.id())).isEmpty();
        assertThat(screenshot(storage, unique("ticket"))).isEmpty();
    }

    @Test
    default void aSecondScreenshotFailsAndKeepsTheFirst() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        TicketScreenshotRecord first = new TicketScreenshotRecord(ticket.id(), "image/png", bytes(64, 3));
        inUnit(storage, session -> {
            session.tickets().insert(ticket);
            session.tickets().putScreenshot(first);
        });

        assertThatThrownBy(() -> inUnit(storage, session -> session.tickets()
                .putScreenshot(new TicketScreenshotRecord(ticket.id(), "image/jpeg", bytes(64, 4)))))
                .isInstanceOf(StorageException.class);

        assertThat(screenshot(storage, ticket.id())).contains(first);
    }

    @Test
    default void aScreenshotOfAnUnknownTicketFailsWithNotFound() {
        Storage storage = storage();
        String unknown = unique("ticket");

        assertThatThrownBy(() -> inUnit(storage, session -> session.tickets()
                .putScreenshot(new TicketScreenshotRecord(unknown, "image/png", bytes(64, 5)))))
                .isInstanceOf(NotFoundException.class);

        assertThat(screenshot(storage, unknown)).isEmpty();
    }

    @Test
    default void aRolledBackScreenshotLeavesNoTrace() {
        Storage storage = storage();
        TicketRecord ticket = ticket(unique("org"), TicketStatus.SUBMITTED, at(0));
        inUnit(storage, session -> session.tickets().insert(ticket));

        inRolledBackUnit(storage, session -> session.tickets()
                .putScreenshot(new TicketScreenshotRecord(ticket.id(), "image/png", bytes(64, 6))));

        assertThat(screenshot(storage, ticket.id())).isEmpty();
    }

    private static Optional<TicketScreenshotRecord> screenshot(Storage storage, String ticketId) {
        return storage.inTransaction(session -> session.tickets().screenshot(ticketId));
    }

    /** Bytes of every value, zeros included, that differ from seed to seed. */
    private static byte[] bytes(int length, long seed) {
        byte[] content = new byte[length];
        new Random(seed).nextBytes(content);
        return content;
    }
}
