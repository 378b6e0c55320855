// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.casework;

/** What the value of a delivered service measures; every service type has one. */
public enum ServiceUnit {
    /** An amount of money, with at most two decimals (rent paid, a bus pass bought). */
    CURRENCY,
    /** A duration in whole minutes (counselling, case management). */
    TIME,
    /** A whole number of items or occasions (meals, bed nights, hygiene kits). */
    COUNT
}
