// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

/**
 * A command could not do its work (an input it cannot read, an output it cannot write): the
 * command line prints the message as one line and exits with 1.
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure with its cause.
     *
     * @param message what failed, naming files and columns but never a value read from a file
     * @param cause   the exception of the library or of the JDK that stopped the command
     */
    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
