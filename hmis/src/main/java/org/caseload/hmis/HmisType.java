// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

/** The type of an HMIS CSV column, and how its values are written. */
public enum HmisType {
    /** Text of at most the column's maximum length. */
    STRING,
    /** A whole number, optionally negative, in decimal digits; coded columns are integers. */
    INTEGER,
    /** A date written {@code yyyy-MM-dd}. */
    DATE,
    /** A date and time written {@code yyyy-MM-dd HH:mm:ss}, without fractions or zone. */
    DATETIME,
    /** An amount of money: digits with at most two decimals, such as {@code 1250.50}. */
    MONEY
}
