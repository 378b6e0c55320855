package org.caseload.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Registers a client.
 *
 * @param firstName   required, at most {@value #NAME_MAX_LENGTH} characters
 * @param middleName  optional
 * @param lastName    required, at most {@value #NAME_MAX_LENGTH} characters
 * @param suffix      optional (Jr., III)
 * @param dateOfBirth optional; not in the future
 */
public record RegisterClient(
        @NotBlank @Size(max = NAME_MAX_LENGTH) String firstName,
        @Size(max = NAME_MAX_LENGTH) String middleName,
        @NotBlank @Size(max = NAME_MAX_LENGTH) String lastName,
        @Size(max = SUFFIX_MAX_LENGTH) String suffix,
        @PastOrPresent LocalDate dateOfBirth) {

    /** The longest name part accepted. */
    public static final int NAME_MAX_LENGTH = 100;
    /** The longest suffix accepted. */
    public static final int SUFFIX_MAX_LENGTH = 20;

    /** A client known by first and last name and date of birth. */
    public static RegisterClient of(String firstName, String lastName, LocalDate dateOfBirth) {
        return new RegisterClient(firstName, null, lastName, null, dateOfBirth);
    }
}
