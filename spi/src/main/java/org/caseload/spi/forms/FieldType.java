// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.forms;

/** The kinds of value a custom form field holds. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE
}
