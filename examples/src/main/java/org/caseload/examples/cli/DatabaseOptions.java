// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The options of every command that works on a database, as a picocli mixin ({@code @Mixin
 * DatabaseOptions database;}): {@code --database URL|FOLDER} and the rest of {@link DatabaseAccess}
 * (the user, the password and the keys, never from the command line).
 */
final class DatabaseOptions extends DatabaseAccess {

    @Option(names = "--database", required = true, paramLabel = "URL|FOLDER", order = 100,
            description = {"The database: a jdbc: URL (PostgreSQL, H2), or a folder for the embedded H2 database, "
                    + "created there when missing, encrypted with H2's file cipher and kept to its owner."})
    String database;

    /** Options that read the process's environment. */
    DatabaseOptions() {
        this(System::getenv);
    }

    /**
     * Options that read this environment.
     *
     * @param environment the value of a variable, or null when it is not set
     */
    DatabaseOptions(Function<String, String> environment) {
        super(environment);
    }

    @Override
    String database() {
        return database;
    }
}
