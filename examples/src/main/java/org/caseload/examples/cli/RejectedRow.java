// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

/**
 * A row that cannot become a client: malformed, or deleted in the source. Its message names the
 * problem and the columns involved, never a value, so that it can be printed beside the line number.
 */
public final class RejectedRow extends Exception {

    private static final long serialVersionUID = 1L;

    public RejectedRow(String reason) {
        super(reason, null, false, false);
    }
}
