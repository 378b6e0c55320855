// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

/** The command line is wrong: its message says how, and the usage follows it. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
