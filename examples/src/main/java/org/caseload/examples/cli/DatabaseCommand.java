// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.security.KeyPurpose;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code database check --database URL|FOLDER}: opens the database as every command with
 * {@code --database} does (creating it and bringing its schema to this version when needed), reads
 * the keys, and says which key of each purpose is current. So an operator checks the password and
 * the keys before a command needs them. Key ids only: never a key, never the password.
 */
@Command(name = "database", description = "Check a database's password and the keys.")
final class DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * {@code database} alone: a subcommand is needed.
     *
     * @return never: the missing subcommand is a usage error
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a subcommand is needed: check");
    }

    /** Checks the database and the keys; returns the exit code. */
    @Command(name = "check", sortOptions = false,
            description = {"Open the database with its password (creating it and migrating its schema when needed) "
                    + "and read the keys; print the current key id of each purpose."})
    int check(@Mixin DatabaseOptions database) {
        PrintWriter out = spec.commandLine().getOut();
        KeyRing keys = database.keyRing();
        try (JdbcStorage storage = database.openStorage()) {
            storage.inTransaction(session -> session.clients().findById("caseload-cli-check"));
        }
        out.println("database: opened, schema up to date");
        for (Map.Entry<KeyPurpose, List<String>> purpose : keys.ids().entrySet()) {
            List<String> ids = purpose.getValue();
            out.println("keys " + purpose.getKey() + ": current " + ids.get(0)
                    + (ids.size() > 1 ? ", older " + String.join(", ", ids.subList(1, ids.size())) : ""));
        }
        out.flush();
        return ExitCode.OK;
    }
}
