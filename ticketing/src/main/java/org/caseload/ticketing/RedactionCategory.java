// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

/**
 * A kind of client personal data removed from what an escalation sends to the vendor, with the
 * placeholder that takes its place. See {@code docs/escalation.md} for the rules.
 */
public enum RedactionCategory {
    /**
     * A Social Security number: nine digits, with or without dashes, spaces or dots, in any digit
     * form; masked; or its last four digits next to a word that says what they are.
     */
    SSN("[SSN]"),
    /** A date of birth: after a word such as "born" or "DOB", or the birth date of a client named in the text. */
    DATE_OF_BIRTH("[DATE OF BIRTH]"),
    /** Any other date standing next to a client's name. */
    DATE_NEAR_NAME("[DATE]"),
    /** A telephone number. */
    PHONE("[PHONE]"),
    /** An e-mail address other than the reporter's. */
    EMAIL("[EMAIL]"),
    /** The name of a client the organization can see: its own, or shared with it by agreement. */
    CLIENT_NAME("[NAME]"),
    /** A street address (number, street, suffix, unit, town, ZIP code) or a post office box. */
    ADDRESS("[ADDRESS]");

    private final String placeholder;

    RedactionCategory(String placeholder) {
        this.placeholder = placeholder;
    }

    /** What the outbound text shows in place of a redacted value. */
    public String placeholder() {
        return placeholder;
    }
}
