// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.caseload.jdbc.EmbeddedOption;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.security.KeyProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of a command that works on a database but the database itself ({@link DatabaseOptions}
 * adds {@code --database URL|FOLDER}; {@code hmis check} takes it as the alternative of a folder):
 * the database's user, its password and the keys, which come from the environment or from files and
 * never from the command line, where every
 * user of the machine would see them ({@code ps}) and the shell's history would keep them.
 *
 * <ul>
 * <li>The password: {@code --password-file FILE}, else {@value #PASSWORD_VARIABLE}. A
 *     {@code --password} option is refused, without repeating its value.
 * <li>The keys: {@code --keys-file FILE}, else {@code CASELOAD_KEY_FIELD_ENCRYPTION},
 *     {@code CASELOAD_KEY_MATCH_KEY_DIGEST} and {@code CASELOAD_KEY_CHANNEL_SECRET_ENCRYPTION}
 *     ({@link KeyRing}).
 * </ul>
 *
 * <p>A file given on the command line wins over the environment. A secrets file its group or other
 * users may read or write is refused ({@link SecretFiles}). No message holds a secret.
 */
abstract class DatabaseAccess {

    /** The environment variable of the database's password. */
    static final String PASSWORD_VARIABLE = "CASELOAD_DB_PASSWORD";

    /** The user of a database given by URL when none is given. */
    static final String DEFAULT_USER = "caseload";

    /** A password inside a URL: H2's {@code ;PASSWORD=}, PostgreSQL's {@code ?password=}, and the like. */
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("[;?&]\\s*password\\s*=|//[^/@]*:[^/@]*@",
            Pattern.CASE_INSENSITIVE);

    private final Function<String, String> environment;
    private KeyRing keys;

    @Option(names = "--database-user", paramLabel = "NAME", defaultValue = DEFAULT_USER, order = 101,
            description = "The user of a database given by URL; default ${DEFAULT-VALUE}.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", order = 102,
            description = "The database's password: the whole file, but a line break at its end. Without it, "
                    + "the environment variable " + PASSWORD_VARIABLE + ". Never on the command line.")
    Path passwordFile;

    @Option(names = "--keys-file", paramLabel = "FILE", order = 103,
            description = "The keys: a line PURPOSE=id:base64[,id:base64...] for each of FIELD_ENCRYPTION, "
                    + "MATCH_KEY_DIGEST and CHANNEL_SECRET_ENCRYPTION, the current key first. Without it, the "
                    + "environment variables CASELOAD_KEY_FIELD_ENCRYPTION, CASELOAD_KEY_MATCH_KEY_DIGEST and "
                    + "CASELOAD_KEY_CHANNEL_SECRET_ENCRYPTION.")
    Path keysFile;

    @Option(names = "--no-file-cipher", order = 104,
            description = "Open an embedded database created without H2's file cipher (by a host, for example).")
    boolean noFileCipher;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * Options that read this environment.
     *
     * @param environment the value of a variable, or null when it is not set
     */
    DatabaseAccess(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** The database: a {@code jdbc:} URL, or the folder of an embedded database. */
    abstract String database();

    /**
     * Refuses a password on the command line, never repeating it.
     *
     * @param value what followed {@code --password}, ignored
     */
    @Option(names = {"--password", "--db-password", "--database-password"}, hidden = true, arity = "0..1",
            description = "Refused: see --password-file.")
    void refusePassword(String value) {
        throw new ParameterException(command.commandLine(), "the database's password is never taken from the "
                + "command line, where other users and the shell's history would see it: set " + PASSWORD_VARIABLE
                + " or give --password-file FILE");
    }

    /**
     * Opens the database: creates it and migrates its schema when needed. The caller closes it.
     *
     * @throws CommandFailure when the password is missing or cannot be read, the URL holds a password,
     *                        or the database cannot be opened; the message holds no secret
     */
    JdbcStorage openStorage() {
        return openStorage(false);
    }

    /**
     * Opens the database as {@link #openStorage()} does, for a command that stops at a clean point on
     * Ctrl-C and closes the storage itself: an embedded database is not closed by H2 when the JVM
     * begins to shut down ({@link EmbeddedOption#CLOSED_BY_HOST}), so the command's work can finish
     * the unit it is in.
     */
    JdbcStorage openStorageClosedByCommand() {
        return openStorage(true);
    }

    private JdbcStorage openStorage(boolean closedByCommand) {
        if (database().regionMatches(true, 0, "jdbc:", 0, 5)) {
            return openUrl();
        }
        Path folder = Path.of(database());
        char[] password = password().orElseThrow(() -> new CommandFailure("the embedded database in " + folder
                + " needs its password: set " + PASSWORD_VARIABLE + " or give --password-file FILE", null));
        try {
            List<EmbeddedOption> options = new ArrayList<>();
            if (!noFileCipher) {
                options.add(EmbeddedOption.FILE_CIPHER);
            }
            if (closedByCommand) {
                options.add(EmbeddedOption.CLOSED_BY_HOST);
            }
            return JdbcStorage.embedded(folder, password, options.toArray(EmbeddedOption[]::new));
        } catch (CaseloadException | IllegalArgumentException e) {
            throw new CommandFailure("cannot open the database: " + e.getMessage() + cipherHint(e), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The keys, read once: from {@code --keys-file}, else from the environment.
     *
     * @throws CommandFailure naming every missing or malformed key, never a key
     */
    KeyProvider keyProvider() {
        return keyRing();
    }

    /** The keys as the command line reads them, for a command that shows their ids. */
    KeyRing keyRing() {
        if (keys == null) {
            try {
                keys = keysFile == null ? KeyRing.fromEnvironment(environment)
                        : KeyRing.fromLines(keysFile.toString(), lines(SecretFiles.read("--keys-file", keysFile)));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure("the keys cannot be used: " + e.getMessage(), e);
            }
        }
        return keys;
    }

    private JdbcStorage openUrl() {
        if (PASSWORD_IN_URL.matcher(database()).find()) {
            // The URL is not repeated: it holds a password.
            throw new CommandFailure("--database: the URL holds a password, which the command line shows to every "
                    + "user of the machine: remove it and set " + PASSWORD_VARIABLE + " or give --password-file FILE",
                    null);
        }
        char[] password = password().orElse(null);
        try {
            return JdbcStorage.create(new UrlDataSource(database(), user, password));
        } catch (CaseloadException e) {
            Throwable cause = e.getCause();
            throw new CommandFailure("cannot open the database " + database() + ": " + e.getMessage()
                    + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** The password from {@code --password-file}, else from the environment; empty when neither gives one. */
    private Optional<char[]> password() {
        if (passwordFile != null) {
            try {
                return Optional.of(SecretFiles.password("--password-file", passwordFile));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
        }
        String value = environment.apply(PASSWORD_VARIABLE);
        return value == null || value.isEmpty() ? Optional.empty()
                : Optional.of(value.toCharArray());
    }

    private String cipherHint(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("created without the file cipher")) {
            return " (--no-file-cipher opens it)";
        }
        if (message.contains("created with the file cipher")) {
            return " (leave out --no-file-cipher)";
        }
        return "";
    }

    private static List<String> lines(char[] text) {
        try {
            return new String(text).lines().toList();
        } finally {
            Arrays.fill(text, '\0');
        }
    }
}
