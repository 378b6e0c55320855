// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

/**
 * The command line's logging: warnings and errors only, or INFO too with {@code --verbose}, for
 * Caseload and every library it runs (Flyway, Hibernate Validator, ...), all through SLF4J to the
 * examples' slf4j-simple binding on standard error.
 */
final class Logging {

    /** slf4j-simple reads it when it creates its first logger; it wins over simplelogger.properties. */
    private static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {
    }

    /** Must run before the first logger is created: slf4j-simple fixes every level then. */
    static void configure(boolean verbose) {
        System.setProperty(LEVEL_PROPERTY, verbose ? "info" : "warn");
        // Hibernate Validator logs through JBoss Logging: send it to SLF4J as well.
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }
}
