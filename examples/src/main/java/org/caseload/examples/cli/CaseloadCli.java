// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code caseload} command line ({@code bin/caseload} at the repository root runs it):
 * {@code caseload SUBCOMMAND [OPTIONS]}. Subcommands: {@code duplicates}. Exit codes: 0 done,
 * 1 the input or output could not be used, 2 the arguments are wrong.
 */
public final class CaseloadCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String OVERVIEW = """
            usage: caseload SUBCOMMAND [OPTIONS]

            subcommands:
              duplicates   find the records of one person in an HMIS Client.csv or a FEBRL file
              help         print this text, or a subcommand's: caseload help duplicates
            """;

    private CaseloadCli() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs one command line; returns its exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(OVERVIEW);
            return USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        switch (args.get(0)) {
            case "duplicates":
                if (rest.contains("--help") || rest.contains("-h")) {
                    out.print(DuplicatesCommand.USAGE);
                    return OK;
                }
                DuplicatesCommand.Options options;
                try {
                    options = DuplicatesCommand.parse(rest);
                } catch (UsageException e) {
                    err.println("caseload duplicates: " + e.getMessage());
                    err.print(DuplicatesCommand.USAGE);
                    return USAGE;
                }
                return new DuplicatesCommand(err).run(options);
            case "help", "--help", "-h":
                out.print(rest.equals(List.of("duplicates")) ? DuplicatesCommand.USAGE : OVERVIEW);
                return OK;
            default:
                err.println("caseload: unknown subcommand: " + args.get(0));
                err.print(OVERVIEW);
                return USAGE;
        }
    }
}
