// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import javax.sql.DataSource;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.StorageException;

/**
 * The H2 file database of {@link JdbcStorage#embedded(Path, char[], EmbeddedOption...)}: its folder
 * kept to its owner, its password and optional file cipher, and the errors of opening it in words
 * that say what to change.
 */
final class EmbeddedDatabase {

    /** The user the database is created with, and opened as. */
    static final String USER = "caseload";

    /** The file name, without H2's extension, of the database in its folder. */
    static final String FILE_NAME = "caseload";

    /** What H2 calls the database file it keeps in the folder. */
    static final String DATA_FILE = FILE_NAME + ".mv.db";

    /** The first bytes of a file H2 encrypted with its file cipher. */
    private static final byte[] CIPHER_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    /** H2's error codes: wrong user or password; wrong file password; database open elsewhere. */
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final int FILE_ENCRYPTION_ERROR = 90049;
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private final Path folder;
    private final boolean fileCipher;

    private EmbeddedDatabase(Path folder, boolean fileCipher) {
        this.folder = folder;
        this.fileCipher = fileCipher;
    }

    /**
     * The database in {@code folder}, its folder created (owner only) when missing.
     *
     * @throws IllegalArgumentException when the path contains a semicolon
     * @throws ConfigurationException   when the folder cannot be created, or its file was made
     *                                  with the other cipher setting
     */
    static EmbeddedDatabase prepare(Path folder, boolean fileCipher) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.toString().contains(";")) {
            throw new IllegalArgumentException("folder " + absolute + " must not contain ';'");
        }
        EmbeddedDatabase database = new EmbeddedDatabase(absolute, fileCipher);
        database.createFolder();
        database.requireSameCipher();
        return database;
    }

    /**
     * The password as H2 takes it: with the file cipher, the file's password, a space, then the
     * user's (the same password twice).
     *
     * @throws IllegalArgumentException when the password is empty or blank, or holds a space with
     *                                  the file cipher on
     */
    static char[] h2Password(char[] password, boolean fileCipher) {
        if (blank(password)) {
            throw new IllegalArgumentException("the password of the embedded database must not be empty or blank");
        }
        if (!fileCipher) {
            return password.clone();
        }
        for (char c : password) {
            if (c == ' ') {
                throw new IllegalArgumentException("with EmbeddedOption.FILE_CIPHER the password of the embedded "
                        + "database must not contain a space: H2 separates the file's password from the user's there");
            }
        }
        char[] both = new char[password.length * 2 + 1];
        System.arraycopy(password, 0, both, 0, password.length);
        both[password.length] = ' ';
        System.arraycopy(password, 0, both, password.length + 1, password.length);
        return both;
    }

    private static boolean blank(char[] password) {
        for (char c : password) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #url()}, with H2 told to leave the closing of the database to the host ({@link EmbeddedOption#CLOSED_BY_HOST}). */
    String urlClosedByHost() {
        return url() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The connection URL: the file, the cipher when asked, and no trace file beside the data. */
    String url() {
        // The trace file would hold failed statements in clear text, beside an encrypted database too.
        return "jdbc:h2:file:" + folder.resolve(FILE_NAME) + (fileCipher ? ";CIPHER=AES" : "") + ";TRACE_LEVEL_FILE=0";
    }

    /**
     * Connects once, so that a wrong password or a database in use is reported for what it is.
     *
     * @throws ConfigurationException when the password is wrong
     * @throws StorageException       when the database cannot be opened for another reason
     */
    void checkConnection(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.getMetaData();
        } catch (SQLException e) {
            throw switch (e.getErrorCode()) {
                case WRONG_USER_OR_PASSWORD, FILE_ENCRYPTION_ERROR -> new ConfigurationException(
                        "the embedded database in " + folder + " refused the password: it is not the one the database "
                                + "was created with (user " + USER + "), or the database was created by "
                                + "JdbcStorage.embedded(Path), without a password", e);
                case DATABASE_ALREADY_OPEN -> new StorageException(
                        "the embedded database in " + folder + " is open in another process", e);
                default -> new StorageException("could not open the embedded database in " + folder, e);
            };
        }
    }

    /**
     * Gives the folder and the database's files to their owner alone, where the file system has
     * POSIX permissions; elsewhere (Windows) the folder keeps the access its parent gives.
     *
     * @throws ConfigurationException when the permissions cannot be set
     */
    void restrictToOwner() {
        if (!posix()) {
            return;
        }
        try {
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, FILE_NAME + ".*")) {
                for (Path file : files) {
                    if (Files.isRegularFile(file)) {
                        Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                    }
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot give the database folder " + folder
                    + " and its files to their owner alone", e);
        }
    }

    private void createFolder() {
        try {
            if (!Files.isDirectory(folder)) {
                Path parent = folder.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                if (posix(parent)) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                } else {
                    Files.createDirectory(folder);
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot create the database folder " + folder, e);
        }
        restrictToOwner();
    }

    private void requireSameCipher() {
        Path data = folder.resolve(DATA_FILE);
        if (!Files.isRegularFile(data)) {
            return;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(data)) {
            head = in.readNBytes(CIPHER_HEADER.length);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the database file " + data, e);
        }
        if (head.length == 0) {
            return;
        }
        boolean encrypted = Arrays.equals(head, CIPHER_HEADER);
        if (encrypted && !fileCipher) {
            throw new ConfigurationException("the embedded database in " + folder
                    + " was created with the file cipher: open it with EmbeddedOption.FILE_CIPHER");
        }
        if (!encrypted && fileCipher) {
            throw new ConfigurationException("the embedded database in " + folder
                    + " was created without the file cipher: open it without EmbeddedOption.FILE_CIPHER");
        }
    }

    private boolean posix() {
        return posix(folder);
    }

    private static boolean posix(Path path) {
        try {
            return path != null && Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }
}
