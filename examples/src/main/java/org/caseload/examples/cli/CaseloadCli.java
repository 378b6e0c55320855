// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code caseload} command line ({@code bin/caseload} at the repository root runs it):
 * {@code caseload [--verbose] COMMAND [OPTIONS]}. A subcommand is one class annotated with
 * {@code @Command} and listed in {@code subcommands} below; {@code caseload help} lists them all.
 *
 * <p>Exit codes: 0 done; 1 the command failed (one line on standard error, the stack trace too
 * with {@code --verbose}); 2 the arguments are wrong (what is wrong, then the usage, on standard
 * error).
 */
@Command(name = "caseload",
        description = "Runs the Caseload library from the shell.",
        synopsisSubcommandLabel = "COMMAND",
        // A new command is one line here, in alphabetical order before completion and help.
        subcommands = {
                DatabaseCommand.class,
                DeskCommand.class,
                DuplicatesCommand.class,
                HmisCommand.class,
                KbCommand.class,
                KeysCommand.class,
                RedactCommand.class,
                ServeCommand.class,
                CompletionCommand.class,
                HelpCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:the command failed: one line on standard error (and the stack trace with --verbose)",
                "2:the arguments are wrong: what is wrong, then the usage, on standard error",
        },
        footer = "%nSee 'caseload help COMMAND' for a command's options.")
public final class CaseloadCli implements Callable<Integer> {

    private static final String HELP_DESCRIPTION = "Print the usage and exit.";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = HELP_DESCRIPTION)
    boolean help;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log INFO from Caseload and its libraries (warnings and errors only without it), "
                    + "and print the stack trace of a failure.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /**
     * Runs one command line and exits the JVM with its code.
     *
     * @param args the command's name and its options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line; returns its exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args);
    }

    /** The command tree writing to these streams, with this command line's logging and exit codes. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, System::getenv);
    }

    /**
     * The command tree writing to these streams and reading the database's password and the keys
     * from this environment ({@link DatabaseOptions}).
     *
     * @param environment the value of a variable, or null when it is not set
     */
    static CommandLine commandLine(PrintStream out, PrintStream err, Function<String, String> environment) {
        IFactory defaults = CommandLine.defaultFactory();
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == HmisCommand.CheckedDatabase.class) {
                    return type.cast(new HmisCommand.CheckedDatabase(environment));
                }
                return type == DatabaseOptions.class ? type.cast(new DatabaseOptions(environment))
                        : defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new CaseloadCli(), factory);
        addHelpOptions(commandLine);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionStrategy(parsed -> {
            Logging.configure(verbose(parsed));
            return new CommandLine.RunLast().execute(parsed);
        });
        commandLine.setParameterExceptionHandler(CaseloadCli::usageError);
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> failed(failure, command,
                verbose(parsed)));
        return commandLine;
    }

    /**
     * {@code --help} on every subcommand that has none of its own (picocli's {@code help} has), so
     * that a new subcommand needs nothing for it; an inherited option would clash with {@code help}'s.
     */
    private static void addHelpOptions(CommandLine parent) {
        for (CommandLine subcommand : parent.getSubcommands().values()) {
            CommandSpec spec = subcommand.getCommandSpec();
            if (spec.findOption("--help") == null) {
                String[] names = spec.findOption("-h") == null ? new String[] {"-h", "--help"} : new String[] {"--help"};
                spec.addOption(OptionSpec.builder(names).usageHelp(true).description(HELP_DESCRIPTION).build());
            }
            addHelpOptions(subcommand);
        }
    }

    /**
     * {@code caseload} alone: a command is needed.
     *
     * @return never: the missing command is a usage error
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command is needed");
    }

    /** What is wrong and the usage of the command it concerns, on standard error. */
    private static int usageError(ParameterException wrong, String[] args) {
        CommandLine command = wrong.getCommandLine();
        PrintWriter err = command.getErr();
        String message = wrong.getMessage();
        if (wrong instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
                && !command.getSubcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()) {
            message = "unknown command: '" + unmatched.getUnmatched().get(0) + "'";
        }
        err.println(command.getCommandSpec().qualifiedName() + ": " + message);
        UnmatchedArgumentException.printSuggestions(wrong, err);
        err.println();
        command.usage(err);
        return ExitCode.USAGE;
    }

    /** One line on standard error; the stack trace with {@code --verbose}. */
    private static int failed(Exception failure, CommandLine command, boolean verbose) {
        PrintWriter err = command.getErr();
        String what = failure instanceof CommandFailure ? failure.getMessage()
                : "failed: " + failure.getClass().getName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        err.println(command.getCommandSpec().qualifiedName() + ": " + what);
        if (verbose) {
            failure.printStackTrace(err);
        }
        return ExitCode.SOFTWARE;
    }

    /** Whether {@code --verbose} was given, before or after the subcommand's name. */
    private static boolean verbose(ParseResult parsed) {
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
