// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.caseload.core.Caseload;
import org.caseload.core.KeyRotationResult;
import org.caseload.core.Permission;
import org.caseload.core.RotateKeys;
import org.caseload.core.forms.JsonForms;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyPurpose;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code keys generate}: prints a fresh key for each {@link KeyPurpose}, one line each,
 * {@code CASELOAD_KEY_PURPOSE=id:base64}: the lines of a keys file ({@code --keys-file}) and of an
 * environment file alike. The keys go to standard output only; nothing is logged.
 *
 * <p>{@code keys rotate --database ...}: runs the library's key rotation on the database, with the
 * keys given as for every command with {@code --database}: what older keys sealed or digested is
 * moved to the current ones. Progress goes to standard error after each page, the summary
 * ({@link KeyRotationReport}) to standard output; Ctrl-C stops the run between two clients
 * ({@link CancelOnShutdown}), and running it again goes on.
 */
@Command(name = "keys", description = "Generate and rotate the keys that commands with --database read.")
final class KeysCommand implements Callable<Integer> {

    /** The exit code of a rotation stopped by Ctrl-C, as a shell reports a process ended by SIGINT. */
    static final int STOPPED = 130;

    /** The user the rotation runs as: a system administrator of no organization's data. */
    private static final Principal OPERATOR = new Principal("caseload-cli", "Command line", "caseload-cli",
            Set.of(), Set.of(Permission.SYSTEM_ADMIN.key()), Locale.ROOT);

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    @Spec
    CommandSpec spec;

    /**
     * {@code keys} alone: a subcommand is needed.
     *
     * @return never: the missing subcommand is a usage error
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a subcommand is needed: generate, rotate");
    }

    /** Prints the keys; returns the exit code. */
    @Command(name = "generate",
            description = {"Print a fresh 256-bit key for each purpose, as lines CASELOAD_KEY_PURPOSE=id:base64 "
                    + "for a keys file or the environment.",
                    "To rotate, put the new key first and keep the old ones after it: "
                            + "CASELOAD_KEY_PURPOSE=new:base64,old:base64.",
                    "Save them where only their owner reads them: (umask 077; caseload keys generate > keys.env)"})
    int generate() {
        PrintWriter out = spec.commandLine().getOut();
        for (KeyPurpose purpose : KeyPurpose.values()) {
            out.println(KeyRing.variable(purpose) + "=" + newId() + ":" + newKey());
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Rotates the keys of a database; returns the exit code. */
    @Command(name = "rotate", sortOptions = false,
            description = {"Move what the database holds under older keys to the current ones: seal SSNs and "
                    + "sensitive form values (of clients and enrollments) again, digest SSN match keys again.",
                    "First put each new key first in the keys (--keys-file or the environment), the older ones "
                            + "after it. Progress goes to standard error, the summary to standard output; "
                            + "no client's data is printed.",
                    "Ctrl-C stops it between two clients: every record is rotated or not, all stay readable, "
                            + "and running the command again goes on with what is left. When a run rewrites "
                            + "nothing, the older keys may be removed."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:done", "1:the rotation failed: one line on standard error; run it again once fixed",
                    "2:the arguments are wrong", "130:stopped by Ctrl-C: run it again to go on"})
    int rotate(@Mixin DatabaseOptions database,
               @Option(names = "--batch", paramLabel = "N", defaultValue = "" + RotateKeys.DEFAULT_BATCH_SIZE,
                       order = 1, description = "How many clients are read at a time, with their enrollments, "
                       + "1 to " + RotateKeys.MAX_BATCH_SIZE + "; default ${DEFAULT-VALUE}.") int batch,
               @Option(names = "--forms", paramLabel = "FOLDER", order = 2,
                       description = "The organizations' custom forms (a JsonForms bundle: forms.json and the "
                               + "definitions), so that values of sensitive fields stored in clear are sealed too. "
                               + "Without it, values already sealed are sealed again under the current key.")
               Path forms) {
        if (batch < 1 || batch > RotateKeys.MAX_BATCH_SIZE) {
            throw new ParameterException(spec.commandLine().getSubcommands().get("rotate"),
                    "--batch must be from 1 to " + RotateKeys.MAX_BATCH_SIZE + ", was " + batch);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Caseload.Builder builder = Caseload.builder().identity(() -> Optional.of(OPERATOR))
                .keyProvider(database.keyProvider());
        if (forms != null) {
            builder.forms(formsIn(forms));
        }
        try (CancelOnShutdown stop = CancelOnShutdown.install();
             JdbcStorage storage = database.openStorageClosedByCommand();
             Caseload caseload = builder.storage(storage).build()) {
            KeyRotationResult result;
            try {
                result = caseload.keyRotation().rotate(new RotateKeys(batch, counts -> {
                    err.println(KeyRotationReport.progress(counts));
                    err.flush();
                }, stop));
            } catch (CaseloadException e) {
                throw new CommandFailure("the rotation stopped: " + e.getMessage() + " (the clients before it are "
                        + "rotated: run the command again once this is fixed)", e);
            }
            KeyRotationReport.summary(result).forEach(out::println);
            out.flush();
            return result.cancelled() ? STOPPED : ExitCode.OK;
        }
    }

    private static FormProvider formsIn(Path folder) {
        try {
            return JsonForms.fromFolder(folder);
        } catch (ConfigurationException e) {
            throw new CommandFailure("--forms: " + e.getMessage(), e);
        }
    }

    /** The day in UTC and six random hexadecimal digits: ids that sort by age and never repeat. */
    private String newId() {
        byte[] suffix = new byte[3];
        random.nextBytes(suffix);
        return "k" + LocalDate.now(clock).format(DAY) + "-" + HexFormat.of().formatHex(suffix);
    }

    private String newKey() {
        byte[] key = new byte[DataKey.MIN_MATERIAL_BYTES];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** How many characters of padded base64 hold this many bytes. */
    static int base64Length(int bytes) {
        return 4 * ((bytes + 2) / 3);
    }
}
