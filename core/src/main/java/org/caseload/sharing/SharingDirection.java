// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

/** Which way an agreement shares records. */
public enum SharingDirection {
    /** The sharing organization's records are seen by the receiving organization. */
    ONE_WAY,
    /** Each organization's records are seen by the other. */
    TWO_WAY
}
