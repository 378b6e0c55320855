// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

/**
 * A kind of client personal data removed from what an escalation sends to the vendor, with the
 * placeholder that takes its place. See {@code docs/escalation.md} for the rules.
 */
public enum RedactionCategory {
    /** A Social Security number: nine digits, with or without dashes, spaces or dots. */
    SSN("[SSN]"),
    /** A date of birth: after a word such as "born" or "DOB", or the birth date of a client named in the text. */
    DATE_OF_BIRTH("[DATE OF BIRTH]"),
    /** Any other date standing next to a client's name. */
    DATE_NEAR_NAME("[DATE]"),
    /** A telephone number. */
    PHONE("[PHONE]"),
    /** An e-mail address other than the reporter's. */
    EMAIL("[EMAIL]"),
    /** The name of one of the organization's clients. */
    CLIENT_NAME("[NAME]");

    private final String placeholder;

    RedactionCategory(String placeholder) {
        this.placeholder = placeholder;
    }

    /** What the outbound text shows in place of a redacted value. */
    public String placeholder() {
        return placeholder;
    }
}
