// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyPurpose;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code keys generate}: prints a fresh key for each {@link KeyPurpose}, one line each,
 * {@code CASELOAD_KEY_PURPOSE=id:base64}: the lines of a keys file ({@code --keys-file}) and of an
 * environment file alike. The keys go to standard output only; nothing is logged.
 */
@Command(name = "keys", description = "Generate the keys that commands with --database read.")
final class KeysCommand implements Callable<Integer> {

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
        throw new ParameterException(spec.commandLine(), "a subcommand is needed: generate");
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
