// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.util.List;
import org.caseload.core.outbox.DeadLetter;

/**
 * The messages of the support link that could not be delivered, for a person to resend or discard.
 * A dead letter holds back the later messages about its ticket until then. On the organization's
 * side ({@link Ticketing#deadLetters()}) it takes {@code ticket.administer} and shows the caller's
 * organizations' tickets; on the vendor's ({@link org.caseload.ticketing.desk.SupportDesk#deadLetters()})
 * it takes {@code support.desk}. Every call is audited. Thread-safe.
 */
public interface DeadLetterService {

    /** The most dead letters {@link #list()} returns. */
    int LIST_LIMIT = 500;

    /**
     * The dead letters the caller may see, oldest first, up to {@value #LIST_LIMIT}: each with its
     * reason, never the message's content.
     *
     * @throws org.caseload.spi.error.AccessDeniedException without the side's permission
     */
    List<DeadLetter> list();

    /**
     * Puts a dead letter back in line.
     *
     * @throws org.caseload.spi.error.NotFoundException when no dead letter with this id is one the
     *         caller may see (also when it was resent or discarded meanwhile)
     * @throws org.caseload.spi.error.ValidationException when the id is blank or too long
     * @throws org.caseload.spi.error.AccessDeniedException without the side's permission
     */
    void resend(ResendDeadLetter command);

    /**
     * Gives a dead letter up for good.
     *
     * @throws org.caseload.spi.error.NotFoundException when no dead letter with this id is one the
     *         caller may see (also when it was resent or discarded meanwhile)
     * @throws org.caseload.spi.error.ValidationException when the id is blank or too long
     * @throws org.caseload.spi.error.AccessDeniedException without the side's permission
     */
    void discard(DiscardDeadLetter command);
}
