// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.clients.internal.validation.CleanText;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.core.internal.Messages;

/**
 * Reveals a client's full SSN: its own call, with its own permission, audited with the reason the
 * user gives. The reason goes into the audit log, so it may hold no run of four or more digits (an
 * SSN, its last four or a date of birth could hide there).
 */
final class SsnReveal {

    private static final Operation REVEAL = new Operation("client.revealSsn", Permission.CLIENT_SSN_REVEAL);
    /** Digits, possibly separated by spaces, hyphens, slashes or dots, as SSNs and dates are written. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s./-]*\\d)*");
    private static final int MOST_DIGITS_IN_A_RUN = 3;
    /** The longest reason accepted, once cleaned. */
    static final int REASON_MAX_LENGTH = 200;

    /**
     * The command the kernel checks.
     *
     * @param clientId required
     * @param reason   why the SSN is needed, for the audit log; required, at most 200 characters
     */
    record RevealSsn(@NotBlank String clientId, @NotBlank @CleanText(max = REASON_MAX_LENGTH) String reason) {
    }

    private final Kernel kernel;

    SsnReveal(Kernel kernel) {
        this.kernel = kernel;
    }

    Optional<String> reveal(String clientId, String reason) {
        RevealSsn command = new RevealSsn(clientId, reason);
        return kernel.call(REVEAL, command, context -> {
            context.auditRecord(DefaultClientService.RECORD_TYPE, clientId);
            String cleaned = Names.clean(reason);
            if (digitsInLongestRun(cleaned) > MOST_DIGITS_IN_A_RUN) {
                throw new ValidationException(RevealSsn.class.getSimpleName(), List.of(Messages.violation("reason",
                        "caseload.client.ssn.reveal.reasonHasDigits", "text of " + cleaned.length() + " characters")));
            }
            ClientRecord client = ClientVisibility.visibleClient(context, clientId);
            context.auditDetail("reason: " + cleaned);
            return Optional.ofNullable(client.identity().ssn());
        });
    }

    private static int digitsInLongestRun(String text) {
        int most = 0;
        Matcher runs = DIGIT_RUN.matcher(text);
        while (runs.find()) {
            most = Math.max(most, (int) runs.group().chars().filter(Character::isDigit).count());
        }
        return most;
    }
}
