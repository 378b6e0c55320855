// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.Screenshot;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.core.internal.Messages;

/**
 * The rules of a submission beyond its annotations: the screenshot is an accepted image within the
 * configured limit, and the preferred contact method has its address. Immutable.
 */
final class SubmissionRules {

    private final long screenshotLimit;

    SubmissionRules(long screenshotLimit) {
        this.screenshotLimit = screenshotLimit;
    }

    List<Violation> violations(SubmitTicket command) {
        List<Violation> violations = new ArrayList<>();
        if (command.screenshot() != null) {
            image("screenshot", command.screenshot(), screenshotLimit, violations);
        }
        if (command.contact() != null) {
            contact(command.contact(), violations);
        }
        return violations;
    }

    /** Adds to {@code violations} what is wrong with an image sent as {@code field}: its type, its size. */
    static void image(String field, Screenshot screenshot, long limit, List<Violation> violations) {
        if (screenshot.type().isEmpty()) {
            violations.add(Messages.violation(field, "caseload.ticket.screenshot.type",
                    screenshot.size() + " bytes of another type"));
        }
        if (screenshot.size() > limit) {
            violations.add(Messages.violation(field, "caseload.ticket.screenshot.size",
                    Map.of("max", limit), screenshot.size() + " bytes"));
        }
    }

    private static void contact(ReporterContact contact, List<Violation> violations) {
        if (contact.preferredMethod() == ContactMethod.EMAIL && isBlank(contact.email())) {
            violations.add(Messages.violation("contact.email", "caseload.ticket.contact.email.required",
                    CommandRules.describe(contact.email())));
        }
        if (contact.preferredMethod() == ContactMethod.PHONE && isBlank(contact.phone())) {
            violations.add(Messages.violation("contact.phone", "caseload.ticket.contact.phone.required",
                    CommandRules.describe(contact.phone())));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
