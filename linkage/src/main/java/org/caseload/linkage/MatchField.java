// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

/**
 * The fields a match is explained by. The address fields are compared one by one for the
 * explanation but scored together as one piece of evidence, because they agree or differ together
 * (one move changes them all).
 */
public enum MatchField {
    FIRST_NAME,
    MIDDLE_NAME,
    LAST_NAME,
    DATE_OF_BIRTH,
    /** A US Social Security number, full or its last four digits. */
    SSN,
    /** Another identifier of the person, compared as a string of digits or characters. */
    IDENTIFIER,
    GENDER,
    STREET_NUMBER,
    STREET,
    ADDRESS_LINE_2,
    CITY,
    POSTAL_CODE,
    STATE
}
