// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.clients;

import java.time.LocalDate;
import org.caseload.clients.ClientDetails;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.WebRequest;

/**
 * The intake form's fields as sent, checked, and as the library's client details. Field names are
 * those of the help bundle's {@code client.intake} tool tips.
 *
 * @param firstName   the given name
 * @param middleName  optional
 * @param lastName    the family name
 * @param dateOfBirth as sent (YYYY-MM-DD), optional
 * @param ssn         as sent, optional
 * @param reason      why a probable duplicate is registered anyway; only for the override
 */
public record IntakeForm(String firstName, String middleName, String lastName, String dateOfBirth, String ssn,
                         String reason) {

    /** The empty form. */
    static IntakeForm empty() {
        return new IntakeForm("", "", "", "", "", "");
    }

    /** The form as sent, each text checked (messages in {@code errors}). */
    static IntakeForm read(WebRequest request, FormErrors errors) {
        return new IntakeForm(
                errors.requiredText("firstName", request.param("firstName"), ClientDetails.NAME_MAX_LENGTH),
                errors.checkText("middleName", request.param("middleName"), ClientDetails.NAME_MAX_LENGTH),
                errors.requiredText("lastName", request.param("lastName"), ClientDetails.NAME_MAX_LENGTH),
                errors.checkText("dateOfBirth", request.param("dateOfBirth"), 10),
                errors.checkText("ssn", request.param("ssn"), 11),
                errors.checkText("reason", request.param("reason"), 500));
    }

    /** The client details these fields describe; messages in {@code errors} for what cannot be read. */
    ClientDetails details(FormErrors errors) {
        LocalDate born = errors.date("dateOfBirth", dateOfBirth, false);
        ClientDetails details = ClientDetails.named(firstName, lastName)
                .withName(firstName, middleName.isEmpty() ? null : middleName, lastName, null, NameDataQuality.FULL);
        if (born != null) {
            details = details.withDateOfBirth(born, DobDataQuality.FULL);
        }
        if (!ssn.isEmpty()) {
            details = details.withSsn(ssn, SsnDataQuality.FULL);
        }
        return details;
    }

    /** Where a violation of the client details shows: the field its path names, or above the form. */
    static String fieldOf(String path) {
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        return switch (leaf) {
            case "firstName", "middleName", "lastName", "dateOfBirth", "ssn" -> leaf;
            case "dobQuality" -> "dateOfBirth";
            case "ssnQuality" -> "ssn";
            default -> null;
        };
    }
}
